import { useIntl } from 'react-intl';
import { label, taskStatusLabels } from '../../app/labels';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Notice } from '../../ui/Notice';
import { m } from './messages';
import type { ActionOutcome } from './useTaskAction';

/** The result of the user's own step: done, overtaken by someone else (not an error page), or failed. */
export function ActionOutcomeNotice({ outcome }: { outcome: ActionOutcome | null }) {
  const intl = useIntl();
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'done':
      return (
        <Notice tone="success" className="mb-4">
          {intl.formatMessage(m.done, { title: outcome.title, status: label(intl, taskStatusLabels, outcome.status) })}
        </Notice>
      );
    case 'conflict':
      return (
        <Notice tone="warning" className="mb-4">
          {outcome.status
            ? intl.formatMessage(m.conflict, { title: outcome.title, status: label(intl, taskStatusLabels, outcome.status) })
            : intl.formatMessage(m.gone, { title: outcome.title })}
        </Notice>
      );
    case 'failed':
      return <ErrorNotice error={outcome.error} className="mb-4" />;
  }
}
