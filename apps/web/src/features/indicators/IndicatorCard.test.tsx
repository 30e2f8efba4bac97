import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInJapanese } from '../../test/render';
import { IndicatorCard, type IndicatorFigures } from './IndicatorCard';

const intakes: IndicatorFigures = {
  key: 'INTAKES',
  title: '相談受付件数',
  unit: '件',
  value: 45,
  target: 60,
  breakdown: [
    { key: 'HOUSING', label: '住まい', value: 30 },
    { key: 'HEALTH', label: '健康', value: 15 },
  ],
  byMonth: [
    { month: '2026-04', value: 20 },
    { month: '2026-05', value: 25 },
  ],
  drillDown: true,
};

/** The card on a page of a small router, so its links resolve as in the app. */
async function renderCard(indicator: IndicatorFigures, onSetTarget?: (shown: IndicatorFigures) => void) {
  const root = createRootRoute();
  const page = createRoute({ getParentRoute: () => root, path: '/', component: () => <IndicatorCard indicator={indicator} search={{ year: 2026 }} wholeYear onSetTarget={onSetTarget} /> });
  const records = createRoute({ getParentRoute: () => root, path: '/indicators/records', component: () => null });
  const router = createRouter({ routeTree: root.addChildren([page, records]), history: createMemoryHistory({ initialEntries: ['/'] }) });
  renderInJapanese(<RouterProvider router={router} />);
  return screen.findByRole('article', { name: indicator.title });
}

describe('IndicatorCard', () => {
  it('shows the actual against the target, the breakdown and the months as a table', async () => {
    const card = await renderCard(intakes);
    expect(card).toHaveTextContent('実績45件');
    expect(card).toHaveTextContent('目標60件');
    expect(card).toHaveTextContent('目標に対して75%');
    const breakdown = within(card).getByRole('table', { name: '相談受付件数の内訳' });
    expect(within(breakdown).getAllByRole('row').map((row) => row.textContent)).toEqual(['項目値', '住まい30件', '健康15件']);
    expect(within(card).getByRole('figure', { name: '相談受付件数の月別の実績' })).toBeInTheDocument();
    const months = within(card).getByRole('table', { name: '相談受付件数の月別の実績（表）' });
    expect(within(months).getAllByRole('row').map((row) => row.textContent)).toEqual(['月実績（件）', '4月20', '5月25']);
    expect(within(card).getByRole('figure', { name: '相談受付件数の月別の実績' })).toHaveTextContent('目標（月あたり）5件');
  });

  it('links the figure and each breakdown line to the records behind them', async () => {
    const card = await renderCard(intakes);
    expect(within(card).getByRole('link', { name: '相談受付件数の記録を見る（45件）' })).toHaveAttribute('href', '/indicators/records?year=2026&key=INTAKES');
    expect(within(card).getByRole('link', { name: '住まい' })).toHaveAttribute('href', '/indicators/records?year=2026&key=INTAKES&cell=HOUSING');
  });

  it('links nothing when the reader may not open the records, and says when there is no target', async () => {
    const card = await renderCard({ ...intakes, target: null, drillDown: false });
    expect(within(card).queryAllByRole('link')).toEqual([]);
    expect(card).toHaveTextContent('目標未設定');
    expect(card).not.toHaveTextContent('目標に対して');
  });

  it('offers the administrator to set the target', async () => {
    const onSetTarget = vi.fn();
    const card = await renderCard(intakes, onSetTarget);
    await userEvent.click(within(card).getByRole('button', { name: '相談受付件数の目標を設定' }));
    expect(onSetTarget).toHaveBeenCalledWith(intakes);
  });
});
