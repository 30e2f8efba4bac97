import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { CommentForm } from './CommentForm';
import { m } from './messages';
import { TASK_DETAIL } from './operations';
import type { Me } from './task-events';

const term = 'text-std-16B-170 text-solid-gray-800';

/** What an opened task says: its case (if the user may know of it), what is asked, and the talk about it. */
export function TaskDetail({ taskId, me }: { taskId: string; me: Me }) {
  const intl = useIntl();
  const format = useDateFormat();
  const { data, error, loading } = useQuery(TASK_DETAIL, { variables: { id: taskId } });
  if (loading && !data) return <Loading />;
  const task = data?.task;
  if (!task) return <ErrorNotice error={error} />;
  return (
    <div className="flex flex-col gap-4 border-t border-solid-gray-420 pt-4">
      <dl className="flex flex-col gap-2 text-std-16N-170">
        <div>
          <dt className={term}>{intl.formatMessage(m.case)}</dt>
          <dd className="break-all">{task.case?.title ?? intl.formatMessage(m.caseHidden)}</dd>
        </div>
        <div>
          <dt className={term}>{intl.formatMessage(m.description)}</dt>
          <dd className="whitespace-pre-wrap break-all">{task.description || intl.formatMessage(m.noDescription)}</dd>
        </div>
        <div>
          <dt className={term}>{intl.formatMessage(m.requestedAt)}</dt>
          <dd>{format.dateTime(task.createdAt)}</dd>
        </div>
      </dl>
      <section className="flex flex-col gap-3">
        <h3 className="text-std-17B-170">{intl.formatMessage(m.comments)}</h3>
        {task.comments.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noComments)}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {task.comments.map((comment) => (
              <li key={comment.id} className="rounded-8 bg-solid-gray-50 px-3 py-2">
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {intl.formatMessage(comment.authorId === me.id ? m.byMe : m.byOther)}・{format.dateTime(comment.createdAt)}
                </p>
                <p className="whitespace-pre-wrap break-all text-std-16N-170">{comment.text}</p>
              </li>
            ))}
          </ol>
        )}
        <CommentForm taskId={task.id} />
      </section>
    </div>
  );
}
