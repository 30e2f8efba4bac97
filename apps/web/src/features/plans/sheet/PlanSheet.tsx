import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { conferenceKindLabels, consentMethodLabels, goalTermLabels, label, planStatusLabels } from '../../../app/labels';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { m as plans } from '../messages';
import { m, mv } from './messages';
import { useSheetDate } from './sheet-dates';

// One layout for the screen, the printer and the downloaded file: it is styled only by the
// classes of plan-sheet.css (no Tailwind, no app chrome), so the same markup renders alike in
// the app and, with that stylesheet inlined, as a file of its own.

export interface PlanSheetProps {
  readonly plan: PlanFieldsFragment;
  readonly caseTitle: string;
  readonly municipality: string;
  /** The approving meeting's title, when the reader may know it. */
  readonly approvalConference?: string | undefined;
  /** Dates in 和暦 (令和…) rather than the Western calendar. */
  readonly era: boolean;
}

type Guarded = { readonly text?: string | null; readonly redacted: boolean } | null | undefined;

/** The printed 支援プラン: the person's wishes first, then the family's, the policy, goals and roles, and the record of agreement and approval. */
export function PlanSheet({ plan, caseTitle, municipality, approvalConference, era }: PlanSheetProps) {
  const intl = useIntl();
  const date = useSheetDate(era);
  const t = intl.formatMessage;
  const meeting = label(intl, conferenceKindLabels, 'MULTI_AGENCY_MEETING');
  return (
    <article className="plan-sheet" lang="ja">
      <header className="plan-sheet__header">
        <p className="plan-sheet__municipality">{municipality}</p>
        <h1 className="plan-sheet__title">{t(mv.heading, { number: plan.number })}</h1>
        <dl className="plan-sheet__facts">
          <Fact term={t(m.caseTitle)}>{caseTitle}</Fact>
          <Fact term={t(plans.status)}>{label(intl, planStatusLabels, plan.status)}</Fact>
          <Fact term={t(m.writtenBy)}>{plan.agency.name}</Fact>
          <Fact term={t(m.createdAt)}>{date(plan.createdAt)}</Fact>
        </dl>
      </header>
      <TextSection title={t(plans.personWishes)} text={plan.personWishes} />
      <TextSection title={t(plans.familyWishes)} text={plan.familyWishes} />
      <TextSection title={t(plans.policy)} text={plan.policy} />
      <section className="plan-sheet__section" aria-labelledby="plan-sheet-goals">
        <h2 id="plan-sheet-goals">{t(plans.goalsHeading)}</h2>
        <GoalTable goals={plan.goals} date={date} />
      </section>
      <section className="plan-sheet__section" aria-labelledby="plan-sheet-referrals">
        <h2 id="plan-sheet-referrals">{t(m.referrals)}</h2>
        <dl className="plan-sheet__facts">
          <Fact term={t(m.participation)}>{t(plan.participationReferral ? m.planned : m.notPlanned)}</Fact>
          <Fact term={t(m.outreach)}>{t(plan.outreach ? m.planned : m.notPlanned)}</Fact>
        </dl>
      </section>
      <section className="plan-sheet__section" aria-labelledby="plan-sheet-follow">
        <h2 id="plan-sheet-follow">{t(m.follow)}</h2>
        <dl className="plan-sheet__facts">
          <Fact term={t(plans.leadAgency)}>{plan.leadAgency?.name ?? t(plans.notYet)}</Fact>
          <Fact term={t(plans.nextReviewOn)}>{plan.nextReviewOn ? date(plan.nextReviewOn) : t(plans.notYet)}</Fact>
        </dl>
      </section>
      <section className="plan-sheet__section plan-sheet__signatures" aria-labelledby="plan-sheet-agreement">
        <h2 id="plan-sheet-agreement">{t(plans.agreementHeading)}</h2>
        {plan.agreement ? (
          <dl className="plan-sheet__facts">
            <Fact term={t(plans.agreementMethod)}>{label(intl, consentMethodLabels, plan.agreement.method)}</Fact>
            <Fact term={t(m.agreementDate)}>{date(plan.agreement.obtainedAt)}</Fact>
          </dl>
        ) : (
          <p>{t(m.notRecorded)}</p>
        )}
      </section>
      <section className="plan-sheet__section plan-sheet__signatures" aria-labelledby="plan-sheet-approval">
        <h2 id="plan-sheet-approval">{t(m.approval)}</h2>
        {plan.approval ? (
          <dl className="plan-sheet__facts">
            <Fact term={t(m.approvalConference)}>{approvalConference ? `${meeting}「${approvalConference}」` : meeting}</Fact>
            <Fact term={t(m.approvalDate)}>{date(plan.approval.approvedAt)}</Fact>
          </dl>
        ) : (
          <p>{t(m.notApproved)}</p>
        )}
      </section>
    </article>
  );
}

function GoalTable({ goals, date }: { goals: PlanFieldsFragment['goals']; date: (value: string) => string }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  return (
    <table className="plan-sheet__table">
      <thead>
        <tr>
          <th scope="col">{t(m.colTerm)}</th>
          <th scope="col">{t(m.colGoal)}</th>
          <th scope="col">{t(m.colTarget)}</th>
          <th scope="col">{t(m.colAgency)}</th>
          <th scope="col">{t(m.colAction)}</th>
          <th scope="col">{t(m.colFrequency)}</th>
        </tr>
      </thead>
      {/* One body per goal: the goal's cells span its roles, and a page break never splits them. */}
      {goals.map((goal) => {
        const span = Math.max(goal.roles.length, 1);
        const goalCells = (
          <>
            <th scope="rowgroup" rowSpan={span}>
              {label(intl, goalTermLabels, goal.term)}
            </th>
            <td rowSpan={span}>
              <SheetText text={goal.text} />
            </td>
            <td rowSpan={span}>{goal.targetDate ? date(goal.targetDate) : t(plans.notYet)}</td>
          </>
        );
        return (
          <tbody key={goal.id} className="plan-sheet__goal">
            {goal.roles.length === 0 ? (
              <tr>
                {goalCells}
                <td colSpan={3}>{t(m.noRoles)}</td>
              </tr>
            ) : (
              goal.roles.map((role, index) => (
                <tr key={role.id}>
                  {index === 0 && goalCells}
                  <td>{role.agency.name}</td>
                  <td>
                    <SheetText text={role.action} />
                  </td>
                  <td>{role.frequency}</td>
                </tr>
              ))
            )}
          </tbody>
        );
      })}
    </table>
  );
}

function TextSection({ title, text }: { title: string; text: Guarded }) {
  return (
    <SheetSection title={title}>
      <p className="plan-sheet__text">
        <SheetText text={text} />
      </p>
    </SheetSection>
  );
}

/** A titled part of a sheet (h2), named by its heading; the 本人開示 document is built of them too. */
export function SheetSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="plan-sheet__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A guarded text as printed: the text, 非開示 where the reader may not see it, 記載なし where none was written. */
export function SheetText({ text }: { text: Guarded }) {
  const intl = useIntl();
  if (text?.redacted) return <span className="plan-sheet__redacted">{intl.formatMessage(plans.withheld)}</span>;
  if (!text?.text) return <span className="plan-sheet__blank">{intl.formatMessage(plans.empty)}</span>;
  return <>{text.text}</>;
}

/** One term and its value in a sheet's ruled facts (plan-sheet__facts). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="plan-sheet__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
