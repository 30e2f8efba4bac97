import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { hasCode } from '../../../graphql/errors';
import { useAccessChange } from '../../../graphql/read-anew';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { TextArea } from '../../../ui/fields';
import { Notice } from '../../../ui/Notice';
import { m } from './messages';
import { REVOKE_CONSENT } from './queries';

const schema = z.object({ reason: z.string().trim().min(1).max(2000) });

/** Asks for the reason, then revokes: the consent stops counting at once, on every screen. */
export function RevokeConsentDialog({ consentId, onClose }: { consentId: string; onClose: (revoked: boolean) => void }) {
  const intl = useIntl();
  // The summaries (and the case record) shown on this page may lose their basis: read every query anew.
  const [revoke, { error, loading }] = useAccessChange(REVOKE_CONSENT);
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const submit = handleSubmit(async ({ reason }) => {
    const result = await revoke({ variables: { id: consentId, reason } }).catch(() => null);
    if (result?.data) onClose(true);
  });

  // Someone else revoked it first: say so plainly, the list already shows the new state.
  const conflict = hasCode(error, 'CONFLICT');
  return (
    <ConfirmDialog
      title={intl.formatMessage(m.revokeTitle)}
      lead={intl.formatMessage(m.revokeLead)}
      confirmLabel={intl.formatMessage(m.revoke)}
      onCancel={() => onClose(false)}
      onConfirm={() => void submit()}
      error={conflict ? undefined : error}
      loading={loading}
    >
      {conflict && <Notice tone="warning">{intl.formatMessage(m.alreadyRevoked)}</Notice>}
      <TextArea
        label={intl.formatMessage(m.revokeReason)}
        hint={intl.formatMessage(m.revokeReasonHint)}
        required
        rows={3}
        autoFocus
        error={formState.errors.reason && intl.formatMessage(m.errReason)}
        {...register('reason')}
      />
    </ConfirmDialog>
  );
}
