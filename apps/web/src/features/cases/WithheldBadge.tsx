import { useIntl } from 'react-intl';
import { Badge } from '../../ui/Badge';
import { m } from './messages';

/** Where the person's record is withheld from the reader: said in words, never left blank. */
export function WithheldBadge() {
  const intl = useIntl();
  return <Badge>{intl.formatMessage(m.withheld)}</Badge>;
}
