import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label } from '../../app/labels';
import type { DataCategory } from '../../gql/enums';
import { DateField } from '../../ui/DateField';
import { Checkbox, TextField } from '../../ui/fields';
import { EMPTY_SUBJECT } from './case-form';
import { m } from './messages';

// The person and the areas of need are asked alike at an intake and when a case is opened.
interface SubjectForm {
  subject: typeof EMPTY_SUBJECT;
  needs: string[];
}

const NEEDS: readonly DataCategory[] = ['HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'LEGAL', 'EDUCATION', 'FAMILY', 'CARE_NEEDS', 'SAFEGUARDING'];

/** A fieldset of checkboxes or radio buttons, named by its legend, with its error under it. */
export function ChoiceFieldset({ legend, hint, error, children }: { legend: string; hint?: ReactNode; error?: string | undefined; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{legend}</legend>
      {hint && <p className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      {children}
      {error && <p className="text-dns-16N-130 text-error-1">＊{error}</p>}
    </fieldset>
  );
}

export function SubjectFields() {
  const intl = useIntl();
  const { register, control, formState } = useFormContext<SubjectForm>();
  const errors = formState.errors.subject;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <TextField label={intl.formatMessage(m.fullName)} required autoComplete="off" error={errors?.fullName?.message} {...register('subject.fullName')} />
      <TextField label={intl.formatMessage(m.fullNameKana)} required autoComplete="off" error={errors?.fullNameKana?.message} {...register('subject.fullNameKana')} />
      <Controller
        control={control}
        name="subject.birthDate"
        render={({ field }) => <DateField label={intl.formatMessage(m.birthDate)} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors?.birthDate?.message} />}
      />
      <TextField label={intl.formatMessage(m.address)} required autoComplete="off" error={errors?.address?.message} {...register('subject.address')} />
    </div>
  );
}

export function NeedsField() {
  const intl = useIntl();
  const { register, formState } = useFormContext<SubjectForm>();
  return (
    <ChoiceFieldset legend={intl.formatMessage(m.needs)} hint={intl.formatMessage(m.needsHint)} error={formState.errors.needs?.message}>
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 md:grid-cols-3">
        {NEEDS.map((need) => (
          <Checkbox key={need} value={need} label={label(intl, dataCategoryLabels, need)} {...register('needs')} />
        ))}
      </div>
    </ChoiceFieldset>
  );
}
