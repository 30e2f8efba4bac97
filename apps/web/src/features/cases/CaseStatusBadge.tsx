import { useIntl } from 'react-intl';
import { caseStatusLabels, label } from '../../app/labels';
import type { CaseStatus } from '../../gql/enums';
import { Badge, type BadgeTone } from '../../ui/Badge';

// Closed cases step back; watching is a living state (伴走), not an ending.
const tones: Partial<Record<CaseStatus, BadgeTone>> = { INTAKE: 'warning', CLOSED: 'neutral', WATCHING: 'success' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const intl = useIntl();
  return <Badge tone={tones[status] ?? 'info'}>{label(intl, caseStatusLabels, status)}</Badge>;
}
