import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dayOfWeekLabels, label, participationFormLabels, resourceTargetLabels } from '../../app/labels';
import type { DayOfWeek } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { ChoiceGroup, choiceItem } from '../../ui/ChoiceGroup';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { m } from './messages';
import { RESOURCE_AREAS } from './operations';
import { DAYS } from './schedule';
import { hasFilters, PARTICIPATION_FORMS, RESOURCE_TARGETS, validateResourcesSearch, type ResourcesSearch } from './search-params';

interface FilterForm {
  q: string;
  targets: string[];
  forms: string[];
  area: string;
  day: string;
  at: string;
  inactive: boolean;
}

const toForm = (search: ResourcesSearch): FilterForm => ({
  q: search.q ?? '',
  targets: search.targets ?? [],
  forms: search.forms ?? [],
  area: search.area ?? '',
  day: search.day ?? '',
  at: search.at ?? '',
  inactive: search.inactive ?? false,
});

const checkboxGrid = 'grid gap-x-6 gap-y-2 grid-cols-2 sm:grid-cols-3 lg:grid-cols-5';

/** The directory's filters; applied together on 検索する and kept in the address. */
export function ResourceFilters({ search }: { search: ResourcesSearch }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const areas = useQuery(RESOURCE_AREAS).data?.resourceAreas ?? [];
  const { register, handleSubmit, reset } = useForm<FilterForm>({ defaultValues: toForm(search) });
  // Going back or forward changes the address: the form shows what the list is filtered by.
  useEffect(() => reset(toForm(search)), [search, reset]);

  const go = (next: ResourcesSearch) => void navigate({ to: '/resources', search: next });
  const submit = handleSubmit((values) => go(validateResourcesSearch({ ...values, inactive: values.inactive || undefined })));

  return (
    <section aria-label={intl.formatMessage(m.filters)} className="mb-6 rounded-8 border border-solid-gray-420 bg-white p-4">
      <form role="search" onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <TextField type="search" label={intl.formatMessage(m.search)} hint={intl.formatMessage(m.searchHint)} maxLength={100} {...register('q')} />
        <ChoiceGroup legend={intl.formatMessage(m.targets)} itemsClassName={checkboxGrid}>
          {RESOURCE_TARGETS.map((target) => (
            <Checkbox key={target} className={choiceItem} value={target} label={label(intl, resourceTargetLabels, target)} {...register('targets')} />
          ))}
        </ChoiceGroup>
        <ChoiceGroup legend={intl.formatMessage(m.forms)} itemsClassName={checkboxGrid}>
          {PARTICIPATION_FORMS.map((form) => (
            <Checkbox key={form} className={choiceItem} value={form} label={label(intl, participationFormLabels, form)} {...register('forms')} />
          ))}
        </ChoiceGroup>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField label={intl.formatMessage(m.area)} options={[{ value: '', label: intl.formatMessage(m.allAreas) }, ...areas.map((area) => ({ value: area, label: area }))]} {...register('area')} />
          <SelectField
            label={intl.formatMessage(m.dayOfWeek)}
            options={[{ value: '', label: intl.formatMessage(m.anyDay) }, ...DAYS.map((day: DayOfWeek) => ({ value: day, label: label(intl, dayOfWeekLabels, day) }))]}
            {...register('day')}
          />
          <TextField type="time" label={intl.formatMessage(m.at)} hint={intl.formatMessage(m.atHint)} {...register('at')} />
        </div>
        <Checkbox label={intl.formatMessage(m.includeInactive)} {...register('inactive')} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit">{intl.formatMessage(m.searchSubmit)}</Button>
          {hasFilters(search) && (
            <Button variant="text" onClick={() => go({})}>
              {intl.formatMessage(m.searchClear)}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
