import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { m, mv } from './messages';
import { INDICATOR_AGENCIES } from './operations';
import { FISCAL_MONTHS, fiscalYearChoices, validateIndicatorsSearch, type IndicatorsSearch, type PeriodChoice } from './period';

type FilterForm = { year: string; month: string; agency: string };

const formOf = (period: PeriodChoice, search: IndicatorsSearch): FilterForm => ({ year: String(period.fiscalYear), month: period.month === null ? '' : String(period.month), agency: search.agency ?? '' });

/** 年度, 月 (or the whole 年度) and 機関 (or all): applied together on 表示する and kept in the address. */
export function IndicatorFilters({ search, period }: { search: IndicatorsSearch; period: PeriodChoice }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { data } = useQuery(INDICATOR_AGENCIES);
  const { register, handleSubmit, reset } = useForm<FilterForm>({ defaultValues: formOf(period, search) });
  const { fiscalYear, month } = period;
  const { agency } = search;
  // Going back or forward changes the address: the form shows what the figures are for (the
  // agency once the list of agencies has arrived to hold it).
  useEffect(() => reset(formOf({ fiscalYear, month }, { agency })), [fiscalYear, month, agency, data, reset]);
  const submit = handleSubmit((values) => void navigate({ to: '/indicators', search: validateIndicatorsSearch(values) }));
  return (
    <section aria-label={intl.formatMessage(m.filters)} className="mb-8 rounded-8 border border-solid-gray-420 bg-white p-4 print:hidden">
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-wrap items-end gap-4">
        <div className="w-40">
          <SelectField label={intl.formatMessage(m.fiscalYear)} options={fiscalYearChoices().map((year) => ({ value: String(year), label: intl.formatMessage(mv.periodYear, { year }) }))} {...register('year')} />
        </div>
        <div className="w-40">
          <SelectField
            label={intl.formatMessage(m.month)}
            options={[{ value: '', label: intl.formatMessage(m.wholeYear) }, ...FISCAL_MONTHS.map((month) => ({ value: String(month), label: intl.formatMessage(mv.monthName, { month }) }))]}
            {...register('month')}
          />
        </div>
        <div className="w-80 max-w-full">
          <SelectField
            label={intl.formatMessage(m.agency)}
            options={[{ value: '', label: intl.formatMessage(m.allAgencies) }, ...(data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name }))]}
            {...register('agency')}
          />
        </div>
        <Button type="submit">{intl.formatMessage(m.show)}</Button>
      </form>
    </section>
  );
}
