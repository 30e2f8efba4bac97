import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import type { RoomFieldsFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ConferenceRequestList } from './ConferenceRequestList';
import { m } from './messages';
import { CONFERENCE_REQUESTS } from './operations';
import { agendaCaseTitles } from './RoomRequestsSection';

/** The 会議録's part on the chair's requests: what was asked of whom, and how each answered. */
export function RecordRequestsSection({ conference, formatDate }: { conference: RoomFieldsFragment; formatDate: (iso: string) => string }) {
  const intl = useIntl();
  const { data, error } = useQuery(CONFERENCE_REQUESTS, { variables: { id: conference.id }, fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="record-requests">
      <h2 id="record-requests" className="mb-2 text-std-24B-150">
        {intl.formatMessage(m.recordTitle)}
      </h2>
      <ErrorNotice error={error} />
      {data?.conference && <ConferenceRequestList requests={data.conference.requests} caseTitles={agendaCaseTitles(conference)} formatDate={formatDate} />}
    </section>
  );
}
