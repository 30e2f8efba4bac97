import { useIntl } from 'react-intl';
import { describeError } from '../graphql/errors';
import { Notice } from './Notice';

/** A failed operation in the caseworker's words; nothing of the server's own text is shown. */
export function ErrorNotice({ error, className }: { error: unknown; className?: string }) {
  const intl = useIntl();
  if (!error) return null;
  return <Notice tone="error" className={className}>{describeError(error, intl)}</Notice>;
}
