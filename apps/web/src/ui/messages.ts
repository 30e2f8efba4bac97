import { defineMessage, defineMessages } from 'react-intl';

export const m = defineMessages({
  required: { id: 'ui.required', defaultMessage: '※必須' },
  loading: { id: 'ui.loading', defaultMessage: '読み込み中…' },
  close: { id: 'ui.close', defaultMessage: '閉じる' },
  cancel: { id: 'ui.cancel', defaultMessage: 'キャンセル' },
  save: { id: 'ui.save', defaultMessage: '保存する' },
  retry: { id: 'ui.retry', defaultMessage: '再読み込み' },
  noItems: { id: 'ui.noItems', defaultMessage: '該当するものはありません。' },
  exportXlsx: { id: 'ui.export.xlsx', defaultMessage: 'Excelで保存' },
  exportCsv: { id: 'ui.export.csv', defaultMessage: 'CSVで保存' },
  exportShiftJis: { id: 'ui.export.shiftJis', defaultMessage: 'CSVをShift_JISで保存（古いExcel向け）' },
  exportNotShiftJis: { id: 'ui.export.notShiftJis', defaultMessage: 'Shift_JISで表せない文字が含まれています。Shift_JISのチェックを外して保存してください。' },
  pdfDownload: { id: 'ui.pdf.download', defaultMessage: 'PDFをダウンロード' },
  pdfEra: { id: 'ui.pdf.era', defaultMessage: 'PDFの日付を和暦にする' },
});

/** Messages with values, typed by them. */
export const mv = {
  exportGroup: defineMessage<{ list: string }>({ id: 'ui.export.group', defaultMessage: '{list}を保存' }),
  pdfGroup: defineMessage<{ document: string }>({ id: 'ui.pdf.group', defaultMessage: '{document}のPDF' }),
};

/** English texts, by message id (the errors' too). */
export const en: Record<string, string> = {
  'ui.required': '* Required',
  'ui.loading': 'Loading…',
  'ui.close': 'Close',
  'ui.cancel': 'Cancel',
  'ui.save': 'Save',
  'ui.retry': 'Reload',
  'ui.noItems': 'Nothing to show.',
  'ui.export.group': 'Save {list}',
  'ui.export.xlsx': 'Save as Excel',
  'ui.export.csv': 'Save as CSV',
  'ui.export.shiftJis': 'Save CSV in Shift_JIS (for older Excel)',
  'ui.export.notShiftJis': 'The list holds characters Shift_JIS cannot represent. Clear the Shift_JIS option and save again.',
  'ui.pdf.download': 'Download PDF',
  'ui.pdf.era': 'Japanese era dates in the PDF',
  'ui.pdf.group': 'PDF of {document}',
  'error.unauthenticated': 'Your session has ended. Please sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'Not found: it was removed, or you may not see it.',
  'error.badInput': 'Some entries are not valid. Please check them.',
  'error.conflict': 'This was changed meanwhile. Check the latest content and try again.',
  'error.rateLimited': 'Too many attempts. Please wait about {seconds} seconds and try again.',
  'error.network': 'The server cannot be reached. Check the connection and try again.',
  'error.unknown': 'This could not be completed. Please try again later.',
};
