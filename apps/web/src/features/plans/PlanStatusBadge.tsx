import { useIntl } from 'react-intl';
import { label, planStatusLabels } from '../../app/labels';
import type { PlanStatus } from '../../gql/enums';
import { Badge, type BadgeTone } from '../../ui/Badge';

// A plan in force stands out; a plan that ended or was replaced recedes.
const tones: Record<PlanStatus, BadgeTone> = {
  DRAFT: 'warning',
  PROPOSED: 'info',
  IN_PROGRESS: 'success',
  REVIEW: 'info',
  EVALUATED: 'success',
  WATCHING: 'success',
  CLOSED: 'neutral',
  SUSPENDED: 'neutral',
  SUPERSEDED: 'neutral',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const intl = useIntl();
  return <Badge tone={tones[status]}>{label(intl, planStatusLabels, status)}</Badge>;
}
