import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { MAX_BODIES, MAX_BODY, type ActivityForm } from './activity-form';
import { m, mv } from './messages';

/** 参加団体: one name a row, added and removed freely (counted as distinct bodies in the totals). */
export function BodiesEditor() {
  const intl = useIntl();
  const { control, register, formState } = useFormContext<ActivityForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'bodies' });
  const error = useCheckMessage(m);
  const hintId = useId();
  const listError = formState.errors.bodies?.message ?? formState.errors.bodies?.root?.message;
  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={hintId}>
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{intl.formatMessage(m.bodiesLegend)}</legend>
      <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
        {intl.formatMessage(m.bodiesHint)}
      </p>
      {fields.length > 0 && (
        <ol className="flex flex-col gap-3">
          {fields.map((field, index) => (
            <li key={field.id} className="grid items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto]">
              <TextField label={intl.formatMessage(mv.bodyRow, { n: index + 1 })} maxLength={MAX_BODY} error={error(formState.errors.bodies?.[index]?.name?.message)} {...register(`bodies.${index}.name`)} />
              <Button variant="text" onClick={() => remove(index)}>
                {intl.formatMessage(mv.removeBody, { n: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      )}
      {listError && <p className="text-dns-16N-130 text-error-1">＊{error(listError)}</p>}
      <div>
        <Button variant="outline" disabled={fields.length >= MAX_BODIES} onClick={() => append({ name: '' })}>
          {intl.formatMessage(m.addBody)}
        </Button>
      </div>
    </fieldset>
  );
}
