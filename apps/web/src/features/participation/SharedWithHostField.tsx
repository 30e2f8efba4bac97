import { useIntl } from 'react-intl';
import { TextArea } from '../../ui/fields';
import { m } from './messages';

/** What the person agreed the host may know: all the 紹介票 will say about them. */
export function SharedWithHostField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  const intl = useIntl();
  return (
    <TextArea
      label={intl.formatMessage(m.sharedWithHost)}
      hint={intl.formatMessage(m.sharedWithHostHint)}
      rows={3}
      maxLength={1000}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
