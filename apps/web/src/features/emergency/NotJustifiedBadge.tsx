import { useIntl } from 'react-intl';
import { Badge } from '../../ui/Badge';
import { m } from './messages';

/** Shown to the administrator beside a user whose emergency accesses were judged 不当 in review. */
export function NotJustifiedBadge({ count }: { count: number | null | undefined }) {
  const intl = useIntl();
  if (!count) return null;
  return <Badge tone="error">{intl.formatMessage(m.notJustified, { count })}</Badge>;
}
