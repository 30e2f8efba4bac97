import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { linkText } from '../../ui/classes';
import { m } from './messages';

export function BackToResources() {
  const intl = useIntl();
  return (
    <p className="mb-4">
      <Link to="/resources" className={linkText}>
        {intl.formatMessage(m.backToList)}
      </Link>
    </p>
  );
}
