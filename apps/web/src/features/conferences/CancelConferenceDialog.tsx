import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextArea } from '../../ui/fields';
import { m as ui } from '../../ui/messages';
import { m, mv } from './messages';
import { CANCEL_CONFERENCE } from './operations';

const schema = z.object({ reason: z.string().trim().min(1) });

/** The coordinator calls a scheduled meeting off; the reason stays on the record. */
export function CancelConferenceDialog({ conference, onClose }: { conference: { id: string; title: string }; onClose: (cancelled: boolean) => void }) {
  const intl = useIntl();
  const [cancel, { loading, error }] = useMutation(CANCEL_CONFERENCE);
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const submit = handleSubmit(async ({ reason }) => {
    const result = await cancel({ variables: { id: conference.id, reason: reason.trim() } }).catch(() => null);
    if (result?.data) onClose(true);
  });
  return (
    <Dialog title={intl.formatMessage(mv.cancelTitle, { title: conference.title })} isOpen onOpenChange={(open) => !open && onClose(false)}>
      <ErrorNotice error={error} className="mb-4" />
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <TextArea label={intl.formatMessage(m.cancelReason)} required rows={3} error={formState.errors.reason && intl.formatMessage(m.cancelReasonMissing)} {...register('reason')} />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="outline" onClick={() => onClose(false)}>
            {intl.formatMessage(ui.close)}
          </Button>
          <Button type="submit" disabled={loading}>
            {intl.formatMessage(m.submitCancel)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
