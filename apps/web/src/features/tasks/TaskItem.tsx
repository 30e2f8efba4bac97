import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { label, taskStatusLabels } from '../../app/labels';
import type { TaskCardFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { focusRing } from '../../ui/classes';
import { useDateFormat } from '../../ui/format';
import { m } from './messages';
import { TaskActions } from './TaskActions';
import { TaskDetail } from './TaskDetail';
import type { Step, Urgency } from './task-rules';
import { isOpen } from './task-rules';
import type { Me } from './task-events';

function assigneeText(intl: ReturnType<typeof useIntl>, task: Pick<TaskCardFragment, 'assigneeUser' | 'assigneeAgency'>): string {
  const user = task.assigneeUser?.displayName;
  const agency = task.assigneeAgency?.name;
  return user && agency ? intl.formatMessage(m.assigneeBoth, { user, agency }) : (user ?? agency ?? '');
}

interface Props {
  readonly task: TaskCardFragment;
  readonly urgency: Urgency | null;
  readonly me: Me;
  readonly pending: boolean;
  readonly onAct: (task: TaskCardFragment, step: Step) => Promise<void>;
}

/** A task as a card: its title names the card, the text badges say how urgent it is. */
export function TaskItem({ task, urgency, me, pending, onAct }: Props) {
  const intl = useIntl();
  const format = useDateFormat();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const detailId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button pressed is replaced by the next steps: the focus returns to the task's title.
  const act = (target: TaskCardFragment, step: Step) => void onAct(target, step).then(() => heading.current?.focus());
  const frame = urgency === 'overdue' ? 'border-error-1 border-l-8' : urgency === 'dueSoon' ? 'border-warning-yellow-2 border-l-8' : 'border-solid-gray-420';
  return (
    <article aria-labelledby={titleId} className={`flex flex-col gap-3 rounded-8 border bg-white p-4 ${frame}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={titleId} ref={heading} tabIndex={-1} className={`mr-auto text-std-20B-150 text-solid-gray-900 break-all ${focusRing}`}>
          {task.title}
        </h2>
        {urgency && <Badge tone={urgency === 'overdue' ? 'error' : 'warning'}>{intl.formatMessage(m[urgency])}</Badge>}
        <Badge tone={isOpen(task.status) ? 'info' : 'neutral'}>{label(intl, taskStatusLabels, task.status)}</Badge>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-std-16N-170">
        <dt className="text-solid-gray-700">{intl.formatMessage(m.due)}</dt>
        <dd>{task.dueAt ? format.dateTime(task.dueAt) : intl.formatMessage(m.noDue)}</dd>
        <dt className="text-solid-gray-700">{intl.formatMessage(m.assignee)}</dt>
        <dd className="break-all">{assigneeText(intl, task)}</dd>
      </dl>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TaskActions task={task} pending={pending} onAct={act} />
        <Button variant="text" size="sm" aria-expanded={open} aria-controls={open ? detailId : undefined} onClick={() => setOpen(!open)}>
          {intl.formatMessage(m.showDetail)}
        </Button>
      </div>
      {open && (
        <div id={detailId}>
          <TaskDetail taskId={task.id} me={me} />
        </div>
      )}
    </article>
  );
}
