import { useIntl } from 'react-intl';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { useDateFormat } from '../../ui/format';
import { DecisionForm } from './DecisionForm';
import { m, mv } from './messages';
import { MinutesEditor } from './MinutesEditor';
import { PlanApprovalPanel } from './PlanApprovalPanel';
import { RequestInformationButton } from './requests/RequestInformationButton';

type Item = RoomFieldsFragment['agenda'][number];

/**
 * One agenda case: the support plan it carries, its minutes and decisions, and (while they may
 * be written) the forms to add to them. `chairing`: the reader chairs this meeting while it is in progress.
 * `requestAs`: the chair's agency while the chair may ask the case team for information (情報提供の依頼).
 */
export function AgendaItemPanel({ conferenceId, item, writable, chairing, requestAs }: { conferenceId: string; item: Item; writable: boolean; chairing: boolean; requestAs?: string | undefined }) {
  const intl = useIntl();
  const format = useDateFormat();
  const position = item.position + 1;
  const headingId = `agenda-${item.position}`;
  if (!item.caseId || !item.case) {
    return (
      <section aria-labelledby={headingId} className="rounded-12 border border-solid-gray-420 p-4">
        <h3 id={headingId} className="text-std-20B-150 text-solid-gray-700">
          {intl.formatMessage(mv.hiddenCase, { position })}
        </h3>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4">
      <h3 id={headingId} className="text-std-20B-150">
        {intl.formatMessage(mv.agendaCase, { position, title: item.case.title })}
      </h3>
      {requestAs && <RequestInformationButton conferenceId={conferenceId} agendaCase={item.case} chairAgencyId={requestAs} />}
      {item.plan && <PlanApprovalPanel conferenceId={conferenceId} plan={item.plan} mayApprove={chairing && item.plan.status === 'PROPOSED'} />}
      <div>
        <h4 className="mb-2 text-std-17B-170">{intl.formatMessage(m.minutes)}</h4>
        {item.minutes ? (
          <div className="flex flex-col gap-2 text-std-16N-170">
            {item.minutes.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="whitespace-pre-wrap">
                {paragraph}
              </p>
            ))}
          </div>
        ) : (
          <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noMinutes)}</p>
        )}
      </div>
      {writable && <MinutesEditor conferenceId={conferenceId} caseId={item.caseId} version={item.minutesVersion} minutes={item.minutes ?? ''} />}
      <div>
        <h4 className="mb-2 text-std-17B-170">{intl.formatMessage(m.decisions)}</h4>
        {item.decisions.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noDecisions)}</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-6 text-std-16N-170">
            {item.decisions.map((decision) => (
              <li key={decision.id}>
                {decision.text}
                <span className="ml-2 text-solid-gray-700">（{format.time(decision.recordedAt)}）</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {writable && <DecisionForm conferenceId={conferenceId} caseId={item.caseId} />}
    </section>
  );
}
