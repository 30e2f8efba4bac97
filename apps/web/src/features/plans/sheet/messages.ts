import { defineMessage, defineMessages } from 'react-intl';

// The プランシート: the printed 支援プラン in the order of the national manual's プラン兼利用申込書
// (the person's wishes first).

export const m = defineMessages({
  pageTitle: { id: 'planSheet.pageTitle', defaultMessage: 'プランシート' },
  print: { id: 'planSheet.print', defaultMessage: '印刷' },
  download: { id: 'planSheet.download', defaultMessage: 'ダウンロード' },
  downloadHint: { id: 'planSheet.downloadHint', defaultMessage: '印刷と同じ内容のHTMLファイルを保存します。' },
  eraToggle: { id: 'planSheet.eraToggle', defaultMessage: '日付を和暦で表示する' },
  caseTitle: { id: 'planSheet.caseTitle', defaultMessage: 'ケース' },
  writtenBy: { id: 'planSheet.writtenBy', defaultMessage: '作成機関' },
  createdAt: { id: 'planSheet.createdAt', defaultMessage: '作成日' },
  colTerm: { id: 'planSheet.col.term', defaultMessage: '区分' },
  colGoal: { id: 'planSheet.col.goal', defaultMessage: '目標' },
  colTarget: { id: 'planSheet.col.target', defaultMessage: '目標期日' },
  colAgency: { id: 'planSheet.col.agency', defaultMessage: '担当機関' },
  colAction: { id: 'planSheet.col.action', defaultMessage: '支援の内容' },
  colFrequency: { id: 'planSheet.col.frequency', defaultMessage: '頻度' },
  noRoles: { id: 'planSheet.noRoles', defaultMessage: '（役割分担なし）' },
  referrals: { id: 'planSheet.referrals', defaultMessage: '参加支援・アウトリーチ' },
  participation: { id: 'planSheet.participation', defaultMessage: '参加支援へのつなぎ' },
  outreach: { id: 'planSheet.outreach', defaultMessage: 'アウトリーチ等を通じた継続的支援' },
  planned: { id: 'planSheet.planned', defaultMessage: '予定あり' },
  notPlanned: { id: 'planSheet.notPlanned', defaultMessage: '予定なし' },
  follow: { id: 'planSheet.follow', defaultMessage: '主担当機関・モニタリング' },
  agreementDate: { id: 'planSheet.agreementDate', defaultMessage: '同意日' },
  approval: { id: 'planSheet.approval', defaultMessage: '承認（支援決定）' },
  approvalConference: { id: 'planSheet.approvalConference', defaultMessage: '承認した会議' },
  approvalDate: { id: 'planSheet.approvalDate', defaultMessage: '承認日' },
  notRecorded: { id: 'planSheet.notRecorded', defaultMessage: '未記録' },
  notApproved: { id: 'planSheet.notApproved', defaultMessage: '未承認' },
});

export const mv = {
  heading: defineMessage<{ number: number }>({ id: 'planSheet.heading', defaultMessage: '支援プラン（第{number}版）' }),
  fileName: defineMessage<{ number: number; title: string }>({ id: 'planSheet.fileName', defaultMessage: '支援プラン_{title}_第{number}版' }),
};

/** English texts, by message id. */
export const en: Record<string, string> = {
  'planSheet.pageTitle': 'Plan sheet',
  'planSheet.print': 'Print',
  'planSheet.download': 'Download',
  'planSheet.downloadHint': 'Saves the same sheet as an HTML file.',
  'planSheet.eraToggle': 'Show dates in the Japanese era',
  'planSheet.caseTitle': 'Case',
  'planSheet.writtenBy': 'Written by',
  'planSheet.createdAt': 'Written on',
  'planSheet.col.term': 'Term',
  'planSheet.col.goal': 'Goal',
  'planSheet.col.target': 'Target date',
  'planSheet.col.agency': 'Agency',
  'planSheet.col.action': 'What it does',
  'planSheet.col.frequency': 'How often',
  'planSheet.noRoles': '(no roles)',
  'planSheet.referrals': 'Participation support and outreach',
  'planSheet.participation': 'Referral to participation support (参加支援)',
  'planSheet.outreach': 'Continued support through outreach',
  'planSheet.planned': 'Planned',
  'planSheet.notPlanned': 'Not planned',
  'planSheet.follow': 'Lead agency and monitoring',
  'planSheet.agreementDate': 'Date',
  'planSheet.approval': 'Approval (支援決定)',
  'planSheet.approvalConference': 'Approved in',
  'planSheet.approvalDate': 'Approved on',
  'planSheet.notRecorded': 'Not recorded',
  'planSheet.notApproved': 'Not approved',
  'planSheet.heading': 'Support plan (version {number})',
  'planSheet.fileName': 'support-plan_{title}_v{number}',
};
