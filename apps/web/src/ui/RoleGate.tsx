import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe, type Role } from '../app/me';
import { errorMessages } from '../graphql/errors';
import { Notice } from './Notice';

/**
 * A desk for some roles only: anyone else who opens its address is told so once, plainly,
 * instead of seeing every part of the page fail on its own.
 */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const intl = useIntl();
  const { data } = useMe();
  if (!data) return null;
  if (!hasRole(data.me, ...roles)) return <Notice tone="warning">{intl.formatMessage(errorMessages.FORBIDDEN)}</Notice>;
  return <>{children}</>;
}
