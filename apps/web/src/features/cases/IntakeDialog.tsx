import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { consentMethodLabels, label } from '../../app/labels';
import type { ConsentMethod } from '../../gql/enums';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { SelectField, TextArea } from '../../ui/fields';
import { EMPTY_SUBJECT, useIntakeSchema } from './case-form';
import { CaseFormDialog } from './CaseFormDialog';
import { NeedsField, SubjectFields } from './CaseFormFields';
import { m } from './messages';
import { CASES, REGISTER_INTAKE } from './operations';

type IntakeSchema = ReturnType<typeof useIntakeSchema>;
type IntakeForm = z.input<IntakeSchema>;
type IntakeInput = z.output<IntakeSchema>;

const METHODS: readonly ConsentMethod[] = ['WRITTEN', 'ORAL', 'ELECTRONIC'];
const radio = 'mt-1 size-6 shrink-0 accent-blue-900 focus-visible:outline focus-visible:outline-4 focus-visible:outline-black focus-visible:ring-2 focus-visible:ring-yellow-300';

/** 相談受付 at any counter (断らない相談支援): the municipal form in its two variants, 本人同意あり / なし. */
export function IntakeDialog({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const intl = useIntl();
  const form = useForm<IntakeForm, unknown, IntakeInput>({
    resolver: zodResolver(useIntakeSchema()),
    defaultValues: { subject: EMPTY_SUBJECT, needs: [], note: '', consentToConnect: { given: '', method: '' } },
  });
  const [registerIntake, mutation] = useMutation(REGISTER_INTAKE, { refetchQueries: [CASES] });
  const create = async (input: IntakeInput) => (await registerIntake({ variables: { input } })).data?.registerIntake.id;

  return (
    <CaseFormDialog
      title={intl.formatMessage(m.intakeTitle)}
      lead={intl.formatMessage(m.intakeLead)}
      submitLabel={intl.formatMessage(m.intakeSubmit)}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      form={form}
      create={create}
      mutation={mutation}
    >
      <SubjectFields />
      <NeedsField />
      <TextArea label={intl.formatMessage(m.note)} hint={intl.formatMessage(m.noteHint)} required rows={5} error={form.formState.errors.note?.message} {...form.register('note')} />
      <ConsentToConnectFields />
    </CaseFormDialog>
  );
}

/** 本人同意: whether the person agreed to be connected to the coordinator, said plainly, and how. */
function ConsentToConnectFields() {
  const intl = useIntl();
  const { register, watch, formState } = useFormContext<IntakeForm>();
  const errors = formState.errors.consentToConnect;
  const given = watch('consentToConnect.given');
  const choices = [
    { value: 'yes', text: intl.formatMessage(m.consentGiven) },
    { value: 'no', text: intl.formatMessage(m.consentNotGiven) },
  ];
  return (
    <ChoiceGroup legend={intl.formatMessage(m.consent)} hint={intl.formatMessage(m.consentHint)} error={errors?.given?.message} itemsClassName="flex flex-col gap-2">
      {choices.map((choice) => (
        <label key={choice.value} className="flex items-start gap-2 text-std-16N-170">
          <input type="radio" value={choice.value} className={radio} aria-invalid={errors?.given ? true : undefined} {...register('consentToConnect.given')} />
          <span>{choice.text}</span>
        </label>
      ))}
      {given === 'yes' && (
        <SelectField
          label={intl.formatMessage(m.consentMethod)}
          required
          error={errors?.method?.message}
          options={[{ value: '', label: intl.formatMessage(m.chooseMethod) }, ...METHODS.map((method) => ({ value: method, label: label(intl, consentMethodLabels, method) }))]}
          {...register('consentToConnect.method')}
        />
      )}
    </ChoiceGroup>
  );
}
