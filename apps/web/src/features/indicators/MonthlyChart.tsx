import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { DataTable } from '../../ui/DataTable';
import { table } from '../../ui/table';
import { monthBars, type IndicatorMonth, type TargetLine } from './chart-data';
import { m, mv } from './messages';

// The design system's blue and gray, as the theme's CSS variables, so print and screen agree.
const BAR = 'var(--color-blue-900)';
const INK = 'var(--color-solid-gray-800)';
const TICK = { fill: INK, fontSize: 13 };

/**
 * An indicator by month: bars with their figure written on them and the target as a dashed,
 * labelled line (no meaning carried by colour alone), and beside it the same figures as a
 * table, which screen readers read instead of the drawing (hidden from them).
 */
export function MonthlyChart({ title, unit, byMonth, target }: { title: string; unit: string; byMonth: readonly IndicatorMonth[]; target: TargetLine | null }) {
  const intl = useIntl();
  const id = useId();
  const bars = monthBars(byMonth);
  const monthName = (month: number) => intl.formatMessage(mv.monthName, { month });
  const targetText = target && intl.formatMessage(target.perMonth ? mv.monthlyTarget : mv.targetLine, { value: intl.formatMessage(mv.value, { value: intl.formatNumber(target.value), unit }) });
  return (
    <figure aria-labelledby={id} className="flex flex-col gap-2">
      <figcaption id={id} className="text-std-16B-170">
        {intl.formatMessage(mv.chartTitle, { title })}
      </figcaption>
      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        <div aria-hidden="true" className="min-w-0 flex-1">
          <BarChart responsive accessibilityLayer={false} data={bars} margin={{ top: 24, right: 8, bottom: 0, left: 0 }} className="h-64 w-full">
            <CartesianGrid vertical={false} stroke="var(--color-solid-gray-200)" />
            <XAxis dataKey="month" tickFormatter={monthName} tick={TICK} interval={0} />
            <YAxis allowDecimals={false} tick={TICK} width={36} />
            <Bar dataKey="value" fill={BAR} isAnimationActive={false}>
              <LabelList dataKey="value" position="top" fill={INK} fontSize={13} formatter={(value) => intl.formatNumber(Number(value))} />
            </Bar>
            {target && targetText && (
              <ReferenceLine y={target.value} stroke={INK} strokeDasharray="6 4" strokeWidth={2} ifOverflow="extendDomain" label={{ value: targetText, position: 'insideBottomRight', fill: INK, fontSize: 13 }} />
            )}
          </BarChart>
        </div>
        <DataTable
          className="md:w-56 md:shrink-0"
          caption={intl.formatMessage(mv.tableCaption, { title })}
          captionClassName="sr-only"
          columns={[intl.formatMessage(m.colMonth), { key: 'actual', label: intl.formatMessage(mv.actualIn, { unit }), className: 'text-right' }]}
        >
          {bars.map((bar) => (
            <tr key={bar.month} className={table.row}>
              <th scope="row" className={`${table.cell} py-1 font-normal`}>
                {monthName(bar.month)}
              </th>
              <td className={`${table.cell} py-1 text-right tabular-nums`}>{intl.formatNumber(bar.value)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      {targetText && <p className="text-std-16N-170 text-solid-gray-700">{targetText}</p>}
    </figure>
  );
}
