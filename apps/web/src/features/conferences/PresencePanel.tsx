import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { m, mv } from './messages';
import { JOIN, LEAVE } from './operations';

/** Who is in the room, by member agency, and the caller's own entering and leaving. */
export function PresencePanel({ conference, present, meId, connected }: { conference: RoomFieldsFragment; present: ReadonlyMap<string, string>; meId: string; connected: boolean }) {
  const intl = useIntl();
  const [join, joining] = useMutation(JOIN);
  const [leave, leaving] = useMutation(LEAVE);
  const here = present.has(meId);
  const inProgress = conference.status === 'IN_PROGRESS';

  // Whoever leaves the page leaves the room, so the others' attendance stays true.
  const hereRef = useRef(here);
  useEffect(() => {
    hereRef.current = here;
  }, [here]);
  useEffect(() => () => {
    if (hereRef.current) void leave({ variables: { id: conference.id } }).catch(() => undefined);
  }, [conference.id, leave]);

  return (
    <section aria-labelledby="presence-heading" className="rounded-12 border border-solid-gray-420 p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="presence-heading" className="text-std-20B-150">
          {intl.formatMessage(m.presence)}
        </h2>
        {inProgress &&
          (here ? (
            <Button variant="outline" size="sm" disabled={leaving.loading} onClick={() => void leave({ variables: { id: conference.id } }).catch(() => undefined)}>
              {intl.formatMessage(m.leave)}
            </Button>
          ) : (
            <Button size="sm" disabled={joining.loading} onClick={() => void join({ variables: { id: conference.id } }).catch(() => undefined)}>
              {intl.formatMessage(m.join)}
            </Button>
          ))}
      </div>
      <ErrorNotice error={joining.error ?? leaving.error} className="mb-3" />
      <ul className="flex flex-col gap-1 text-std-16N-170">
        {conference.participants.map((agency) => {
          const users = [...present].filter(([, agencyId]) => agencyId === agency.id).map(([userId]) => userId);
          return (
            <li key={agency.id} className="flex flex-wrap justify-between gap-2">
              <span>{agency.name}</span>
              <span className={users.length > 0 ? 'text-std-16B-170 text-green-1000' : 'text-solid-gray-700'}>
                {users.length > 0 ? intl.formatMessage(mv.present, { count: users.length }) : intl.formatMessage(m.absent)}
                {users.includes(meId) && intl.formatMessage(m.you)}
              </span>
            </li>
          );
        })}
      </ul>
      <p role="status" className="mt-3 text-std-16N-170 text-solid-gray-700">
        {intl.formatMessage(connected ? m.live : m.offline)}
      </p>
    </section>
  );
}
