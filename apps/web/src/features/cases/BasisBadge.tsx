import { useIntl } from 'react-intl';
import { basisLabels, label } from '../../app/labels';
import type { VisibilityBasis } from '../../gql/enums';
import { Badge, type BadgeTone } from '../../ui/Badge';

// An emergency access stands out, the agency's own text does not.
const basisTones: Record<VisibilityBasis, BadgeTone> = { OWN_AGENCY: 'neutral', CONSENT: 'success', SUPPORT_MEETING: 'info', BREAK_GLASS: 'error' };

/** Why the reader may see another agency's text (自機関 / 本人同意 / 支援会議 …), said in words. */
export function BasisBadge({ basis }: { basis: VisibilityBasis }) {
  const intl = useIntl();
  return <Badge tone={basisTones[basis]}>{label(intl, basisLabels, basis)}</Badge>;
}
