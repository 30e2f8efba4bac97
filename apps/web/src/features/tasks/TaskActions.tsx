import { useIntl } from 'react-intl';
import type { TaskCardFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { m, stepLabels } from './messages';
import { nextSteps, type Step } from './task-rules';

/** One button per legal next step; a task with none (closed) shows none. */
export function TaskActions({ task, pending, onAct }: { task: TaskCardFragment; pending: boolean; onAct: (task: TaskCardFragment, step: Step) => void }) {
  const intl = useIntl();
  const steps = nextSteps(task.status);
  if (steps.length === 0) return null;
  return (
    <div role="group" aria-label={intl.formatMessage(m.actions, { title: task.title })} className="flex flex-wrap gap-2">
      {steps.map((step, index) => (
        <Button key={step} size="sm" variant={index === 0 ? 'solid-fill' : 'outline'} disabled={pending} onClick={() => onAct(task, step)}>
          {intl.formatMessage(stepLabels[step])}
        </Button>
      ))}
    </div>
  );
}
