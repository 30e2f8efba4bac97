import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { linkText } from '../../ui/classes';
import { PageHeading } from '../../ui/PageHeading';
import { m as cases } from '../cases/messages';
import { m } from './messages';

/** The way back from a plan screen to its case page. */
export function BackToCase({ caseId }: { caseId: string }) {
  const intl = useIntl();
  return (
    <p className="mb-2">
      <Link to="/cases/$caseId" params={{ caseId }} className={linkText}>
        {intl.formatMessage(m.backToCase)}
      </Link>
    </p>
  );
}

/** A case one may not know of looks exactly like a missing one (the server says NOT_FOUND for both). */
export function CaseMissing() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(cases.caseNotFound)} />
      <p className="mb-4 text-std-16N-170">{intl.formatMessage(cases.caseNotFoundBody)}</p>
      <Link to="/cases" className={linkText}>
        {intl.formatMessage(cases.backToList)}
      </Link>
    </>
  );
}
