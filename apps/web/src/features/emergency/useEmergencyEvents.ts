import { useSubscription } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useRenkeiClient } from '../../graphql/ClientProvider';
import type { EmergencyAccess } from './emergency-access';
import { EMERGENCY_ACCESS_EVENTS, EMERGENCY_ACCESSES } from './operations';

/**
 * Declarations as they arrive (to the AUDITOR and the coordinator): each one is announced, and
 * every list of declarations on the page is read again (an end or a review changes them too).
 */
export function useEmergencyEvents(enabled: boolean) {
  const { apollo } = useRenkeiClient();
  const [declared, setDeclared] = useState<readonly EmergencyAccess[]>([]);
  useSubscription(EMERGENCY_ACCESS_EVENTS, {
    skip: !enabled,
    ignoreResults: true,
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.emergencyAccessEvents;
      if (!event) return;
      if (event.type === 'DECLARED') setDeclared((previous) => [event.emergencyAccess, ...previous.filter((access) => access.id !== event.emergencyAccess.id)].slice(0, 3));
      void apollo.refetchQueries({ include: [EMERGENCY_ACCESSES] }).catch(() => undefined);
    },
  });
  const dismiss = useCallback((id: string) => setDeclared((previous) => previous.filter((access) => access.id !== id)), []);
  return { declared, dismiss };
}
