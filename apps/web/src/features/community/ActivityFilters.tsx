import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { SelectField } from '../../ui/fields';
import { communityActivityKindLabels, m } from './messages';
import { periodError, type Period } from './period';
import { ACTIVITY_KINDS, validateActivitiesSearch, type ActivitiesSearch } from './search-params';

type FilterForm = {
  from: string;
  to: string;
  kind: string;
};

/** The log's period and kind; applied together on 表示する and kept in the address. */
export function ActivityFilters({ search, period }: { search: ActivitiesSearch; period: Period }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { control, register, handleSubmit, reset, setError, formState } = useForm<FilterForm>({ defaultValues: { ...period, kind: search.kind ?? '' } });
  // Going back or forward changes the address: the form shows what the log is for.
  useEffect(() => reset({ from: period.from, to: period.to, kind: search.kind ?? '' }), [period.from, period.to, search.kind, reset]);

  const go = (next: ActivitiesSearch) => void navigate({ to: '/community-activities', search: next });
  const submit = handleSubmit((values) => {
    const refused = periodError(values);
    if (refused) return setError(refused.field, { message: intl.formatMessage(m[refused.error]) });
    go(validateActivitiesSearch(values));
  });
  const errors = formState.errors;

  return (
    <section aria-label={intl.formatMessage(m.filters)} className="mb-8 rounded-8 border border-solid-gray-420 bg-white p-4">
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.periodHint)}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <Controller
            control={control}
            name="from"
            render={({ field }) => <DateField label={intl.formatMessage(m.from)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.from?.message} />}
          />
          <Controller
            control={control}
            name="to"
            render={({ field }) => <DateField label={intl.formatMessage(m.to)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={errors.to?.message} />}
          />
          <SelectField
            label={intl.formatMessage(m.kind)}
            options={[{ value: '', label: intl.formatMessage(m.allKinds) }, ...ACTIVITY_KINDS.map((kind) => ({ value: kind, label: label(intl, communityActivityKindLabels, kind) }))]}
            {...register('kind')}
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{intl.formatMessage(m.show)}</Button>
          {Object.keys(search).length > 0 && (
            <Button variant="text" onClick={() => go({})}>
              {intl.formatMessage(m.currentYear)}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
