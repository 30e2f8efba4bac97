import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderInJapanese } from '../test/render';
import { ConfirmDialog } from './ConfirmDialog';

describe('ConfirmDialog', () => {
  it('confirms by its own label and cancels by 「キャンセル」', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    renderInJapanese(<ConfirmDialog title="利用者の無効化" lead="元に戻せません。" confirmLabel="無効にする" onConfirm={onConfirm} onCancel={onCancel} loading={false} />);
    expect(screen.getByRole('dialog', { name: '利用者の無効化' })).toHaveTextContent('元に戻せません。');
    await userEvent.click(screen.getByRole('button', { name: '無効にする' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'キャンセル' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the busy label and refuses a second send while sending', () => {
    renderInJapanese(<ConfirmDialog title="撤回" confirmLabel="撤回する" busyLabel="送信中…" cancelLabel="閉じる" onConfirm={() => undefined} onCancel={() => undefined} loading />);
    expect(screen.getByRole('button', { name: '送信中…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '閉じる' })).toBeEnabled();
  });
});
