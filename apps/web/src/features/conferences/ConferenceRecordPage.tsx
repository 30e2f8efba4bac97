import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { conferenceKindLabels, conferenceStatusLabels, label } from '../../app/labels';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox } from '../../ui/fields';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { PdfDownload } from '../../ui/PdfDownload';
import { ActionItemTable } from './ActionItemTable';
import { confidentialityStatement } from './confidentiality';
import { m, mv, outcomeLabels } from './messages';
import { CONFERENCE, CONFERENCE_RECORD_PDF } from './operations';
import { PlanApprovalPanel } from './PlanApprovalPanel';
import { RecordRequestsSection } from './requests/RecordRequestsSection';

/** The 会議録 as the paper a municipality files: the meeting's own record, printed from the browser. */
export function ConferenceRecordPage() {
  const intl = useIntl();
  const { conferenceId = '' } = useParams({ strict: false });
  const { data, loading, error } = useQuery(CONFERENCE, { variables: { id: conferenceId }, fetchPolicy: 'cache-and-network' });
  const [era, setEra] = useState(false);
  const conference = data?.conference;
  const apollo = useApolloClient();

  return (
    <>
      <PageHeading title={intl.formatMessage(m.recordTitle)}>
        {conference?.acknowledgedByMe && (
          <div className="no-print flex flex-wrap items-center gap-4">
            <Checkbox label={intl.formatMessage(m.eraToggle)} checked={era} onChange={(event) => setEra(event.target.checked)} />
            <Button onClick={() => window.print()}>{intl.formatMessage(m.print)}</Button>
            <PdfDownload
              document={intl.formatMessage(m.recordTitle)}
              era={era}
              save={async (withEra) => (await apollo.query({ query: CONFERENCE_RECORD_PDF, variables: { id: conferenceId, era: withEra }, fetchPolicy: 'network-only' })).data?.conferenceRecordPdf}
            />
          </div>
        )}
      </PageHeading>
      <ErrorNotice error={error} className="mb-6" />
      {loading && !conference && <Loading />}
      {conference &&
        (conference.acknowledgedByMe ? (
          <RecordBody conference={conference} era={era} />
        ) : (
          <Notice tone="warning">
            <p>{intl.formatMessage(m.recordNeedsAck)}</p>
            <Link to="/conferences/$conferenceId" params={{ conferenceId }} className={linkText}>
              {intl.formatMessage(m.openRoom)}
            </Link>
          </Notice>
        ))}
    </>
  );
}

function RecordBody({ conference, era }: { conference: RoomFieldsFragment; era: boolean }) {
  const intl = useIntl();
  const format = useDateFormat();
  const date = era ? format.eraDate : format.date;
  const start = conference.startedAt ?? conference.scheduledAt;
  const time = conference.endedAt ? intl.formatMessage(mv.recordTimeRange, { start: format.time(start), end: format.time(conference.endedAt) }) : format.time(start);
  return (
    <article className="flex flex-col gap-8 text-std-16N-170">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <Fact term={intl.formatMessage(m.title)}>{conference.title}</Fact>
        <Fact term={intl.formatMessage(m.recordKind)}>{label(intl, conferenceKindLabels, conference.kind)}</Fact>
        <Fact term={intl.formatMessage(m.recordDate)}>{date(start)}</Fact>
        <Fact term={intl.formatMessage(m.recordTime)}>{time}</Fact>
        <Fact term={intl.formatMessage(m.recordChair)}>{`${conference.chair.displayName}（${conference.chair.agency.name}）`}</Fact>
        <Fact term={intl.formatMessage(m.recordMembers)}>{conference.participants.map((agency) => agency.name).join('、')}</Fact>
        <Fact term={intl.formatMessage(m.recordStatus)}>{label(intl, conferenceStatusLabels, conference.status)}</Fact>
      </dl>
      <section aria-labelledby="record-confidentiality">
        <h2 id="record-confidentiality" className="mb-2 text-std-24B-150">
          {intl.formatMessage(m.confidentialityTitle)}
        </h2>
        <p>{intl.formatMessage(confidentialityStatement[conference.kind])}</p>
      </section>
      {conference.agenda.flatMap((item) =>
        item.case
          ? [
              <section key={item.position} aria-labelledby={`record-agenda-${item.position}`} className="break-inside-avoid-page">
                <h2 id={`record-agenda-${item.position}`} className="mb-2 text-std-24B-150">
                  {intl.formatMessage(mv.agendaCase, { position: item.position + 1, title: item.case.title })}
                </h2>
                <h3 className="mb-1 text-std-17B-170">{intl.formatMessage(m.minutes)}</h3>
                {item.minutes ? item.minutes.split(/\n{2,}/).map((paragraph, index) => <p key={index} className="mb-2 whitespace-pre-wrap">{paragraph}</p>) : <p>{intl.formatMessage(m.noMinutes)}</p>}
                <h3 className="mb-1 mt-3 text-std-17B-170">{intl.formatMessage(m.decisions)}</h3>
                {item.decisions.length > 0 ? (
                  <ul className="list-disc pl-6">
                    {item.decisions.map((decision) => (
                      <li key={decision.id}>{decision.text}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{intl.formatMessage(m.noDecisions)}</p>
                )}
                {/* As the server's 会議録: the plan approved in this meeting, as approved. */}
                {item.plan?.approval?.conferenceId === conference.id && (
                  <div className="mt-3">
                    <PlanApprovalPanel conferenceId={conference.id} plan={item.plan} mayApprove={false} />
                  </div>
                )}
              </section>,
            ]
          : [],
      )}
      <section aria-labelledby="record-actions">
        <h2 id="record-actions" className="mb-2 text-std-24B-150">
          {intl.formatMessage(m.actionItems)}
        </h2>
        {conference.actionItems.length > 0 ? <ActionItemTable items={conference.actionItems} formatDate={date} /> : <p>{intl.formatMessage(m.noActionItems)}</p>}
      </section>
      <RecordRequestsSection conference={conference} formatDate={date} />
      {conference.actionReviews.length > 0 && (
        <section aria-labelledby="record-reviews">
          <h2 id="record-reviews" className="mb-2 text-std-24B-150">
            {intl.formatMessage(m.review)}
          </h2>
          <ul className="list-disc pl-6">
            {conference.actionReviews.map((review) => (
              <li key={review.taskId}>
                {conference.openActionItems.find((task) => task.id === review.taskId)?.title ?? ''}{' '}
                {intl.formatMessage(mv.reviewed, { outcome: intl.formatMessage(outcomeLabels[review.outcome]), reason: review.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-std-16B-170 text-solid-gray-800">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
