import type pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import { documentDates } from './document-dates.js';
import type { DocumentBlock, OfficeDocument } from './office-document.js';

type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

/** The font family the definition names; the renderer maps it to the embedded Japanese font. */
export const DOCUMENT_FONT = 'NotoSansCJK';

// A4 with margins a municipal binder's punch holes leave alone (left) and room for header and footer.
const MARGINS: [number, number, number, number] = [56, 64, 48, 56];

/**
 * The pdfmake definition of an office document: A4, the municipality in every page's header,
 * "n / total" in the footer, and each kind of block laid out the one way documents share.
 */
export function toPdfDefinition(document: OfficeDocument): TDocumentDefinitions {
  const dates = documentDates(document.era);
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title: document.title, creator: '連携 Renkei', producer: '連携 Renkei' },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10.5, lineHeight: 1.35 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      issued: { fontSize: 9.5, alignment: 'right', margin: [0, 0, 0, 12] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      paragraph: { margin: [0, 0, 0, 6] },
      note: { fontSize: 9.5, margin: [0, 4, 0, 8] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
      label: { bold: true },
      pageHeader: { fontSize: 9, color: '#333333' },
    },
    header: () => ({
      columns: [
        { text: document.municipality, style: 'pageHeader' },
        { text: document.title, style: 'pageHeader', alignment: 'right' },
      ],
      margin: [MARGINS[0], 28, MARGINS[2], 0],
    }),
    // A heading never ends a page alone: it moves to the next with what it heads.
    pageBreakBefore: (current, nodes) => current.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    footer: (currentPage: number, pageCount: number) => ({ text: `${currentPage} / ${pageCount}`, alignment: 'center', fontSize: 9, margin: [0, 20, 0, 0] }),
    content: [
      { text: document.title, style: 'title' },
      { text: `作成日 ${dates.date(document.issuedAt)}`, style: 'issued' },
      ...document.blocks.map(toContent),
    ],
  };
}

function toContent(block: DocumentBlock): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'heading', headlineLevel: 1 };
    case 'paragraph':
      return { text: block.text, style: 'paragraph' };
    case 'facts':
      return {
        table: { widths: [120, '*'], body: block.rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, value]) },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 8],
      };
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [...(block.widths ?? block.header.map(() => '*' as const))],
          body: [block.header.map((text): TableCell => ({ text, style: 'tableHeader' })), ...block.rows.map((row) => [...row])],
        },
        margin: [0, 0, 0, 8],
      };
    case 'list':
      return { ul: [...block.items], margin: [0, 0, 0, 6] };
    case 'note':
      return { table: { widths: ['*'], body: [[{ text: block.text, style: 'note' }]] }, margin: [0, 4, 0, 8] };
  }
}
