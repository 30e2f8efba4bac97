import { useMutation } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { conferenceKindLabels, conferenceStatusLabels, label } from '../../app/labels';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { PageHeading } from '../../ui/PageHeading';
import { m, mv } from './messages';
import { END, START } from './operations';
import { statusTone } from './status';

/** The meeting's name, kind, time and state; the chair's start and end. */
export function RoomHeader({ conference, mayRun }: { conference: RoomFieldsFragment; mayRun: boolean }) {
  const intl = useIntl();
  const format = useDateFormat();
  const [start, starting] = useMutation(START);
  const [end, ending] = useMutation(END);
  const variables = { id: conference.id };
  return (
    <div className="mb-6 flex flex-col gap-3">
      <Link to="/conferences" className={`self-start text-std-16N-170 ${linkText}`}>
        {intl.formatMessage(m.back)}
      </Link>
      <PageHeading title={conference.title}>
        {mayRun && conference.status === 'SCHEDULED' && (
          <Button disabled={starting.loading} onClick={() => void start({ variables }).catch(() => undefined)}>
            {intl.formatMessage(m.start)}
          </Button>
        )}
        {mayRun && conference.status === 'IN_PROGRESS' && (
          <Button variant="outline" disabled={ending.loading} onClick={() => void end({ variables }).catch(() => undefined)}>
            {intl.formatMessage(m.end)}
          </Button>
        )}
      </PageHeading>
      <div className="flex flex-wrap items-center gap-3 text-std-16N-170">
        <Badge tone="info">{label(intl, conferenceKindLabels, conference.kind)}</Badge>
        <Badge tone={statusTone[conference.status]}>{label(intl, conferenceStatusLabels, conference.status)}</Badge>
        <span>{intl.formatMessage(mv.when, { date: format.dateTime(conference.scheduledAt) })}</span>
        <span>{intl.formatMessage(mv.chair, { name: conference.chair.displayName, agency: conference.chair.agency.name })}</span>
        {conference.status !== 'CANCELLED' && (
          <Link to="/conferences/$conferenceId/record" params={{ conferenceId: conference.id }} className={linkText}>
            {intl.formatMessage(m.record)}
          </Link>
        )}
      </div>
      {conference.cancellationReason && <p className="text-std-16N-170">{intl.formatMessage(mv.cancelledBecause, { reason: conference.cancellationReason })}</p>}
      <ErrorNotice error={starting.error ?? ending.error} />
    </div>
  );
}
