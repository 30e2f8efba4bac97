import type { ProvisionRecordModel } from '@renkei/audit';
import { CASE_STATUS_LABELS, type CaseModel } from '@renkei/cases';
import { BASIS_LABELS, CATEGORY_LABELS } from '@renkei/kernel';
import { REFERRAL_STATUS_LABELS, type ReferralModel } from '@renkei/participation';
import type { Sheet } from '@renkei/spreadsheets';
import { TASK_STATUS_LABELS, type TaskEntity } from '@renkei/tasks';
import { REFERRAL_END_REASON_LABELS } from './export-labels.js';

// How each list reads as a sheet: the columns of its page, in the page's words. The rows are
// what the list's own read returned to this reader; nothing here reads or decides access.

/** Where the reader has no basis to see who the person is, as the case list shows it (非開示). */
export const WITHHELD = '非開示';

export interface CaseRow {
  readonly case: CaseModel;
  /** Null when the record is withheld from this reader. */
  readonly subject: { readonly fullName: string; readonly fullNameKana: string } | null;
  readonly team: readonly string[];
}

export const casesSheet = (rows: readonly CaseRow[]): Sheet<CaseRow> => ({
  name: 'ケース一覧',
  columns: [
    { header: 'ケース', type: 'text', value: (r) => r.case.title },
    { header: '氏名', type: 'text', value: (r) => r.subject?.fullName ?? WITHHELD },
    { header: 'ふりがな', type: 'text', value: (r) => r.subject?.fullNameKana ?? WITHHELD },
    { header: '状態', type: 'text', value: (r) => CASE_STATUS_LABELS[r.case.status] },
    { header: '支援が必要な分野', type: 'text', value: (r) => r.case.needs.map((n) => CATEGORY_LABELS[n]).join('、') },
    { header: 'ケースチーム', type: 'text', value: (r) => r.team.join('、') },
    { header: '受付日時', type: 'datetime', value: (r) => r.case.openedAt },
    { header: '更新日時', type: 'datetime', value: (r) => r.case.updatedAt },
  ],
  rows,
});

export interface TaskRow {
  readonly task: Pick<TaskEntity, 'title' | 'status' | 'dueAt' | 'createdAt' | 'updatedAt'>;
  /** The case's title, as the reader may know the case. */
  readonly caseTitle: string;
  readonly assigneeAgency: string | null;
}

export const tasksSheet = (rows: readonly TaskRow[]): Sheet<TaskRow> => ({
  name: 'マイタスク',
  columns: [
    { header: 'タスク', type: 'text', value: (r) => r.task.title },
    { header: 'ケース', type: 'text', value: (r) => r.caseTitle },
    { header: '状態', type: 'text', value: (r) => TASK_STATUS_LABELS[r.task.status] },
    { header: '期限', type: 'datetime', value: (r) => r.task.dueAt },
    { header: '担当機関', type: 'text', value: (r) => r.assigneeAgency },
    { header: '依頼日時', type: 'datetime', value: (r) => r.task.createdAt },
    { header: '更新日時', type: 'datetime', value: (r) => r.task.updatedAt },
  ],
  rows,
});

export interface ProvisionRow {
  readonly record: ProvisionRecordModel;
  readonly provider: string;
  readonly recipient: string;
}

export const provisionsSheet = (rows: readonly ProvisionRow[]): Sheet<ProvisionRow> => ({
  name: '提供記録',
  columns: [
    { header: '提供日時', type: 'datetime', value: (r) => r.record.providedAt },
    { header: '本人', type: 'text', value: (r) => r.record.subjectName },
    { header: '提供した情報', type: 'text', value: (r) => r.record.categories.map((c) => CATEGORY_LABELS[c]).join('、') },
    { header: '根拠', type: 'text', value: (r) => BASIS_LABELS[r.record.basis] },
    { header: '提供元', type: 'text', value: (r) => r.provider },
    { header: '提供先', type: 'text', value: (r) => r.recipient },
  ],
  rows,
});

export interface ReferralRow {
  readonly referral: ReferralModel;
  /** The resource referred to; null when the referral's content is withheld. */
  readonly resource: string | null;
  readonly agency: string;
}

export const referralsSheet = (rows: readonly ReferralRow[]): Sheet<ReferralRow> => ({
  name: '参加支援',
  columns: [
    { header: '紹介先', type: 'text', value: (r) => (r.referral.redacted ? WITHHELD : r.resource) },
    { header: '状態', type: 'text', value: (r) => REFERRAL_STATUS_LABELS[r.referral.status] },
    { header: '終了理由', type: 'text', value: (r) => (r.referral.endReason ? REFERRAL_END_REASON_LABELS[r.referral.endReason] : null) },
    { header: 'つないだ機関', type: 'text', value: (r) => r.agency },
    { header: 'メモ', type: 'text', value: (r) => (r.referral.redacted ? WITHHELD : r.referral.note) },
    { header: '参加開始日時', type: 'datetime', value: (r) => r.referral.startedAt },
    { header: '次回フォロー（本人）', type: 'datetime', value: (r) => r.referral.followUpAt },
    { header: '次回フォロー（受入先）', type: 'datetime', value: (r) => r.referral.hostFollowUpAt },
    { header: '登録日時', type: 'datetime', value: (r) => r.referral.createdAt },
  ],
  rows,
});
