import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { hasCode } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { TextArea } from '../../../ui/fields';
import { m as ui } from '../../../ui/messages';
import { Notice } from '../../../ui/Notice';
import { m } from './messages';
import { REVOKE_CONSENT } from './queries';

const schema = z.object({ reason: z.string().trim().min(1).max(2000) });

/** Asks for the reason, then revokes: the consent stops counting at once, on every screen. */
export function RevokeConsentDialog({ consentId, onClose }: { consentId: string; onClose: (revoked: boolean) => void }) {
  const intl = useIntl();
  // The summaries (and the case record) shown on this page may lose their basis: refetch every active query.
  const [revoke, { error, loading }] = useMutation(REVOKE_CONSENT, { refetchQueries: 'active' });
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const submit = handleSubmit(async ({ reason }) => {
    const result = await revoke({ variables: { id: consentId, reason } }).catch(() => null);
    if (result?.data) onClose(true);
  });

  return (
    <Dialog title={intl.formatMessage(m.revokeTitle)} isOpen onOpenChange={(open) => !open && onClose(false)}>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
        <p className="text-std-16N-170">{intl.formatMessage(m.revokeLead)}</p>
        <TextArea
          label={intl.formatMessage(m.revokeReason)}
          hint={intl.formatMessage(m.revokeReasonHint)}
          required
          rows={3}
          autoFocus
          error={formState.errors.reason && intl.formatMessage(m.errReason)}
          {...register('reason')}
        />
        {/* Someone else revoked it first: say so plainly, the list already shows the new state. */}
        {hasCode(error, 'CONFLICT') ? <Notice tone="warning">{intl.formatMessage(m.alreadyRevoked)}</Notice> : <ErrorNotice error={error} />}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={loading}>
            {intl.formatMessage(m.revoke)}
          </Button>
          <Button variant="outline" onClick={() => onClose(false)}>
            {intl.formatMessage(ui.cancel)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
