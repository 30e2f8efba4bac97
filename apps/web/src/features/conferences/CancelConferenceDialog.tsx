import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
    <ConfirmDialog
      title={intl.formatMessage(mv.cancelTitle, { title: conference.title })}
      confirmLabel={intl.formatMessage(m.submitCancel)}
      cancelLabel={intl.formatMessage(ui.close)}
      onCancel={() => onClose(false)}
      onConfirm={() => void submit()}
      error={error}
      loading={loading}
    >
      <TextArea label={intl.formatMessage(m.cancelReason)} required rows={3} error={formState.errors.reason && intl.formatMessage(m.cancelReasonMissing)} {...register('reason')} />
    </ConfirmDialog>
  );
}
