import { useIntl } from 'react-intl';
import { basisLabels, label } from '../../app/labels';
import { PlanView } from '../plans/PlanView';
import { Fact, SheetSection as Section } from '../plans/sheet/PlanSheet';
import { useSheetDate } from '../plans/sheet/sheet-dates';
import { DocumentConsents } from './DocumentConsents';
import { categoryList, useGround } from './disclosure-labels';
import { m, mv } from './messages';
import type { DisclosureDocument as Document } from './disclosure-file';
import '../plans/sheet/plan-sheet.css';
import './disclosure.css';

// The printed 保有個人情報開示書 on the プランシート's A4 stylesheet (plan-sheet.css): the same
// header, facts and section frames, so both papers of the municipality look alike. It carries
// the page's one h1; only it prints, the officer's review is for the screen.

export interface DisclosureDocumentProps {
  readonly document: Document;
  /** Dates in 和暦 (令和…) rather than the Western calendar. */
  readonly era: boolean;
}

/** The document: the person, the team, the consents, the provisions, the plan in force, and how many entries were withheld on which ground. */
export function DisclosureDocument({ document: doc, era }: DisclosureDocumentProps) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const date = useSheetDate(era);
  const ground = useGround();
  return (
    <article className="plan-sheet disclosure-document" lang="ja" aria-labelledby="disclosure-title">
      {/* Not a <header>: the app's print rules hide every header element. */}
      <div className="plan-sheet__header">
        <p className="plan-sheet__municipality">{doc.municipalityName}</p>
        <h1 id="disclosure-title" className="plan-sheet__title">
          {t(m.documentTitle)}
        </h1>
        <dl className="plan-sheet__facts">
          <Fact term={t(m.personName)}>{doc.personName}</Fact>
          <Fact term={t(m.producedAt)}>{date(doc.producedAt)}</Fact>
          <Fact term={t(m.caseId)}>{doc.caseId}</Fact>
        </dl>
      </div>
      <Section title={t(m.team)}>
        {doc.team.length === 0 ? (
          <p>{t(m.noTeam)}</p>
        ) : (
          <table className="plan-sheet__table">
            <thead>
              <tr>
                <th scope="col">{t(m.agency)}</th>
                <th scope="col">{t(m.role)}</th>
              </tr>
            </thead>
            <tbody>
              {doc.team.map((member) => (
                <tr key={member.agency.id}>
                  <td>{member.agency.name}</td>
                  <td>{member.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t(m.consents)}>
        <DocumentConsents consents={doc.consents} date={date} />
      </Section>
      <Section title={t(m.provisions)}>
        <p className="disclosure-document__lead">{t(m.provisionsLead)}</p>
        {doc.provisions.length === 0 ? (
          <p>{t(m.noProvisions)}</p>
        ) : (
          <table className="plan-sheet__table disclosure-document__provisions">
            <thead>
              <tr>
                <th scope="col">{t(m.provider)}</th>
                <th scope="col">{t(m.recipient)}</th>
                <th scope="col">{t(m.basis)}</th>
                <th scope="col">{t(m.categories)}</th>
                <th scope="col">{t(m.period)}</th>
                <th scope="col">{t(m.days)}</th>
              </tr>
            </thead>
            <tbody>
              {doc.provisions.map((row) => {
                const [first, last] = [date(row.firstAt), date(row.lastAt)];
                return (
                  <tr key={`${row.providerAgency?.id}-${row.recipientAgency?.id}-${row.basis}`}>
                    <td>{row.providerAgency?.name ?? t(m.unknownAgency)}</td>
                    <td>{row.recipientAgency?.name ?? t(m.unknownAgency)}</td>
                    <td>{label(intl, basisLabels, row.basis)}</td>
                    <td>{categoryList(intl, row.categories)}</td>
                    <td>{first === last ? first : t(mv.period, { first, last })}</td>
                    <td>{t(mv.days, { days: intl.formatNumber(row.days) })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t(m.plan)}>
        {doc.plan ? (
          <>
            <p className="disclosure-document__lead">{t(mv.planVersion, { number: doc.plan.number })}</p>
            <PlanView plan={doc.plan} />
          </>
        ) : (
          <p>{t(m.noPlan)}</p>
        )}
      </Section>
      <Section title={t(m.withheld)}>
        {doc.withheld.length === 0 ? (
          <p>{t(m.noneWithheld)}</p>
        ) : (
          <ul className="disclosure-document__withheld">
            {doc.withheld.map((entry) => (
              <li key={entry.ground}>{t(mv.withheldCount, { count: intl.formatNumber(entry.count), ...ground(entry.ground) })}</li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
