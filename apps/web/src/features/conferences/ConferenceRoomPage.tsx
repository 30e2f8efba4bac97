import { useApolloClient, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaEditor } from './AgendaEditor';
import { AgendaItemPanel } from './AgendaItemPanel';
import { ConfidentialityGate } from './ConfidentialityGate';
import { m } from './messages';
import { CONFERENCE } from './operations';
import { PresencePanel } from './PresencePanel';
import { CONFERENCE_REQUESTS } from './requests/operations';
import { RoomRequestsSection } from './requests/RoomRequestsSection';
import { ReviewSection } from './ReviewSection';
import { RoomHeader } from './RoomHeader';
import { useRoomEvents } from './useRoomEvents';

export function ConferenceRoomPage() {
  const { conferenceId = '' } = useParams({ strict: false });
  const me = useMe().data?.me;
  const { data, loading, error, refetch } = useQuery(CONFERENCE, { variables: { id: conferenceId }, fetchPolicy: 'cache-and-network' });
  const conference = data?.conference;
  const apollo = useApolloClient();
  // The chair's requests (依頼と回答) are read apart from the room, and follow its events too.
  const reload = useCallback(() => void Promise.all([refetch(), apollo.refetchQueries({ include: [CONFERENCE_REQUESTS] })]).catch(() => undefined), [refetch, apollo]);
  const live = useRoomEvents(conferenceId, !!conference && conference.status !== 'CANCELLED', reload);

  if (!conference) return loading ? <Loading /> : <ErrorNotice error={error} />;
  if (!me) return <Loading />;
  const coordinator = hasRole(me, 'COORDINATOR');
  return (
    <>
      <RoomHeader conference={conference} mayRun={coordinator} />
      <ErrorNotice error={error ?? live.error} className="mb-6" />
      {conference.acknowledgedByMe ? (
        <Room conference={conference} meId={me.id} coordinator={coordinator} present={live.present} connected={live.connected} reload={reload} />
      ) : (
        <ConfidentialityGate conferenceId={conference.id} kind={conference.kind} />
      )}
    </>
  );
}

interface RoomProps {
  readonly conference: RoomFieldsFragment;
  readonly meId: string;
  readonly coordinator: boolean;
  readonly present: ReadonlyMap<string, string>;
  readonly connected: boolean;
  readonly reload: () => void;
}

/** The room after the 守秘義務 acknowledgement: attendance, agenda with minutes and decisions, action items. */
function Room({ conference, meId, coordinator, present, connected, reload }: RoomProps) {
  const intl = useIntl();
  // Minutes and decisions are written from the start of the meeting, and completed after its end.
  const writable = conference.status === 'IN_PROGRESS' || conference.status === 'ENDED';
  const open = conference.status === 'SCHEDULED' || conference.status === 'IN_PROGRESS';
  // The chair asks agencies to attend or to provide information until the meeting is over.
  const requestAs = conference.chair.id === meId && open ? conference.chair.agency.id : undefined;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      {/* Attendance first on a tablet; beside the agenda on a wider screen. */}
      <aside className="lg:col-start-2 lg:row-start-1">
        <PresencePanel conference={conference} present={present} meId={meId} connected={connected} />
      </aside>
      <div className="flex min-w-0 flex-col gap-8 lg:col-start-1 lg:row-start-1">
        <Notice tone="info">{intl.formatMessage(m.acknowledged)}</Notice>
        {conference.status === 'SCHEDULED' && <Notice tone="info">{intl.formatMessage(m.notStarted)}</Notice>}
        <section aria-labelledby="agenda-heading" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="agenda-heading" className="text-std-24B-150">
              {intl.formatMessage(m.agenda)}
            </h2>
            {coordinator && open && <AgendaEditor conference={conference} onSaved={reload} />}
          </div>
          {conference.agenda.length === 0 && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.emptyAgenda)}</p>}
          {conference.agenda.map((item) => (
            <AgendaItemPanel key={item.position} conferenceId={conference.id} item={item} writable={writable} chairing={conference.chair.id === meId && conference.status === 'IN_PROGRESS'} requestAs={requestAs} />
          ))}
        </section>
        <RoomRequestsSection conference={conference} mayRequest={!!requestAs} />
        <ActionItemsSection conference={conference} writable={writable} onAssigned={reload} />
        <ReviewSection conference={conference} writable={open || writable} />
      </div>
    </div>
  );
}
