import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { newPlanRoute, planRoute } from '../../app/router';
import type { PlanFieldsFragment } from '../../gql/graphql';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { RoleGate } from '../../ui/RoleGate';
import type { AgencyOption } from './AgencyField';
import { AgreementForm } from './AgreementForm';
import { BackToCase, CaseMissing } from './BackToCase';
import { m, mv } from './messages';
import { CASE_PLANS } from './operations';
import { emptyPlanForm, fromPlan, hasWithheldText } from './plan-form';
import { canEvaluate } from './plan-status';
import { PlanEditor } from './PlanEditor';
import { ProposeForm } from './ProposeForm';
import { PlanStatusBadge } from './PlanStatusBadge';
import { PlanRecordFacts, PlanView } from './PlanView';

function useCasePlans(caseId: string) {
  return useQuery(CASE_PLANS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
}

/** 支援プランを作成: a new draft, starting from the newest earlier version when there is one. */
export function NewPlanPage() {
  const intl = useIntl();
  const { caseId } = newPlanRoute.useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useCasePlans(caseId);
  const c = data?.case;
  if (!c) return loading ? <Loading /> : error ? <ErrorNotice error={error} /> : <CaseMissing />;

  const previous = c.plans[0];
  return (
    <RoleGate roles={['COORDINATOR']}>
      <BackToCase caseId={c.id} />
      <PageHeading title={intl.formatMessage(m.newPlanTitle)}>
        <p className="text-std-16N-170 text-solid-gray-700">{c.title}</p>
      </PageHeading>
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.planLead)}</p>
      <PlanEditor
        caseId={c.id}
        draft={null}
        initial={previous && !hasWithheldText(previous) ? fromPlan(previous) : emptyPlanForm()}
        agencies={data.agencies}
        onSaved={(plan) => void navigate({ to: '/cases/$caseId/plans/$planId', params: { caseId: c.id, planId: plan.id } })}
      />
    </RoleGate>
  );
}

/** 支援プラン 第N版: a draft is edited by the coordinator; any other plan is shown as recorded. */
export function PlanPage() {
  const { caseId, planId } = planRoute.useParams();
  const { data, error, loading } = useCasePlans(caseId);
  const c = data?.case;
  if (!c) return loading ? <Loading /> : error ? <ErrorNotice error={error} /> : <CaseMissing />;
  const plan = c.plans.find((candidate) => candidate.id === planId);
  if (!plan) return <PlanMissing caseId={c.id} />;
  // One screen per version: moving to another version starts its editor and notices afresh.
  return <PlanScreen key={plan.id} caseTitle={c.title} plan={plan} agencies={data.agencies} />;
}

function PlanScreen({ caseTitle, plan, agencies }: { caseTitle: string; plan: PlanFieldsFragment; agencies: readonly AgencyOption[] }) {
  const intl = useIntl();
  const { data: me } = useMe();
  const [done, setDone] = useState<string | null>(null);
  const coordinator = hasRole(me?.me, 'COORDINATOR');
  const editable = coordinator && plan.status === 'DRAFT' && !hasWithheldText(plan);
  return (
    <>
      <BackToCase caseId={plan.caseId} />
      <PageHeading title={intl.formatMessage(mv.planHeading, { number: plan.number })}>
        <p className="flex flex-wrap items-center gap-2 text-std-16N-170 text-solid-gray-700">
          {caseTitle}
          <PlanStatusBadge status={plan.status} />
        </p>
      </PageHeading>
      <PlanLinks plan={plan} evaluate={canEvaluate(plan, coordinator, me?.me.agency.id)} />
      {done && (
        <Notice tone="success" className="mb-6">
          {done}
        </Notice>
      )}
      {editable ? (
        <PlanEditor
          caseId={plan.caseId}
          draft={plan}
          initial={fromPlan(plan)}
          agencies={agencies}
          onSaved={(saved) => setDone(intl.formatMessage(mv.planSaved, { number: saved.number, version: saved.version }))}
        />
      ) : (
        <PlanView plan={plan} />
      )}
      <PlanRecordFacts plan={plan} agreementForm={coordinator && (plan.status === 'DRAFT' || plan.status === 'PROPOSED') ? <AgreementForm planId={plan.id} /> : undefined} />
      {coordinator && plan.status === 'DRAFT' && me && (
        <PageSection title={intl.formatMessage(m.proposeHeading)}>
          {/* Once proposed the plan is no longer a draft and this form goes: the notice above says it. */}
          <ProposeForm planId={plan.id} caseId={plan.caseId} chairId={me.me.id} onProposed={() => setDone(intl.formatMessage(m.proposed))} />
        </PageSection>
      )}
    </>
  );
}

/** 評価 and プランシート, built as pages of their own. */
function PlanLinks({ plan, evaluate }: { plan: PlanFieldsFragment; evaluate: boolean }) {
  const intl = useIntl();
  const params = { caseId: plan.caseId, planId: plan.id };
  return (
    <ul className="mb-6 flex flex-wrap gap-6">
      {evaluate && (
        <li>
          <Link to="/cases/$caseId/plans/$planId/evaluate" params={params} className={linkText}>
            {intl.formatMessage(m.evaluate)}
          </Link>
        </li>
      )}
      <li>
        <Link to="/cases/$caseId/plans/$planId/sheet" params={params} className={linkText}>
          {intl.formatMessage(m.sheet)}
        </Link>
      </li>
    </ul>
  );
}

function PlanMissing({ caseId }: { caseId: string }) {
  const intl = useIntl();
  return (
    <>
      <BackToCase caseId={caseId} />
      <PageHeading title={intl.formatMessage(m.planNotFound)} />
    </>
  );
}
