import { useIntl } from 'react-intl';
import { m } from './messages';

export function Loading() {
  const intl = useIntl();
  return (
    <p role="status" className="text-std-16N-170 text-solid-gray-700">
      {intl.formatMessage(m.loading)}
    </p>
  );
}
