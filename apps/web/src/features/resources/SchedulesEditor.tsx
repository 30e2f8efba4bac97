import { useFieldArray, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dayOfWeekLabels, label } from '../../app/labels';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { m, mv } from './messages';
import { emptySchedule, type ResourceForm } from './resource-form';
import { DAYS } from './schedule';

/** 開催日時: the weekly rows (day, opening and closing time, a note), added and removed freely. */
export function SchedulesEditor() {
  const intl = useIntl();
  const { control, register, formState } = useFormContext<ResourceForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'schedules' });
  const error = useCheckMessage(m);
  const days = DAYS.map((day) => ({ value: day, label: label(intl, dayOfWeekLabels, day) }));
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{intl.formatMessage(m.schedulesLegend)}</legend>
      {fields.map((field, index) => {
        const errors = formState.errors.schedules?.[index];
        const n = index + 1;
        return (
          <fieldset key={field.id} className="grid items-end gap-4 rounded-8 border border-solid-gray-420 p-4 sm:grid-cols-2 lg:grid-cols-[8rem_9rem_9rem_minmax(0,1fr)_auto]">
            <legend className="px-1 text-std-16B-170">{intl.formatMessage(mv.scheduleRow, { n })}</legend>
            <SelectField label={intl.formatMessage(m.dayOfWeek)} options={days} error={error(errors?.dayOfWeek?.message)} {...register(`schedules.${index}.dayOfWeek`)} />
            <TextField type="time" label={intl.formatMessage(m.opensAt)} error={error(errors?.opensAt?.message)} {...register(`schedules.${index}.opensAt`)} />
            <TextField type="time" label={intl.formatMessage(m.closesAt)} error={error(errors?.closesAt?.message)} {...register(`schedules.${index}.closesAt`)} />
            <TextField label={intl.formatMessage(m.scheduleNote)} error={error(errors?.note?.message)} {...register(`schedules.${index}.note`)} />
            <Button variant="text" onClick={() => remove(index)}>
              {intl.formatMessage(mv.removeSchedule, { n })}
            </Button>
          </fieldset>
        );
      })}
      <div>
        <Button variant="outline" onClick={() => append(emptySchedule())}>
          {intl.formatMessage(m.addSchedule)}
        </Button>
      </div>
    </fieldset>
  );
}
