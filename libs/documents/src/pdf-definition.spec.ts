import { describe, expect, it } from '@jest/globals';
import { facts, heading, list, note, type OfficeDocument, paragraph, table } from './office-document.js';
import { DOCUMENT_FONT, toPdfDefinition } from './pdf-definition.js';

const document: OfficeDocument = {
  title: '会議録',
  municipality: '桜市',
  issuedAt: new Date('2026-12-01T14:30:00Z'), // 23:30 JST: already 12月1日 in Japan, not yet the 2nd
  era: false,
  blocks: [heading('出席者'), paragraph('生活状況を共有した'), facts([['会長', '山田']]), table(['内容', '担当'], [['調整', '保健センター']], ['*', 120]), list(['一', '二']), note('守秘義務')],
};

describe('an office document as a pdfmake definition', () => {
  const definition = toPdfDefinition(document);
  const content = definition.content as unknown[];

  it('is A4 in the embedded Japanese font, titled, with the day it was issued in JST', () => {
    expect(definition.pageSize).toBe('A4');
    expect(definition.defaultStyle).toMatchObject({ font: DOCUMENT_FONT });
    expect(content.slice(0, 2)).toEqual([expect.objectContaining({ text: '会議録', style: 'title' }), expect.objectContaining({ text: '作成日 2026年12月1日' })]);
  });

  it('prints 和暦 when asked', () => {
    expect((toPdfDefinition({ ...document, era: true }).content as unknown[])[1]).toMatchObject({ text: '作成日 令和8年12月1日' });
  });

  it('names the municipality in every page header and numbers pages "n / total"', () => {
    const header = typeof definition.header === 'function' ? definition.header(2, 3, { width: 595, height: 842, orientation: 'portrait' }) : null;
    expect(JSON.stringify(header)).toContain('桜市');
    const footer = typeof definition.footer === 'function' ? definition.footer(2, 3, { width: 595, height: 842, orientation: 'portrait' }) : null;
    expect(footer).toMatchObject({ text: '2 / 3' });
  });

  it('repeats a table’s header row on each page and never splits a row', () => {
    expect(content[5]).toMatchObject({
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 120], body: [[{ text: '内容', style: 'tableHeader' }, { text: '担当', style: 'tableHeader' }], ['調整', '保健センター']] },
    });
  });

  it('lays out each kind of block the one way: heading, paragraph, facts, list, note', () => {
    expect(content[2]).toMatchObject({ text: '出席者', style: 'heading', headlineLevel: 1 });
    expect(content[3]).toMatchObject({ text: '生活状況を共有した', style: 'paragraph' });
    expect(content[4]).toMatchObject({ table: { widths: [120, '*'], body: [[{ text: '会長', style: 'label' }, '山田']] } });
    expect(content[6]).toMatchObject({ ul: ['一', '二'] });
    expect(JSON.stringify(content[7])).toContain('守秘義務');
  });

  it('keeps a heading with what follows it: a heading left last on a page moves to the next', () => {
    const breakBefore = definition.pageBreakBefore;
    if (!breakBefore) throw new Error('no page break rule');
    const nodes = (following: number) => ({ getFollowingNodesOnPage: () => Array.from({ length: following }, () => ({})), getNodesOnNextPage: () => [], getPreviousNodesOnPage: () => [] });
    expect(breakBefore({ headlineLevel: 1 } as never, nodes(0) as never)).toBe(true);
    expect(breakBefore({ headlineLevel: 1 } as never, nodes(2) as never)).toBe(false);
    expect(breakBefore({} as never, nodes(0) as never)).toBe(false);
  });
});
