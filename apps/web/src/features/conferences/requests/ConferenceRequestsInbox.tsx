import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { conferenceKindLabels, conferenceRequestKindLabels, dataCategoryLabels, label } from '../../../app/labels';
import type { ConferenceRequestFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useDateFormat } from '../../../ui/format';
import { Loading } from '../../../ui/Loading';
import { PageSection } from '../../../ui/PageSection';
import { m, mv } from './messages';
import { byDue } from './request-rules';
import { useRequestInbox } from './useRequestInbox';

// Loaded when a request is first answered: a dialog brings react-aria's focus handling, a
// tenth of what マイタスク would load first otherwise (npm run bench, web-size).
const AnswerRequestDialog = lazy(() => import('./AnswerRequestDialog').then((module) => ({ default: module.AnswerRequestDialog })));

/** 会議からの依頼 on the task page: the requests to the user's agency still waiting, kept live. */
export function ConferenceRequestsInbox({ agencyId }: { agencyId: string }) {
  const intl = useIntl();
  // The latest news only: what arrived, or that the user's answer was sent.
  const [news, setNews] = useState<string | null>(null);
  const inbox = useRequestInbox(agencyId, (conference) => setNews(intl.formatMessage(mv.arrived, { conference })));
  const [answering, setAnswering] = useState<ConferenceRequestFieldsFragment | null>(null);
  return (
    <PageSection title={intl.formatMessage(m.inboxTitle)} lead={intl.formatMessage(m.inboxLead)}>
      {/* Polite news of what arrived or was answered; the region stays so it is announced. */}
      <div role="status" className="mb-4 flex flex-col gap-2 text-std-16N-170 empty:hidden">
        {news && <p>{news}</p>}
      </div>
      <ErrorNotice error={inbox.error} className="mb-4" />
      {inbox.loading ? (
        <Loading />
      ) : inbox.requests.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.inboxEmpty)}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {byDue(inbox.requests).map((request) => (
            <li key={request.id}>
              <InboxItem request={request} onAnswer={() => setAnswering(request)} />
            </li>
          ))}
        </ul>
      )}
      {answering && (
        <Suspense fallback={null}>
          <AnswerRequestDialog
            request={answering}
            onClose={(done) => {
              setAnswering(null);
              if (done) setNews(intl.formatMessage(mv.answered, { conference: answering.conferenceTitle }));
            }}
          />
        </Suspense>
      )}
    </PageSection>
  );
}

function InboxItem({ request, onAnswer }: { request: ConferenceRequestFieldsFragment; onAnswer: () => void }) {
  const intl = useIntl();
  const format = useDateFormat();
  const kind = label(intl, conferenceRequestKindLabels, request.kind);
  return (
    <article aria-label={`${kind}：${request.conferenceTitle}`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4 text-std-16N-170">
      <h3 className="text-std-20B-150 break-all">{request.conferenceTitle}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-solid-gray-700">{intl.formatMessage(m.kind)}</dt>
        <dd>{kind}</dd>
        <dt className="text-solid-gray-700">{intl.formatMessage(m.conference)}</dt>
        <dd>{`${label(intl, conferenceKindLabels, request.conferenceKind)}・${format.dateTime(request.conferenceScheduledAt)}`}</dd>
        {request.kind === 'INFORMATION' && (
          <>
            <dt className="text-solid-gray-700">{intl.formatMessage(m.requestedCategories)}</dt>
            <dd>{request.categories.map((category) => label(intl, dataCategoryLabels, category)).join('、')}</dd>
          </>
        )}
        <dt className="text-solid-gray-700">{intl.formatMessage(m.due)}</dt>
        <dd>{request.dueAt ? format.dateTime(request.dueAt) : intl.formatMessage(m.noDue)}</dd>
        <dt className="text-solid-gray-700">{intl.formatMessage(m.requestedBy)}</dt>
        <dd>{request.requestedBy.displayName}</dd>
      </dl>
      <p className="whitespace-pre-wrap">{request.note || intl.formatMessage(m.noNote)}</p>
      <div>
        <Button size="sm" aria-label={intl.formatMessage(mv.answerButton, { kind, conference: request.conferenceTitle })} onClick={onAnswer}>
          {intl.formatMessage(m.answer)}
        </Button>
      </div>
    </article>
  );
}
