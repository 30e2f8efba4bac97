import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { consentMethodLabels, goalAchievementLabels, goalTermLabels, label, planClosureReasonLabels, planDecisionLabels } from '../../app/labels';
import type { PlanFieldsFragment } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { useDateFormat } from '../../ui/format';
import { PageSection } from '../../ui/PageSection';
import { domainName } from './domains';
import { GuardedTextView } from './GuardedTextView';
import { m, mv } from './messages';

type Goal = PlanFieldsFragment['goals'][number];

/** A plan read-only, in the editor's order and layout: wishes first, goals beside their roles. */
export function PlanView({ plan }: { plan: PlanFieldsFragment }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const notYet = intl.formatMessage(m.notYet);
  return (
    <>
      <dl className="mb-10 flex flex-col gap-4">
        <GuardedTextView term={intl.formatMessage(m.personWishes)} value={plan.personWishes} />
        <GuardedTextView term={intl.formatMessage(m.familyWishes)} value={plan.familyWishes} />
        <GuardedTextView term={intl.formatMessage(m.policy)} value={plan.policy} />
      </dl>
      <PageSection title={intl.formatMessage(m.goalsHeading)}>
        <ol className="flex flex-col gap-4">
          {plan.goals.map((goal, index) => (
            <GoalView key={goal.id} goal={goal} n={index + 1} />
          ))}
        </ol>
      </PageSection>
      <dl className="mb-10 grid gap-4 md:grid-cols-2">
        <Fact term={intl.formatMessage(m.participationReferral)}>{intl.formatMessage(plan.participationReferral ? m.yes : m.no)}</Fact>
        <Fact term={intl.formatMessage(m.outreach)}>{intl.formatMessage(plan.outreach ? m.yes : m.no)}</Fact>
        <Fact term={intl.formatMessage(m.leadAgency)}>{plan.leadAgency?.name ?? notYet}</Fact>
        <Fact term={intl.formatMessage(m.nextReviewOn)}>{plan.nextReviewOn ? date(plan.nextReviewOn) : notYet}</Fact>
        <Fact term={intl.formatMessage(m.writingAgency)}>{plan.agency.name}</Fact>
      </dl>
    </>
  );
}

function GoalView({ goal, n }: { goal: Goal; n: number }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  return (
    <li className="grid gap-4 rounded-8 border border-solid-gray-420 p-4 lg:grid-cols-2">
      <div>
        <h3 className="mb-2 text-std-20B-150">{intl.formatMessage(mv.goalNumber, { n })}</h3>
        <dl className="flex flex-col gap-3">
          <Fact term={intl.formatMessage(m.term)}>{label(intl, goalTermLabels, goal.term)}</Fact>
          <Fact term={intl.formatMessage(m.domain)}>{domainName(intl, goal.category)}</Fact>
          <GuardedTextView term={intl.formatMessage(m.goalText)} value={goal.text} />
          <Fact term={intl.formatMessage(m.targetDate)}>{goal.targetDate ? date(goal.targetDate) : intl.formatMessage(m.notYet)}</Fact>
          {goal.achievement && <Fact term={intl.formatMessage(m.achievement)}>{label(intl, goalAchievementLabels, goal.achievement)}</Fact>}
          {goal.evaluationNote && <GuardedTextView term={intl.formatMessage(m.evaluationNote)} value={goal.evaluationNote} />}
        </dl>
      </div>
      <div className="lg:border-l lg:border-solid-gray-420 lg:pl-4">
        <h4 className="mb-2 text-std-17B-170">{intl.formatMessage(m.rolesColumn)}</h4>
        {goal.roles.length === 0 ? (
          <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noRoles)}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {goal.roles.map((role) => (
              <li key={role.id} className="rounded-8 border border-solid-gray-420 p-3">
                <dl className="flex flex-col gap-2">
                  <Fact term={intl.formatMessage(m.roleAgency)}>{role.agency.name}</Fact>
                  <GuardedTextView term={intl.formatMessage(m.roleAction)} value={role.action} />
                  <Fact term={intl.formatMessage(m.roleFrequency)}>{role.frequency}</Fact>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** One term and its value of a description list. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-std-17B-170 text-solid-gray-800">{term}</dt>
      <dd className="text-std-16N-170">{children}</dd>
    </div>
  );
}

/** 本人の同意, 支援決定 and 評価 as recorded, where they are; the agreement's form, where it may be recorded. */
export function PlanRecordFacts({ plan, agreementForm }: { plan: PlanFieldsFragment; agreementForm?: ReactNode }) {
  const intl = useIntl();
  const { date, dateTime } = useDateFormat();
  const { agreement, approval, evaluation } = plan;
  return (
    <>
      <PageSection title={intl.formatMessage(m.agreementHeading)}>
        <p className="mb-4 text-std-16N-170">
          {agreement
            ? intl.formatMessage(mv.agreement, { method: label(intl, consentMethodLabels, agreement.method), obtainedAt: dateTime(agreement.obtainedAt) })
            : intl.formatMessage(m.noAgreement)}
        </p>
        {agreementForm}
      </PageSection>
      {approval && (
        <PageSection title={intl.formatMessage(m.approvalHeading)}>
          <dl className="grid gap-4 md:grid-cols-2">
            <Fact term={intl.formatMessage(m.approvedAt)}>{date(approval.approvedAt)}</Fact>
            <Fact term={intl.formatMessage(m.approvalConference)}>
              <Link to="/conferences/$conferenceId" params={{ conferenceId: approval.conferenceId }} className={linkText}>
                {intl.formatMessage(m.openConference)}
              </Link>
            </Fact>
          </dl>
        </PageSection>
      )}
      {evaluation && (
        <PageSection title={intl.formatMessage(m.evaluationHeading)}>
          <dl className="grid gap-4 md:grid-cols-2">
            <Fact term={intl.formatMessage(m.evaluatedAt)}>{date(evaluation.evaluatedAt)}</Fact>
            <Fact term={intl.formatMessage(m.decision)}>{label(intl, planDecisionLabels, evaluation.decision)}</Fact>
            {evaluation.closureReason && <Fact term={intl.formatMessage(m.closureReason)}>{label(intl, planClosureReasonLabels, evaluation.closureReason)}</Fact>}
            {evaluation.reason && <GuardedTextView term={intl.formatMessage(m.decisionReason)} value={evaluation.reason} />}
            {evaluation.nextCheckInOn && <Fact term={intl.formatMessage(m.nextCheckInOn)}>{date(evaluation.nextCheckInOn)}</Fact>}
          </dl>
        </PageSection>
      )}
    </>
  );
}
