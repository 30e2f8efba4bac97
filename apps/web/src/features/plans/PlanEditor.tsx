import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { PlanFieldsFragment } from '../../gql/graphql';
import { hasCode } from '../../graphql/errors';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { ChoiceGroup, choiceItem } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, TextArea } from '../../ui/fields';
import { PageSection } from '../../ui/PageSection';
import { AgencyField, type AgencyOption } from './AgencyField';
import { GoalsEditor } from './GoalsEditor';
import { useVersionConflict, VersionConflictNotice } from '../../ui/VersionConflict';
import { m } from './messages';
import { CASE_PLANS, DRAFT_PLAN, UPDATE_PLAN } from './operations';
import { fromPlan, planFormSchema, toPlanInput, type PlanForm, type PlanFormError } from './plan-form';

/**
 * The plan editor: a new draft (draftPlan) or the draft itself (updatePlan). A draft is saved
 * against the version the coordinator began from: if someone saved meanwhile, the server
 * refuses (CONFLICT) and the editor says so, keeping what was typed, to load the latest or to
 * save over it knowingly.
 */
export function PlanEditor({ caseId, draft, initial, agencies, onSaved }: {
  caseId: string;
  draft: PlanFieldsFragment | null;
  initial: PlanForm;
  agencies: readonly AgencyOption[];
  onSaved: (plan: PlanFieldsFragment) => void;
}) {
  const intl = useIntl();
  const apollo = useApolloClient();
  const form = useForm<PlanForm>({ resolver: zodResolver(planFormSchema), defaultValues: initial });
  const { register, control, handleSubmit, formState, setError, reset } = form;
  const refetchPlans = { refetchQueries: [{ query: CASE_PLANS, variables: { id: caseId } }], awaitRefetchQueries: true };
  const [create, creation] = useMutation(DRAFT_PLAN, refetchPlans);
  const [update, updating] = useMutation(UPDATE_PLAN);
  const error = (key: string | undefined) => (key ? intl.formatMessage(m[key as PlanFormError] ?? m.errInvalid) : undefined);

  // The plan as it is now on the server, to say what changed and to save over it knowingly.
  const conflict = useVersionConflict(draft?.version ?? 0, async () => {
    const { data } = await apollo.query({ query: CASE_PLANS, variables: { id: caseId }, fetchPolicy: 'network-only' });
    updating.reset();
    return data?.case?.plans.find((plan) => plan.id === draft?.id);
  });

  const submit = handleSubmit(async (values) => {
    const input = toPlanInput(values);
    try {
      const saved = draft
        ? (await update({ variables: { id: draft.id, input, expectedVersion: conflict.baseVersion } })).data?.updatePlan
        : (await create({ variables: { caseId, input } })).data?.draftPlan;
      if (!saved) return;
      conflict.saved(saved.version);
      onSaved(saved);
    } catch (failure) {
      if (draft && hasCode(failure, 'CONFLICT')) return void (await conflict.conflicted());
      showViolations(failure, setError, { messageFor: () => intl.formatMessage(m.errInvalid) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="mb-10 flex flex-col gap-6">
        <TextArea label={intl.formatMessage(m.personWishes)} hint={intl.formatMessage(m.personWishesHint)} rows={4} error={error(formState.errors.personWishes?.message)} {...register('personWishes')} />
        <TextArea label={intl.formatMessage(m.familyWishes)} rows={3} error={error(formState.errors.familyWishes?.message)} {...register('familyWishes')} />
        <TextArea label={intl.formatMessage(m.policy)} rows={4} error={error(formState.errors.policy?.message)} {...register('policy')} />
        <PageSection title={intl.formatMessage(m.goalsHeading)}>
          <GoalsEditor agencies={agencies} />
        </PageSection>
        <ChoiceGroup legend={intl.formatMessage(m.referrals)}>
          <Checkbox className={choiceItem} label={intl.formatMessage(m.participationReferral)} {...register('participationReferral')} />
          <Checkbox className={choiceItem} label={intl.formatMessage(m.outreach)} {...register('outreach')} />
        </ChoiceGroup>
        <div className="grid gap-6 md:grid-cols-2">
          <Controller
            control={control}
            name="leadAgencyId"
            render={({ field }) => (
              <AgencyField label={intl.formatMessage(m.leadAgency)} hint={intl.formatMessage(m.leadAgencyHint)} agencies={agencies} value={field.value} onChange={field.onChange} error={error(formState.errors.leadAgencyId?.message)} />
            )}
          />
          <Controller
            control={control}
            name="nextReviewOn"
            render={({ field }) => <DateField label={intl.formatMessage(m.nextReviewOn)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error(formState.errors.nextReviewOn?.message)} />}
          />
        </div>
        {conflict.latest && (
          <VersionConflictNotice
            title={intl.formatMessage(m.conflictTitle)}
            help={intl.formatMessage(m.conflictHelp)}
            reloadLabel={intl.formatMessage(m.reloadLatest)}
            onReload={() => conflict.takeLatest((fresh) => reset(fromPlan(fresh)))}
          />
        )}
        <ErrorNotice error={creation.error ?? updating.error} />
        <div>
          <Button type="submit" disabled={creation.loading || updating.loading}>
            {intl.formatMessage(conflict.latest ? m.keepMine : m.saveDraft)}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
