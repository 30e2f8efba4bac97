import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { FormProvider, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { assessmentUrgencyLabels, label } from '../../app/labels';
import type { AssessmentUrgency } from '../../gql/enums';
import type { AssessmentFieldsFragment } from '../../gql/graphql';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextArea } from '../../ui/fields';
import { assessmentFormSchema, emptyAssessmentForm, fromAssessment, toAssessmentInput, type AssessmentForm, type AssessmentFormError } from './assessment-form';
import { DomainChecklist } from './DomainChecklist';
import { RadioOption } from '../../ui/RadioOption';
import { m } from './messages';
import { CASE_ASSESSMENTS, SAVE_ASSESSMENT } from './operations';

const URGENCIES = Object.keys(assessmentUrgencyLabels) as AssessmentUrgency[];

/**
 * Writes the next version of the case's assessment (アセスメントシート), starting from the
 * newest: the person's words and the professionals' view are separate fields on purpose.
 */
export function AssessmentEditor({ caseId, latest, onSaved }: { caseId: string; latest: AssessmentFieldsFragment | null; onSaved: (number: number) => void }) {
  const intl = useIntl();
  const [save, { error, loading }] = useMutation(SAVE_ASSESSMENT, { refetchQueries: [{ query: CASE_ASSESSMENTS, variables: { id: caseId } }], awaitRefetchQueries: true });
  const form = useForm<AssessmentForm>({ resolver: zodResolver(assessmentFormSchema), defaultValues: latest ? fromAssessment(latest) : emptyAssessmentForm() });
  const { register, handleSubmit, formState, setError } = form;
  const message = (key: string | undefined) => (key ? intl.formatMessage(m[key as AssessmentFormError]) : undefined);
  const text = (name: 'household' | 'strengths' | 'personWords' | 'professionalView', hint?: string) => (
    <TextArea label={intl.formatMessage(m[name])} hint={hint} rows={4} error={message(formState.errors[name]?.message)} {...register(name)} />
  );

  const submit = handleSubmit(async (values) => {
    try {
      const result = await save({ variables: { caseId, input: toAssessmentInput(values) } });
      if (result.data) onSaved(result.data.saveAssessment.number);
    } catch (failure) {
      showViolations(failure, setError, { messageFor: () => intl.formatMessage(m.errInvalid) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <DomainChecklist />
        {text('household')}
        {text('strengths')}
        <div className="grid gap-6 md:grid-cols-2">
          {text('personWords', intl.formatMessage(m.personWordsHint))}
          {text('professionalView')}
        </div>
        <ChoiceGroup legend={intl.formatMessage(m.urgency)} error={message(formState.errors.urgency?.message)} itemsClassName="flex flex-wrap gap-x-6 gap-y-2">
          {URGENCIES.map((urgency) => (
            <RadioOption key={urgency} value={urgency} label={label(intl, assessmentUrgencyLabels, urgency)} {...register('urgency')} />
          ))}
        </ChoiceGroup>
        <ErrorNotice error={error} />
        <div>
          <Button type="submit" disabled={loading}>
            {intl.formatMessage(m.saveAssessment)}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
