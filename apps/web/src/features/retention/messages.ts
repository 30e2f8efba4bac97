import { defineMessage, defineMessages } from 'react-intl';

export const m = defineMessages({
  title: { id: 'retention.title', defaultMessage: '保存期間' },
  policies: { id: 'retention.policies', defaultMessage: '保存期間の設定' },
  policiesLead: {
    id: 'retention.policiesLead',
    defaultMessage: '種類ごとに、終了（事案の終結、同意の期限切れ・撤回、記録の日時）から何日保存するかを定めます。期間を過ぎたデータは毎時の処理で削除されます。期間を定めない種類は削除されません。',
  },
  kind: { id: 'retention.kind', defaultMessage: '種類' },
  period: { id: 'retention.period', defaultMessage: '保存期間' },
  updatedAt: { id: 'retention.updatedAt', defaultMessage: '設定日時' },
  actions: { id: 'retention.actions', defaultMessage: '操作' },
  kept: { id: 'retention.kept', defaultMessage: '期間を定めず保存' },
  edit: { id: 'retention.edit', defaultMessage: '変更' },
  days: { id: 'retention.days', defaultMessage: '保存期間（日数）' },
  daysInvalid: { id: 'retention.daysInvalid', defaultMessage: '範囲内の整数で入力してください。' },
  save: { id: 'retention.save', defaultMessage: '保存する' },
  report: { id: 'retention.report', defaultMessage: '削除の事前確認' },
  reportLead: {
    id: 'retention.reportLead',
    defaultMessage: '今の時点で保存期間を過ぎているデータの件数です。この確認では何も削除されません。アクセス記録・提供記録は古いものから順に削除され、削除した範囲の最後の記録のハッシュを起点として残すため、残りの記録の改ざん検証は引き続き行えます。',
  },
  cutoff: { id: 'retention.cutoff', defaultMessage: '基準日時' },
  count: { id: 'retention.count', defaultMessage: '対象件数' },
  oldest: { id: 'retention.oldest', defaultMessage: '最も古い終了日時' },
  none: { id: 'retention.none', defaultMessage: '―' },
  refresh: { id: 'retention.refresh', defaultMessage: '再確認する' },
  apply: { id: 'retention.apply', defaultMessage: '今すぐ削除する' },
  applyTitle: { id: 'retention.applyTitle', defaultMessage: '保存期間を過ぎたデータを削除しますか？' },
  applyConfirm: { id: 'retention.applyConfirm', defaultMessage: '削除する' },
  applying: { id: 'retention.applying', defaultMessage: '削除しています…' },
  nothingToApply: { id: 'retention.nothingToApply', defaultMessage: '保存期間を過ぎたデータはありません。' },
});

/** Messages with values. */
export const mv = {
  daysHint: defineMessage<{ min: number; max: number }>({ id: 'retention.daysHint', defaultMessage: '{min}日から{max}日までの日数。空欄にすると期間を定めず保存します。' }),
  periodDays: defineMessage<{ days: number }>({ id: 'retention.periodDays', defaultMessage: '{days, number}日' }),
  countValue: defineMessage<{ count: number }>({ id: 'retention.countValue', defaultMessage: '{count, number}件' }),
  editNamed: defineMessage<{ kind: string }>({ id: 'retention.editNamed', defaultMessage: '{kind}の保存期間を変更' }),
  editTitle: defineMessage<{ kind: string }>({ id: 'retention.editTitle', defaultMessage: '{kind}の保存期間' }),
  saved: defineMessage<{ kind: string }>({ id: 'retention.saved', defaultMessage: '{kind}の保存期間を保存しました。' }),
  applyBody: defineMessage<{ cases: number; consents: number; logs: number }>({
    id: 'retention.applyBody',
    defaultMessage:
      '終結した事案 {cases, number}件の個人情報と、期限切れの同意 {consents, number}件、アクセス記録・提供記録 {logs, number}件を削除します。元に戻せません。監査記録には種類・件数・基準日時（アクセス記録では起点のハッシュも）が記録されます。',
  }),
  applied: defineMessage<{ cases: number; consents: number; logs: number }>({
    id: 'retention.applied',
    defaultMessage: '削除しました（終結した事案 {cases, number}件、期限切れの同意 {consents, number}件、アクセス記録・提供記録 {logs, number}件）。',
  }),
};

