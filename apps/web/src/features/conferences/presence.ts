import type { ConferenceEventType } from '../../gql/enums';

export interface PresenceEvent {
  readonly id: string;
  readonly type: ConferenceEventType;
  readonly userId: string | null;
  readonly agencyId: string | null;
}

/** Event ids are growing integers (as decimal strings): compare them as numbers, not text. */
const byId = (a: PresenceEvent, b: PresenceEvent) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

/**
 * Who is in the room now, from the room's history: each user's last JOINED or LEFT decides.
 * The result maps user ids to their agency.
 */
export function presentUsers(events: Iterable<PresenceEvent>): Map<string, string> {
  const present = new Map<string, string>();
  for (const event of [...events].sort(byId)) {
    if (!event.userId) continue;
    if (event.type === 'JOINED' && event.agencyId) present.set(event.userId, event.agencyId);
    if (event.type === 'LEFT') present.delete(event.userId);
  }
  return present;
}
