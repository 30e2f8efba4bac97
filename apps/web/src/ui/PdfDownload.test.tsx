import { CombinedGraphQLErrors } from '@apollo/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderInJapanese } from '../test/render';
import { downloadBase64 } from './files';
import { PdfDownload } from './PdfDownload';

vi.mock('./files', () => ({ downloadBase64: vi.fn() }));

const FILE = { filename: '会議録_第3回_2026-12-03.pdf', contentType: 'application/pdf', base64: 'JVBERi0=' };

describe('PdfDownload', () => {
  beforeEach(() => vi.mocked(downloadBase64).mockClear());

  it('saves the PDF the server writes, in 和暦 when the reader ticks it', async () => {
    const save = vi.fn().mockResolvedValue(FILE);
    renderInJapanese(<PdfDownload document="提供記録" save={save} />);
    expect(screen.getByRole('group', { name: '提供記録のPDF' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(save).toHaveBeenLastCalledWith(false);
    expect(downloadBase64).toHaveBeenLastCalledWith(FILE.base64, FILE.filename, 'application/pdf');

    await userEvent.click(screen.getByRole('checkbox', { name: 'PDFの日付を和暦にする' }));
    await userEvent.click(screen.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(save).toHaveBeenLastCalledWith(true);
  });

  it('follows the page’s own 和暦 choice when it has one, offering no second checkbox', async () => {
    const save = vi.fn().mockResolvedValue(FILE);
    renderInJapanese(<PdfDownload document="会議録" era save={save} />);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(save).toHaveBeenLastCalledWith(true);
  });

  it('says why when the server refuses, and saves nothing', async () => {
    const refused = new CombinedGraphQLErrors({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });
    renderInJapanese(<PdfDownload document="本人開示" save={() => Promise.reject(refused)} />);
    await userEvent.click(screen.getByRole('button', { name: 'PDFをダウンロード' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(downloadBase64).not.toHaveBeenCalled();
  });
});
