import { useIntl } from 'react-intl';
import { TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { m } from './messages';
import { tomorrowInJapan, type FollowUpDays, type FormErrors } from './referral-form';

/** The two follow-up days (本人 / 受入先), calendar days in Japan time, each optional. */
export function FollowUpFields({ days, errors, onChange }: { days: FollowUpDays; errors: FormErrors<FollowUpDays>; onChange: (days: FollowUpDays) => void }) {
  const intl = useIntl();
  const text = useCheckMessage(m);
  const earliest = tomorrowInJapan();
  const hint = intl.formatMessage(m.followUpHint);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={intl.formatMessage(m.personFollowUp)}
        type="date"
        min={earliest}
        hint={hint}
        value={days.followUpOn}
        error={text(errors.followUpOn)}
        onChange={(event) => onChange({ ...days, followUpOn: event.target.value })}
      />
      <TextField
        label={intl.formatMessage(m.hostFollowUp)}
        type="date"
        min={earliest}
        hint={hint}
        value={days.hostFollowUpOn}
        error={text(errors.hostFollowUpOn)}
        onChange={(event) => onChange({ ...days, hostFollowUpOn: event.target.value })}
      />
    </div>
  );
}
