import { describe, expect, it } from '@jest/globals';
import { AppConfig } from '@renkei/config';
import { DomainError } from '@renkei/kernel';
import { heading, type OfficeDocument, table } from './office-document.js';
import { PdfRenderer } from './pdf-renderer.js';

const document: OfficeDocument = {
  title: '提供記録',
  municipality: '桜市',
  issuedAt: new Date('2026-12-01T00:00:00Z'),
  era: false,
  blocks: [heading('提供の一覧'), table(['提供先', '項目'], Array.from({ length: 80 }, (_, i) => [`機関${i}`, '住まい']))],
};

const renderer = (fontDir?: string) => new PdfRenderer(AppConfig.fromEnvironment({ NODE_ENV: 'test', ...(fontDir ? { DOCUMENT_FONT_DIR: fontDir } : {}) }));

describe('the PDF renderer', () => {
  it('writes a PDF over several pages with the Japanese font', async () => {
    const bytes = await renderer().render(document);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('NotoSansCJKjp-Regular');
  });

  it('answers a missing font with the contract’s CONFLICT, naming the setting, not a stack', async () => {
    const failure = await renderer('/nonexistent/fonts')
      .render(document)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ kind: 'CONFLICT', message: expect.stringContaining('DOCUMENT_FONT_DIR') });
  });
});
