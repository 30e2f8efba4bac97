import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { linkText } from '../ui/classes';
import { PageHeading } from '../ui/PageHeading';
import { m } from './messages';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <PageHeading title={intl.formatMessage(m.notFound)} />
      <Link to="/" className={linkText}>
        {intl.formatMessage(m.backHome)}
      </Link>
    </main>
  );
}
