import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { useRenkeiClient } from '../../../graphql/ClientProvider';
import { CONFERENCE_REQUEST_EVENTS, MY_CONFERENCE_REQUESTS } from './operations';
import { applyRequestEvent } from './request-rules';

/**
 * The requests waiting for the agency's answer, kept live by conferenceRequestEvents; after a
 * lost connection the list is read again (the socket resubscribes from "now"). `onArrived`: a new
 * request to the agency, by its conference's title.
 */
export function useRequestInbox(agencyId: string, onArrived: (conferenceTitle: string) => void) {
  const { apollo, ws } = useRenkeiClient();
  const { data, loading, error, refetch } = useQuery(MY_CONFERENCE_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const live = useSubscription(CONFERENCE_REQUEST_EVENTS, {
    ignoreResults: true,
    onData: ({ data: event }) => {
      const request = event.data?.conferenceRequestEvents;
      if (!request) return;
      apollo.cache.updateQuery({ query: MY_CONFERENCE_REQUESTS }, (held) => held && { myConferenceRequests: [...applyRequestEvent(held.myConferenceRequests, request, agencyId)] });
      if (request.agency.id === agencyId && request.status === 'PENDING') onArrived(request.conferenceTitle);
    },
  });

  useEffect(() => {
    let lost = false;
    const offClosed = ws.on('closed', () => {
      lost = true;
    });
    const offConnected = ws.on('connected', () => {
      if (lost) void refetch().catch(() => undefined); // a failed reload shows as the query's error
      lost = false;
    });
    return () => {
      offClosed();
      offConnected();
    };
  }, [ws, refetch]);

  return { requests: data?.myConferenceRequests ?? [], loading: loading && !data, error: error ?? live.error };
}
