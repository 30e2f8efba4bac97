import { useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useRenkeiClient } from '../../graphql/ClientProvider';
import { ROOM_EVENTS } from './operations';
import { presentUsers, type PresenceEvent } from './presence';

/** Events of one burst (a replay, or several writes at once) cause one reload of the room. */
const RELOAD_DELAY_MS = 150;

/**
 * The live room: follows conferenceEvents from the room's first event (so presence is known
 * from its history, and a resubscription after a lost connection misses nothing), and reloads
 * the conference when something in it changed, so every participant sees the same room.
 */
export function useRoomEvents(conferenceId: string, enabled: boolean, reload: () => void) {
  const { ws } = useRenkeiClient();
  const [presence, setPresence] = useState<ReadonlyMap<string, PresenceEvent>>(new Map());
  const [connected, setConnected] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reloadRef = useRef(reload);
  useEffect(() => {
    reloadRef.current = reload;
  }, [reload]);

  const { error } = useSubscription(ROOM_EVENTS, {
    variables: { conferenceId, after: '0' },
    skip: !enabled,
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.conferenceEvents;
      if (!event) return;
      if (event.type === 'JOINED' || event.type === 'LEFT') {
        setPresence((previous) => (previous.has(event.id) ? previous : new Map(previous).set(event.id, event)));
        return;
      }
      clearTimeout(timer.current);
      timer.current = setTimeout(() => reloadRef.current(), RELOAD_DELAY_MS);
    },
  });

  useEffect(() => {
    const offClosed = ws.on('closed', () => setConnected(false));
    const offConnected = ws.on('connected', () => setConnected(true));
    return () => {
      offClosed();
      offConnected();
      clearTimeout(timer.current);
    };
  }, [ws]);

  const present = useMemo(() => presentUsers(presence.values()), [presence]);
  return { present, connected, error };
}
