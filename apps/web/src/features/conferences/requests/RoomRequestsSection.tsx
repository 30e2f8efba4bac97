import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { RoomFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Notice } from '../../../ui/Notice';
import { ConferenceRequestList } from './ConferenceRequestList';
import { m, mv } from './messages';
import { CONFERENCE_REQUESTS } from './operations';
import { RequestAttendanceDialog } from './RequestAttendanceDialog';

/** The agenda cases the reader may see, by id: an information request names its case. */
export function agendaCaseTitles(conference: Pick<RoomFieldsFragment, 'agenda'>): Map<string, string> {
  return new Map(conference.agenda.flatMap((item) => (item.case ? [[item.case.id, item.case.title] as const] : [])));
}

/**
 * 依頼と回答 in the room: the chair's requests and their answers. The room's live events
 * refetch it (ConferenceRoomPage); `mayRequest`: the chair, while the meeting is not over.
 */
export function RoomRequestsSection({ conference, mayRequest }: { conference: RoomFieldsFragment; mayRequest: boolean }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { data, error } = useQuery(CONFERENCE_REQUESTS, { variables: { id: conference.id }, fetchPolicy: 'cache-and-network' });
  const requests = data?.conference?.requests ?? [];
  return (
    <section aria-labelledby="requests-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="requests-heading" className="text-std-24B-150">
          {intl.formatMessage(m.listTitle)}
        </h2>
        {mayRequest && (
          <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
            {intl.formatMessage(m.requestAttendance)}
          </Button>
        )}
      </div>
      <ErrorNotice error={error} />
      {sentTo && <Notice tone="success">{intl.formatMessage(mv.sent, { agency: sentTo })}</Notice>}
      <ConferenceRequestList requests={requests} caseTitles={agendaCaseTitles(conference)} />
      {open && (
        <RequestAttendanceDialog
          conference={conference}
          requests={requests}
          onClose={(to) => {
            setOpen(false);
            if (to) setSentTo(to);
          }}
        />
      )}
    </section>
  );
}
