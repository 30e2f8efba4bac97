import { CombinedGraphQLErrors } from '@apollo/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderInJapanese } from '../test/render';
import { ExportMenu } from './ExportMenu';
import { downloadBase64 } from './files';

vi.mock('./files', () => ({ downloadBase64: vi.fn() }));

const FILE = { filename: 'ケース一覧_2026-12-03.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: 'UEsD' };

describe('ExportMenu', () => {
  beforeEach(() => vi.mocked(downloadBase64).mockClear());

  it('saves Excel, and CSV in UTF-8 or, when chosen, Shift_JIS, as the server names the file', async () => {
    const save = vi.fn().mockResolvedValue(FILE);
    renderInJapanese(<ExportMenu list="ケース一覧" save={save} />);
    const group = screen.getByRole('group', { name: 'ケース一覧を保存' });
    expect(group).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Excelで保存' }));
    expect(save).toHaveBeenLastCalledWith('XLSX', null);
    expect(downloadBase64).toHaveBeenLastCalledWith(FILE.base64, FILE.filename, FILE.contentType);

    await userEvent.click(screen.getByRole('button', { name: 'CSVで保存' }));
    expect(save).toHaveBeenLastCalledWith('CSV', 'UTF8');
    await userEvent.click(screen.getByRole('checkbox', { name: 'CSVをShift_JISで保存（古いExcel向け）' }));
    await userEvent.click(screen.getByRole('button', { name: 'CSVで保存' }));
    expect(save).toHaveBeenLastCalledWith('CSV', 'SHIFT_JIS');
    expect(downloadBase64).toHaveBeenCalledTimes(3);
  });

  it('says what to do when Shift_JIS cannot hold the list, and saves nothing', async () => {
    const refused = new CombinedGraphQLErrors({ errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', violations: [{ field: 'encoding', message: 'x' }] } }] });
    renderInJapanese(<ExportMenu list="マイタスク" save={() => Promise.reject(refused)} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Shift_JIS/ }));
    await userEvent.click(screen.getByRole('button', { name: 'CSVで保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Shift_JISのチェックを外して保存してください');
    expect(downloadBase64).not.toHaveBeenCalled();
  });
});
