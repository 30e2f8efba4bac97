import { CaseStatus } from '@renkei/cases';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { ReferralEndReason, ReferralStatus } from '@renkei/participation';
import { TaskStatus } from '@renkei/tasks';

// The words the screens use (apps/web/src/app/labels.ts), so a saved list reads like the page it came from.

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  [CaseStatus.INTAKE]: '相談受付',
  [CaseStatus.ASSESSMENT]: 'アセスメント',
  [CaseStatus.PLANNING]: 'プラン作成',
  [CaseStatus.IN_SUPPORT]: '支援中',
  [CaseStatus.REVIEW]: 'モニタリング・評価',
  [CaseStatus.WATCHING]: '見守り',
  [CaseStatus.CLOSED]: '終結',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  [TaskStatus.REQUESTED]: '依頼中',
  [TaskStatus.ACCEPTED]: '受諾済み',
  [TaskStatus.IN_PROGRESS]: '対応中',
  [TaskStatus.ON_HOLD]: '保留',
  [TaskStatus.COMPLETED]: '完了',
  [TaskStatus.REJECTED]: '辞退',
  [TaskStatus.CANCELLED]: '取消',
};

export const CATEGORY_LABELS: Record<DataCategory, string> = {
  [DataCategory.BASIC]: '基本情報',
  [DataCategory.HOUSING]: '住まい',
  [DataCategory.HEALTH]: '健康',
  [DataCategory.MENTAL_HEALTH]: '精神保健',
  [DataCategory.DISABILITY]: '障害',
  [DataCategory.FINANCES]: '家計',
  [DataCategory.EMPLOYMENT]: '就労',
  [DataCategory.LEGAL]: '法律',
  [DataCategory.EDUCATION]: '教育',
  [DataCategory.FAMILY]: '家族',
  [DataCategory.CARE_NEEDS]: '介護',
  [DataCategory.SAFEGUARDING]: '権利擁護・虐待対応',
  [DataCategory.PARTICIPATION]: '参加支援（社会資源へのつなぎ）',
};

export const BASIS_LABELS: Record<VisibilityBasis, string> = {
  [VisibilityBasis.OWN_AGENCY]: '自機関',
  [VisibilityBasis.CONSENT]: '本人同意',
  [VisibilityBasis.SUPPORT_MEETING]: '支援会議',
  [VisibilityBasis.BREAK_GLASS]: '緊急時の閲覧',
};

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  [ReferralStatus.PROPOSED]: '提案',
  [ReferralStatus.AGREED]: '本人同意',
  [ReferralStatus.INTRODUCED]: '紹介済',
  [ReferralStatus.STARTED]: '参加開始',
  [ReferralStatus.CONTINUING]: '継続中',
  [ReferralStatus.ENDED]: '終了',
  [ReferralStatus.DECLINED]: '見送り',
};

export const REFERRAL_END_REASON_LABELS: Record<ReferralEndReason, string> = {
  [ReferralEndReason.GOAL_REACHED]: '目標を達成した',
  [ReferralEndReason.PERSON_WITHDREW]: '本人の希望',
  [ReferralEndReason.NOT_SUITABLE]: '本人に合わなかった',
  [ReferralEndReason.HOST_UNAVAILABLE]: '受入先の事情',
  [ReferralEndReason.CIRCUMSTANCES_CHANGED]: '本人の状況の変化（入院・転居など）',
  [ReferralEndReason.OTHER]: 'その他',
};
