import { Controller, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label } from '../../app/labels';
import type { DataCategory } from '../../gql/enums';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
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
    <ChoiceGroup legend={intl.formatMessage(m.needs)} hint={intl.formatMessage(m.needsHint)} error={formState.errors.needs?.message} itemsClassName="grid gap-x-6 gap-y-2 sm:grid-cols-2 md:grid-cols-3">
      {NEEDS.map((need) => (
        <Checkbox key={need} value={need} label={label(intl, dataCategoryLabels, need)} {...register('needs')} />
      ))}
    </ChoiceGroup>
  );
}
