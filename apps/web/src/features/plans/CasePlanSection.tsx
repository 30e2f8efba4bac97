import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { assessmentUrgencyLabels, label } from '../../app/labels';
import { hasRole, useMe } from '../../app/me';
import type { CasePlanSectionQuery } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageSection } from '../../ui/PageSection';
import { table } from '../../ui/table';
import { m, mv } from './messages';
import { CASE_PLAN_SECTION } from './operations';
import { canDraft, canEvaluate, planInMaking } from './plan-status';
import { Fact } from './PlanView';
import { PlanStatusBadge } from './PlanStatusBadge';

type CasePlans = NonNullable<CasePlanSectionQuery['case']>;

/** The case page's 支援プラン: the assessment, the plan in force, a version in the making, all versions. */
export function CasePlanSection({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const { data: me } = useMe();
  // Plans move in other screens (the conference room approves them): always ask again.
  const { data, error, loading } = useQuery(CASE_PLAN_SECTION, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const c = data?.case;
  const coordinator = hasRole(me?.me, 'COORDINATOR');
  const inMaking = c ? planInMaking(c.plans) : null;
  const plan = c?.plan ?? null;

  return (
    <PageSection title={intl.formatMessage(m.planTitle)} lead={intl.formatMessage(m.sectionLead)}>
      {!c ? (
        loading ? <Loading /> : <ErrorNotice error={error} />
      ) : (
        <div className="flex flex-col gap-6">
          <ul className="flex flex-wrap gap-6">
            <li>
              <Link to="/cases/$caseId/assessment" params={{ caseId }} className={linkText}>
                {intl.formatMessage(m.assessmentTitle)}
              </Link>
            </li>
            {coordinator && !inMaking && canDraft(c.status) && (
              <li>
                <Link to="/cases/$caseId/plans/new" params={{ caseId }} className={linkText}>
                  {intl.formatMessage(m.createPlan)}
                </Link>
              </li>
            )}
            {plan && canEvaluate(plan, coordinator, me?.me.agency.id) && (
              <li>
                <Link to="/cases/$caseId/plans/$planId/evaluate" params={{ caseId, planId: plan.id }} className={linkText}>
                  {intl.formatMessage(m.evaluate)}
                </Link>
              </li>
            )}
          </ul>
          <AssessmentLine assessment={c.assessment ?? null} />
          {plan ? <PlanInForce caseId={caseId} plan={plan} /> : <p className="text-std-16N-170">{intl.formatMessage(m.noPlan)}</p>}
          {inMaking && (
            <p className="flex flex-wrap items-center gap-2 text-std-16N-170">
              <span className="text-std-16B-170">{intl.formatMessage(m.draftInProgress)}：</span>
              <Link to="/cases/$caseId/plans/$planId" params={{ caseId, planId: inMaking.id }} className={linkText}>
                {intl.formatMessage(mv.versionOf, { number: inMaking.number })}
              </Link>
              <PlanStatusBadge status={inMaking.status} />
            </p>
          )}
          {c.plans.length > 0 && <PlanVersions caseId={caseId} plans={c.plans} />}
        </div>
      )}
    </PageSection>
  );
}

function AssessmentLine({ assessment }: { assessment: CasePlans['assessment'] }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  if (!assessment) return <p className="text-std-16N-170">{intl.formatMessage(m.noAssessment)}</p>;
  return (
    <p className="text-std-16N-170">
      {intl.formatMessage(m.assessmentTitle)}：{intl.formatMessage(mv.versionOf, { number: assessment.number })}（{date(assessment.writtenAt)}）・{intl.formatMessage(m.urgency)}：
      {label(intl, assessmentUrgencyLabels, assessment.urgency)}
    </p>
  );
}

function PlanInForce({ caseId, plan }: { caseId: string; plan: NonNullable<CasePlans['plan']> }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const notYet = intl.formatMessage(m.notYet);
  return (
    <div className="rounded-8 border border-solid-gray-420 p-4">
      <h3 className="mb-3 flex flex-wrap items-center gap-2 text-std-20B-150">
        {intl.formatMessage(m.inForce)}
        <Link to="/cases/$caseId/plans/$planId" params={{ caseId, planId: plan.id }} className={linkText}>
          {intl.formatMessage(mv.versionOf, { number: plan.number })}
        </Link>
        <PlanStatusBadge status={plan.status} />
      </h3>
      <dl className="grid gap-4 md:grid-cols-3">
        <Fact term={intl.formatMessage(m.leadAgency)}>{plan.leadAgency?.name ?? notYet}</Fact>
        <Fact term={intl.formatMessage(m.nextReviewOn)}>{plan.nextReviewOn ? date(plan.nextReviewOn) : notYet}</Fact>
        <Fact term={intl.formatMessage(m.approvedAt)}>{plan.approval ? date(plan.approval.approvedAt) : notYet}</Fact>
      </dl>
    </div>
  );
}

function PlanVersions({ caseId, plans }: { caseId: string; plans: CasePlans['plans'] }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  return (
    <DataTable caption={intl.formatMessage(m.versions)} columns={[intl.formatMessage(m.colVersion), intl.formatMessage(m.colStatus), intl.formatMessage(m.colUpdated)]}>
      {plans.map((plan) => (
        <tr key={plan.id} className={table.row}>
          <td className={table.cell}>
            <Link to="/cases/$caseId/plans/$planId" params={{ caseId, planId: plan.id }} className={linkText}>
              {intl.formatMessage(mv.versionOf, { number: plan.number })}
            </Link>
          </td>
          <td className={table.cell}>
            <PlanStatusBadge status={plan.status} />
          </td>
          <td className={table.cell}>{dateTime(plan.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