/** 終結した事案 / 期限切れの同意 / アクセス記録・提供記録, by kind. */
export const kindLabels = defineMessages({
  CLOSED_CASES: { id: 'retention.kind.CLOSED_CASES', defaultMessage: '終結した事案' },
  EXPIRED_CONSENTS: { id: 'retention.kind.EXPIRED_CONSENTS', defaultMessage: '期限切れの同意' },
  ACCESS_LOGS: { id: 'retention.kind.ACCESS_LOGS', defaultMessage: 'アクセス記録・提供記録' },
});

/** What removing each kind means, shown under its name. */
export const kindNotes = defineMessages({
  CLOSED_CASES: { id: 'retention.note.CLOSED_CASES', defaultMessage: '終結の日から数えます。氏名・住所などの個人情報と記録の内容を削除し、統計に使う項目は残します。' },
  EXPIRED_CONSENTS: { id: 'retention.note.EXPIRED_CONSENTS', defaultMessage: '有効期限または撤回の日から数えます。同意とその提供範囲を削除します。' },
  ACCESS_LOGS: {
    id: 'retention.note.ACCESS_LOGS',
    defaultMessage: '記録の日時から数えます。提供記録は法令で保存期間が定められているため、1095日（3年）より短くはできません。古い記録から順に削除し、改ざん検証の起点を残します。',
  },
});

export const en: Record<string, string> = {
  'retention.title': 'Data retention',
  'retention.policies': 'Retention periods',
  'retention.policiesLead':
    'For each kind of data, how many days it is kept after it ends (a case closed, a consent expired or revoked, a record written). Data past its period is removed by the hourly job. A kind without a period is never removed.',
  'retention.kind': 'Kind',
  'retention.period': 'Retention period',
  'retention.updatedAt': 'Set at',
  'retention.actions': 'Actions',
  'retention.kept': 'Kept without a period',
  'retention.edit': 'Change',
  'retention.days': 'Retention period (days)',
  'retention.daysHint': 'From {min} to {max} days. Leave it empty to keep the data without a period.',
  'retention.daysInvalid': 'Enter a whole number within the range.',
  'retention.save': 'Save',
  'retention.report': 'Check before removal',
  'retention.reportLead':
    'What is past its retention period now. Checking removes nothing. Access and provision records are removed oldest first, and the hash of the last one removed is kept as the starting point, so the remaining records can still be checked for tampering.',
  'retention.cutoff': 'Cutoff',
  'retention.count': 'Records',
  'retention.oldest': 'Oldest end',
  'retention.none': '—',
  'retention.refresh': 'Check again',
  'retention.apply': 'Remove now',
  'retention.applyTitle': 'Remove the data past its retention period?',
  'retention.applyConfirm': 'Remove',
  'retention.applying': 'Removing…',
  'retention.nothingToApply': 'No data is past its retention period.',
  'retention.periodDays': '{days, number} days',
  'retention.countValue': '{count, number}',
  'retention.editNamed': 'Change the retention period of {kind}',
  'retention.editTitle': 'Retention period of {kind}',
  'retention.saved': 'Saved the retention period of {kind}.',
  'retention.applyBody':
    'The personal data of {cases, number} closed cases, {consents, number} expired consents and {logs, number} access and provision records will be removed. This cannot be undone. The audit trail records the kind, the count and the cutoff (for access records, also the starting hash).',
  'retention.applied': 'Removed ({cases, number} closed cases, {consents, number} expired consents, {logs, number} access and provision records).',
  'retention.kind.CLOSED_CASES': 'Closed cases',
  'retention.kind.EXPIRED_CONSENTS': 'Expired consents',
  'retention.kind.ACCESS_LOGS': 'Access and provision records',
  'retention.note.CLOSED_CASES': 'Counted from the closure. The name, address and other personal data and the records’ content are removed; the fields used in statistics stay.',
  'retention.note.EXPIRED_CONSENTS': 'Counted from the end of validity or the revocation. The consent and its provisions are removed.',
  'retention.note.ACCESS_LOGS':
    'Counted from when the record was written. The law sets a keeping period for provision records, so this cannot be shorter than 1095 days (3 years). Removed oldest first, keeping the starting point of the tamper check.',
};
