import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { linkText } from '../../ui/classes';
import { m } from './messages';

/** From a case's 提供記録 on the audit page to its 本人開示 (ADMIN and AUDITOR cannot open the case page). */
export function DisclosureLink({ caseId }: { caseId: string }) {
  const intl = useIntl();
  return (
    <Link to="/cases/$caseId/disclosure" params={{ caseId }} className={`no-print ${linkText}`}>
      {intl.formatMessage(m.openDisclosure)}
    </Link>
  );
}
