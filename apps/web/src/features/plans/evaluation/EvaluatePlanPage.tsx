import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../../app/me';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { hasCode } from '../../../graphql/errors';
import { showViolations } from '../../../graphql/violations';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { PageHeading } from '../../../ui/PageHeading';
import { BackToCase, CaseMissing } from '../BackToCase';
import { m as plans } from '../messages';
import { CASE_PLANS } from '../operations';
import { APPROVED_STATUSES, canEvaluate } from '../plan-status';
import { DecisionFields } from './DecisionFields';
import { emptyEvaluation, evaluationFormSchema, evaluationInput, type EvaluationForm, type EvaluationFormError } from './evaluation-form';
import { GoalEvaluationFields } from './GoalEvaluationFields';
import { m, mv } from './messages';
import { EVALUATE_PLAN } from './operations';

/** 評価: each goal's achievement, then one decision; the case page shows where that leaves the case. */
export function EvaluatePlanPage() {
  const intl = useIntl();
  const { caseId = '', planId = '' } = useParams({ strict: false });
  const me = useMe().data?.me;
  const { data, loading, error } = useQuery(CASE_PLANS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const plan = data?.case?.plans.find((candidate) => candidate.id === planId);

  if (hasCode(error, 'NOT_FOUND')) return <CaseMissing />;
  if (!data?.case || !plan || !me) {
    if (loading || !me) return <Loading />;
    return error ? <ErrorNotice error={error} /> : <Notice tone="warning">{intl.formatMessage(plans.planNotFound)}</Notice>;
  }
  // Who evaluates (a coordinator, or the lead agency's staff) and what (an approved plan): the server decides, this spares a refused form.
  const refusal = !APPROVED_STATUSES.includes(plan.status) ? m.notApproved : !canEvaluate(plan, hasRole(me, 'COORDINATOR'), me.agency.id) ? m.notAllowed : null;
  return (
    <>
      <BackToCase caseId={caseId} />
      <PageHeading title={intl.formatMessage(mv.title, { number: plan.number })}>
        <p className="text-std-16N-170 text-solid-gray-700">{data.case.title}</p>
      </PageHeading>
      {refusal ? <Notice tone="warning">{intl.formatMessage(refusal)}</Notice> : <EvaluationFormView caseId={caseId} plan={plan} />}
    </>
  );
}

function EvaluationFormView({ caseId, plan }: { caseId: string; plan: PlanFieldsFragment }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [evaluate, { error, loading, client }] = useMutation(EVALUATE_PLAN);
  const { register, handleSubmit, control, setError, formState } = useForm<EvaluationForm>({
    resolver: zodResolver(evaluationFormSchema),
    defaultValues: emptyEvaluation(plan.goals.map((goal) => goal.id)),
  });
  const decision = useWatch({ control, name: 'decision' });
  const errors = formState.errors;
  // The form's own checks name their sentence; a field the server refused reads 入力内容を確認してください。
  const message = (key: string | undefined) => (key ? intl.formatMessage(key in m ? m[key as EvaluationFormError] : plans.errInvalid) : undefined);

  const submit = handleSubmit(async (form) => {
    const result = await evaluate({ variables: { id: plan.id, input: evaluationInput(form) } }).catch((failure: unknown) => {
      showViolations(failure, setError, { messageFor: () => 'server' });
      return null;
    });
    if (!result?.data) return;
    // The decision moved the case (見守り, 終結 …) and may have made a next version: the case
    // page reads them afresh rather than from what this page had cached.
    client.cache.evict({ id: client.cache.identify({ __typename: 'Case', id: caseId }) });
    client.cache.gc();
    await navigate({ to: '/cases/$caseId', params: { caseId } });
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex max-w-4xl flex-col gap-8">
      <p className="text-std-16N-170">{intl.formatMessage(m.lead)}</p>
      <section aria-labelledby="evaluation-goals" className="flex flex-col gap-4">
        <h2 id="evaluation-goals" className="text-std-24B-150">
          {intl.formatMessage(m.goalsLegend)}
        </h2>
        {plan.goals.map((goal, index) => (
          <GoalEvaluationFields
            key={goal.id}
            goal={goal}
            index={index}
            register={register}
            errors={{ achievement: message(errors.goals?.[index]?.achievement?.message), note: message(errors.goals?.[index]?.note?.message) }}
          />
        ))}
      </section>
      <section aria-labelledby="evaluation-decision" className="flex flex-col gap-4">
        <h2 id="evaluation-decision" className="text-std-24B-150">
          {intl.formatMessage(plans.decision)}
        </h2>
        <DecisionFields
          decision={decision}
          register={register}
          errors={{
            decision: message(errors.decision?.message),
            closureReason: message(errors.closureReason?.message),
            reason: message(errors.reason?.message),
            watchIntervalDays: message(errors.watchIntervalDays?.message),
          }}
        />
      </section>
      {hasCode(error, 'CONFLICT') ? <Notice tone="error">{intl.formatMessage(m.conflict)}</Notice> : <ErrorNotice error={error} />}
      <div>
        <Button type="submit" size="lg" disabled={loading}>
          {intl.formatMessage(loading ? m.submitting : m.submit)}
        </Button>
      </div>
    </form>
  );
}
