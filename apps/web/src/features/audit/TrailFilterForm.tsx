import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { actionLabel, KNOWN_ACTIONS } from './actions';
import { m } from './messages';
import { EMPTY_FILTER, trailFilterSchema, type TrailFilterForm as Values } from './trailFilter';

/** The trail's filter; `value` is the applied one (a row's "filter by" button changes it too). */
export function TrailFilterForm({ value, onApply }: { value: Values; onApply: (filter: Values) => void }) {
  const intl = useIntl();
  const { register, handleSubmit, reset, formState } = useForm<Values>({ resolver: zodResolver(trailFilterSchema), defaultValues: value });
  useEffect(() => reset(value), [value, reset]);
  const errors = formState.errors;
  const actionOptions = [
    { value: '', label: intl.formatMessage(m.allActions) },
    ...KNOWN_ACTIONS.map((action) => ({ value: action, label: actionLabel(intl, action) })),
  ];
  return (
    <form onSubmit={(event) => void handleSubmit(onApply)(event)} noValidate aria-label={intl.formatMessage(m.filter)} className="mb-6 rounded-8 border border-solid-gray-420 p-4 print:hidden">
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField label={intl.formatMessage(m.action)} options={actionOptions} {...register('action')} />
        <TextField label={intl.formatMessage(m.actor)} autoComplete="off" spellCheck={false} error={errors.actorId && intl.formatMessage(m.idInvalid)} {...register('actorId')} />
        <TextField label={intl.formatMessage(m.caseId)} autoComplete="off" spellCheck={false} hint={intl.formatMessage(m.idHint)} error={errors.caseId && intl.formatMessage(m.idInvalid)} {...register('caseId')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={intl.formatMessage(m.from)} type="date" {...register('from')} />
          <TextField label={intl.formatMessage(m.to)} type="date" error={errors.to && intl.formatMessage(m.rangeInvalid)} {...register('to')} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit">{intl.formatMessage(m.apply)}</Button>
        <Button variant="outline" onClick={() => onApply(EMPTY_FILTER)}>
          {intl.formatMessage(m.clear)}
        </Button>
      </div>
    </form>
  );
}
