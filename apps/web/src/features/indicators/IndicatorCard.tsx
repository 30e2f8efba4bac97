import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { table } from '../../ui/table';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { achievement, targetLine } from './chart-data';
import { m, mv } from './messages';
import { MonthlyChart } from './MonthlyChart';
import type { IndicatorsSearch } from './period';

/** An indicator as the report gives it. */
export type IndicatorFigures = IndicatorFieldsFragment;

/**
 * One indicator: the actual against its target, its breakdown and its months. A figure links
 * to the records behind it only when the reader may open them; the administrator sets targets.
 */
export function IndicatorCard({ indicator, search, wholeYear, onSetTarget }: { indicator: IndicatorFigures; search: IndicatorsSearch; wholeYear: boolean; onSetTarget?: (indicator: IndicatorFigures) => void }) {
  const intl = useIntl();
  const id = useId();
  const { key, title, unit, value, target, breakdown, byMonth, drillDown } = indicator;
  const figure = (number: number) => intl.formatMessage(mv.value, { value: intl.formatNumber(number), unit });
  const share = achievement(value, target);
  const records = (cell?: string) => ({ ...search, key, ...(cell ? { cell } : {}) });
  return (
    <article aria-labelledby={id} className="flex break-inside-avoid flex-col gap-4 rounded-8 border border-solid-gray-420 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={id} className="text-std-20B-150 text-solid-gray-900">
          {title}
        </h3>
        {onSetTarget && (
          <Button variant="outline" size="sm" className="print:hidden" aria-label={intl.formatMessage(mv.setTargetOf, { title })} onClick={() => onSetTarget(indicator)}>
            {intl.formatMessage(m.setTarget)}
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-baseline gap-x-8 gap-y-2">
        <dl className="flex flex-wrap items-baseline gap-x-8 gap-y-2">
          <div className="flex items-baseline gap-2">
            <dt className="text-std-16B-170 text-solid-gray-800">{intl.formatMessage(m.actual)}</dt>
            <dd className="text-std-32B-150 text-solid-gray-900 tabular-nums">
              {drillDown ? (
                <Link to="/indicators/records" search={records()} className={linkText} aria-label={intl.formatMessage(mv.showRecordsOf, { title, figure: figure(value) })}>
                  {figure(value)}
                </Link>
              ) : (
                figure(value)
              )}
            </dd>
          </div>
          <div className="flex items-baseline gap-2">
            <dt className="text-std-16B-170 text-solid-gray-800">{intl.formatMessage(m.target)}</dt>
            <dd className="text-std-20N-150 tabular-nums">{target == null ? intl.formatMessage(m.noTarget) : figure(target)}</dd>
          </div>
        </dl>
        {share !== null && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(mv.achievement, { percent: intl.formatNumber(share, { style: 'percent' }) })}</p>}
      </div>
      {breakdown.length > 0 && (
        <DataTable caption={intl.formatMessage(mv.breakdownCaption, { title })} columns={[intl.formatMessage(m.colItem), { key: 'value', label: intl.formatMessage(m.colValue), className: 'text-right' }]}>
          {breakdown.map((cell) => (
            <tr key={cell.key} className={table.row}>
              <th scope="row" className={`${table.cell} font-normal`}>
                {drillDown ? (
                  <Link to="/indicators/records" search={records(cell.key)} className={linkText}>
                    {cell.label}
                  </Link>
                ) : (
                  cell.label
                )}
              </th>
              <td className={`${table.cell} text-right tabular-nums`}>{figure(cell.value)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {byMonth.length > 0 && <MonthlyChart title={title} unit={unit} byMonth={byMonth} target={targetLine(target, unit, wholeYear)} />}
    </article>
  );
}
