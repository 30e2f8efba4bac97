import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m } from './messages';
import { COMMENT_ON_TASK } from './operations';

/** The server's limit for a comment (CommentOnTaskArgs). */
const MAX = 5000;
const schema = z.object({ text: z.string().trim().min(1, 'required').max(MAX, 'tooLong') });
type Comment = z.infer<typeof schema>;

export function CommentForm({ taskId }: { taskId: string }) {
  const intl = useIntl();
  const [comment, { error, loading, data }] = useMutation(COMMENT_ON_TASK);
  const { register, handleSubmit, formState, reset } = useForm<Comment>({ resolver: zodResolver(schema), defaultValues: { text: '' } });
  const submit = handleSubmit(async ({ text }) => {
    const result = await comment({ variables: { id: taskId, text } }).catch(() => undefined);
    if (result?.data) reset();
  });
  const problem = formState.errors.text?.message;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-3">
      <ErrorNotice error={error} />
      {data && !formState.isDirty && <Notice tone="success">{intl.formatMessage(m.commentSent)}</Notice>}
      <TextArea
        label={intl.formatMessage(m.commentLabel)}
        rows={3}
        required
        error={problem && (problem === 'tooLong' ? intl.formatMessage(m.commentTooLong, { max: MAX }) : intl.formatMessage(m.commentRequired))}
        {...register('text')}
      />
      <div>
        <Button type="submit" size="sm" disabled={loading}>
          {intl.formatMessage(m.commentSubmit)}
        </Button>
      </div>
    </form>
  );
}
