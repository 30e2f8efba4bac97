import { useId } from 'react';
import { useIntl } from 'react-intl';
import { conferenceRequestKindLabels, conferenceRequestStatusLabels, dataCategoryLabels, label } from '../../../app/labels';
import type { DataCategory } from '../../../gql/enums';
import type { ConferenceRequestFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { useDateFormat } from '../../../ui/format';
import { m, mv } from './messages';
import { byRequestedAt, statusTone } from './request-rules';

/**
 * 依頼と回答: each request of a conference with its answer, oldest first. `caseTitles` names the
 * agenda cases the reader may see (an information request is about one of them).
 */
export function ConferenceRequestList({ requests, caseTitles, formatDate }: { requests: readonly ConferenceRequestFieldsFragment[]; caseTitles: ReadonlyMap<string, string>; formatDate?: (iso: string) => string }) {
  const intl = useIntl();
  if (requests.length === 0) return <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.listEmpty)}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {byRequestedAt(requests).map((request) => (
        <li key={request.id}>
          <RequestEntry request={request} caseTitle={request.caseId ? caseTitles.get(request.caseId) : undefined} formatDate={formatDate} />
        </li>
      ))}
    </ul>
  );
}

function RequestEntry({ request, caseTitle, formatDate }: { request: ConferenceRequestFieldsFragment; caseTitle: string | undefined; formatDate: ((iso: string) => string) | undefined }) {
  const intl = useIntl();
  const format = useDateFormat();
  const when = formatDate ?? format.dateTime;
  const categories = (values: readonly DataCategory[]) => values.map((category) => label(intl, dataCategoryLabels, category)).join('、');
  const information = request.kind === 'INFORMATION';
  const headingId = useId();
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-3 text-std-16N-170 break-inside-avoid-page">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="mr-auto text-std-17B-170">{intl.formatMessage(mv.heading, { kind: label(intl, conferenceRequestKindLabels, request.kind), agency: request.agency.name })}</h3>
        <Badge tone={statusTone[request.status]}>{label(intl, conferenceRequestStatusLabels, request.status)}</Badge>
      </div>
      {information && caseTitle && <p>{intl.formatMessage(mv.forCase, { title: caseTitle })}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {information && (
          <>
            <dt className="text-solid-gray-700">{intl.formatMessage(m.requestedCategories)}</dt>
            <dd>{categories(request.categories)}</dd>
          </>
        )}
        {information && request.status === 'ACCEPTED' && (
          <>
            <dt className="text-solid-gray-700">{intl.formatMessage(m.sharedCategories)}</dt>
            <dd>{request.sharedCategories.length > 0 ? categories(request.sharedCategories) : intl.formatMessage(m.noneShared)}</dd>
          </>
        )}
        <dt className="text-solid-gray-700">{intl.formatMessage(m.due)}</dt>
        <dd>{request.dueAt ? when(request.dueAt) : intl.formatMessage(m.noDue)}</dd>
      </dl>
      <p className="whitespace-pre-wrap">{request.note || intl.formatMessage(m.noNote)}</p>
      {request.status === 'DECLINED' && request.reason && <p>{intl.formatMessage(mv.declinedBecause, { reason: request.reason })}</p>}
      <p className="text-solid-gray-700">
        {intl.formatMessage(mv.requestedBy, { name: request.requestedBy.displayName, date: when(request.requestedAt) })}
        {request.answeredBy && request.answeredAt && <span className="ml-4">{intl.formatMessage(mv.answeredBy, { name: request.answeredBy.displayName, date: when(request.answeredAt) })}</span>}
      </p>
    </article>
  );
}
