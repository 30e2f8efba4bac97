import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInJapanese } from '../../test/render';
import type { IndicatorFigures } from './IndicatorCard';
import { SET_INDICATOR_TARGET } from './operations';
import { TargetDialog } from './TargetDialog';

const conferences: IndicatorFigures = { key: 'CONFERENCES_HELD', title: '会議開催回数（種類別）', unit: '回', value: 3, target: 24, breakdown: [], byMonth: [], drillDown: true };

/** What the server answers to a target set for the 年度 2026 of one agency. */
const setTo = (value: number | null) => ({
  request: { query: SET_INDICATOR_TARGET, variables: { input: { key: 'CONFERENCES_HELD', fiscalYear: 2026, month: null, agencyId: 'a-1', value } } },
  result: { data: { setIndicatorTarget: { __typename: 'IndicatorTarget' as const, key: 'CONFERENCES_HELD' as const, fiscalYear: 2026, month: null, agencyId: 'a-1', value } } },
});

function renderDialog(mocks: ReturnType<typeof setTo>[]) {
  const onClose = vi.fn();
  renderInJapanese(
    <MockedProvider mocks={mocks}>
      <TargetDialog indicator={conferences} period={{ fiscalYear: 2026, month: null }} periodLabel="2026年度" agencyId="a-1" onClose={onClose} />
    </MockedProvider>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: '会議開催回数（種類別）の目標（2026年度）' }) };
}

describe('TargetDialog', () => {
  it('starts from the target set, refuses a negative one where it is typed, and sends a number', async () => {
    const { dialog, onClose } = renderDialog([setTo(30)]);
    const field = screen.getByLabelText('目標値');
    expect(field).toHaveValue('24');
    await userEvent.clear(field);
    await userEvent.type(field, '-3');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(dialog).toHaveTextContent('0以上の数値で入力してください。');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, '30');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('clears the target when the field is emptied', async () => {
    const { onClose } = renderDialog([setTo(null)]);
    await userEvent.clear(screen.getByLabelText('目標値'));
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
