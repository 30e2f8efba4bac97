import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import { hasCode } from '../../graphql/errors';
import type { ReferralStatus } from '../../gql/enums';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m as ui } from '../../ui/messages';
import { SharedWithHostField } from './SharedWithHostField';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { FollowUpFields } from './FollowUpFields';
import { m, mv, referralEndReasonLabels, referralStatusLabels } from './messages';
import { CASE_REFERRALS, UPDATE_REFERRAL } from './operations';
import { checkProgress, progressVariables, type FormErrors, type ProgressForm } from './referral-form';
import { maySetSharedWithHost, needsEndReason, nextReferralStatuses } from './referral-status';

/**
 * 状況を記録: the next step among those the server accepts from here, saved against the version
 * the form shows. If someone recorded a step meanwhile the server refuses (CONFLICT): the
 * referral is read again, the entries are kept, and the form says so before anything is resent.
 */
export function RecordProgressDialog({
  referral,
  resourceName,
  onClose,
  onRecorded,
}: {
  referral: ReferralFieldsFragment;
  resourceName: string;
  onClose: () => void;
  onRecorded: (message: string) => void;
}) {
  const intl = useIntl();
  const text = useCheckMessage(m);
  const choices = nextReferralStatuses(referral.status);
  const [form, setForm] = useState<ProgressForm>({ status: choices[0] ?? '', endReason: '', note: '', sharedWithHost: referral.sharedWithHost ?? '', followUpOn: '', hostFollowUpOn: '' });
  const [errors, setErrors] = useState<FormErrors<ProgressForm>>({});
  const [stale, setStale] = useState(false);
  const apollo = useApolloClient();
  const [update, { error, loading, reset }] = useMutation(UPDATE_REFERRAL);
  // After a refresh the referral may have moved on: the step offered follows it.
  const status: ReferralStatus | undefined = form.status && choices.includes(form.status) ? form.status : choices[0];
  const ending = !!status && needsEndReason(status);
  const statusName = (value: ReferralStatus) => label(intl, referralStatusLabels, value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    const found = checkProgress({ ...form, status });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setStale(false);
    try {
      await update({ variables: progressVariables(referral, { ...form, status }) });
      onRecorded(intl.formatMessage(mv.recorded, { resource: resourceName, status: statusName(status) }));
    } catch (failure) {
      if (!hasCode(failure, 'CONFLICT')) return;
      // Read the referral again (its current version and status come in, the entries stay), then say so.
      await apollo.query({ query: CASE_REFERRALS, variables: { id: referral.caseId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      setStale(true);
    }
  };

  return (
    <Dialog title={intl.formatMessage(mv.recordFor, { resource: resourceName })} isOpen onOpenChange={(open) => !open && onClose()}>
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-6" noValidate>
        {stale && (
          <Notice tone="warning" title={intl.formatMessage(m.conflictTitle)}>
            <p>{intl.formatMessage(m.conflictHelp)}</p>
          </Notice>
        )}
        {!stale && <ErrorNotice error={error} />}
        {!status ? (
          <p className="text-std-16N-170">{intl.formatMessage(m.finalStatus)}</p>
        ) : (
          <>
            <SelectField
              label={intl.formatMessage(m.nextStatus)}
              required
              options={choices.map((value) => ({ value, label: statusName(value) }))}
              value={status}
              onChange={(event) => {
                reset();
                setForm({ ...form, status: choices.find((value) => value === event.target.value) ?? '', endReason: '' });
              }}
            />
            {ending && (
              <SelectField
                label={intl.formatMessage(m.endReason)}
                required
                options={[
                  { value: '', label: intl.formatMessage(m.chooseReason) },
                  ...Object.keys(referralEndReasonLabels).map((value) => ({ value, label: label(intl, referralEndReasonLabels, value as keyof typeof referralEndReasonLabels) })),
                ]}
                value={form.endReason}
                error={text(errors.endReason)}
                onChange={(event) => setForm({ ...form, endReason: (event.target.value || '') as ProgressForm['endReason'] })}
              />
            )}
            <TextArea label={intl.formatMessage(m.stepNote)} rows={3} maxLength={2000} value={form.note} error={text(errors.note)} onChange={(event) => setForm({ ...form, note: event.target.value })} />
            {maySetSharedWithHost(referral.status) && (
              <SharedWithHostField value={form.sharedWithHost} error={text(errors.sharedWithHost)} onChange={(sharedWithHost) => setForm({ ...form, sharedWithHost })} />
            )}
            {!ending && <FollowUpFields days={form} errors={errors} onChange={(days) => setForm({ ...form, ...days })} />}
          </>
        )}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="text" onClick={onClose}>
            {intl.formatMessage(ui.cancel)}
          </Button>
          {status && (
            <Button type="submit" disabled={loading}>
              {intl.formatMessage(loading ? m.submitting : m.recordSubmit)}
            </Button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
