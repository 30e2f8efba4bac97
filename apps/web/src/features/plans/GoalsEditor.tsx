import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { goalTermLabels, label } from '../../app/labels';
import type { GoalTerm } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { domainName, LIFE_DOMAINS } from './domains';
import { m, mv } from './messages';
import { AgencyField, type AgencyOption } from './AgencyField';
import { emptyGoal, emptyRole, MAX_GOALS, MAX_ROLES_PER_GOAL, type PlanForm, type PlanFormError } from './plan-form';

const TERMS = Object.keys(goalTermLabels) as GoalTerm[];

/** 目標と役割分担: each goal on the left, the roles the agencies take for it on the right. */
export function GoalsEditor({ agencies }: { agencies: readonly AgencyOption[] }) {
  const intl = useIntl();
  const { control, formState } = useFormContext<PlanForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'goals' });
  const goalsError = formState.errors.goals?.root?.message ?? formState.errors.goals?.message;
  return (
    <div className="flex flex-col gap-4">
      <div aria-hidden="true" className="hidden gap-4 text-std-17B-170 text-solid-gray-700 lg:grid lg:grid-cols-2">
        <span>{intl.formatMessage(m.goalColumn)}</span>
        <span>{intl.formatMessage(m.rolesColumn)}</span>
      </div>
      {fields.map((field, index) => (
        <div key={field.id} className="grid gap-4 rounded-8 border border-solid-gray-420 p-4 lg:grid-cols-2">
          <GoalFields index={index} canRemove={fields.length > 1} onRemove={() => remove(index)} />
          <RolesFields goalIndex={index} agencies={agencies} />
        </div>
      ))}
      {goalsError && <p role="alert" className="text-dns-16N-130 text-error-1">＊{intl.formatMessage(m[goalsError as PlanFormError])}</p>}
      {fields.length < MAX_GOALS && (
        <div>
          <Button variant="outline" onClick={() => append(emptyGoal())}>
            {intl.formatMessage(m.addGoal)}
          </Button>
        </div>
      )}
    </div>
  );
}

function useErrorText() {
  const intl = useIntl();
  return (key: string | undefined) => (key ? intl.formatMessage(m[key as PlanFormError] ?? m.errInvalid) : undefined);
}

function GoalFields({ index, canRemove, onRemove }: { index: number; canRemove: boolean; onRemove: () => void }) {
  const intl = useIntl();
  const { register, control, formState } = useFormContext<PlanForm>();
  const errors = formState.errors.goals?.[index];
  const error = useErrorText();
  const n = index + 1;
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-std-20B-150">{intl.formatMessage(mv.goalNumber, { n })}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={intl.formatMessage(m.term)} required options={TERMS.map((term) => ({ value: term, label: label(intl, goalTermLabels, term) }))} error={error(errors?.term?.message)} {...register(`goals.${index}.term`)} />
        <SelectField
          label={intl.formatMessage(m.domain)}
          required
          options={[{ value: '', label: intl.formatMessage(m.choose) }, ...LIFE_DOMAINS.map((category) => ({ value: category, label: domainName(intl, category) }))]}
          error={error(errors?.category?.message)}
          {...register(`goals.${index}.category`)}
        />
      </div>
      <TextArea label={intl.formatMessage(m.goalText)} required rows={3} error={error(errors?.text?.message)} {...register(`goals.${index}.text`)} />
      <Controller
        control={control}
        name={`goals.${index}.targetDate`}
        render={({ field }) => <DateField label={intl.formatMessage(m.targetDate)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error(errors?.targetDate?.message)} />}
      />
      {canRemove && (
        <div>
          <Button variant="text" size="sm" onClick={onRemove}>
            {intl.formatMessage(mv.removeGoal, { n })}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

function RolesFields({ goalIndex, agencies }: { goalIndex: number; agencies: readonly AgencyOption[] }) {
  const intl = useIntl();
  const { register, control, formState } = useFormContext<PlanForm>();
  const { fields, append, remove } = useFieldArray({ control, name: `goals.${goalIndex}.roles` });
  const error = useErrorText();
  const goal = goalIndex + 1;
  return (
    <div className="flex flex-col gap-4 lg:border-l lg:border-solid-gray-420 lg:pl-4">
      {fields.length === 0 && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noRoles)}</p>}
      {fields.map((field, index) => {
        const errors = formState.errors.goals?.[goalIndex]?.roles?.[index];
        const n = index + 1;
        return (
          <fieldset key={field.id} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-3">
            <legend className="text-std-17B-170">{intl.formatMessage(mv.roleNumber, { goal, n })}</legend>
            <Controller
              control={control}
              name={`goals.${goalIndex}.roles.${index}.agencyId`}
              render={({ field: agency }) => <AgencyField label={intl.formatMessage(m.roleAgency)} agencies={agencies} value={agency.value} onChange={agency.onChange} error={error(errors?.agencyId?.message)} />}
            />
            <TextArea label={intl.formatMessage(m.roleAction)} required rows={2} error={error(errors?.action?.message)} {...register(`goals.${goalIndex}.roles.${index}.action`)} />
            <TextField label={intl.formatMessage(m.roleFrequency)} required hint={intl.formatMessage(m.roleFrequencyHint)} error={error(errors?.frequency?.message)} {...register(`goals.${goalIndex}.roles.${index}.frequency`)} />
            <div>
              <Button variant="text" size="sm" onClick={() => remove(index)}>
                {intl.formatMessage(mv.removeRole, { goal, n })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {fields.length < MAX_ROLES_PER_GOAL && (
        <div>
          <Button variant="outline" size="sm" onClick={() => append(emptyRole())}>
            {intl.formatMessage(mv.addRole, { n: goal })}
          </Button>
        </div>
      )}
    </div>
  );
}
