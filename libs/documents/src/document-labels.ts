import { ConferenceStatus } from '@renkei/conferences';
import { ConsentState } from '@renkei/consent';
import { DisclosureWithholdingGround } from '@renkei/disclosure';
import { ConsentMethod, DataCategory, ProvisionEffect, Purpose, VisibilityBasis } from '@renkei/kernel';
import { GoalTerm, PlanStatus } from '@renkei/plans';
import { TaskStatus } from '@renkei/tasks';

// The words the screens use (apps/web/src/app/labels.ts), so a printed document reads like the page.

export const CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
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
  [DataCategory.PARTICIPATION]: '参加支援',
};

export const BASIS_LABELS: Readonly<Record<VisibilityBasis, string>> = {
  [VisibilityBasis.OWN_AGENCY]: '自機関',
  [VisibilityBasis.CONSENT]: '本人同意',
  [VisibilityBasis.SUPPORT_MEETING]: '支援会議',
  [VisibilityBasis.BREAK_GLASS]: '緊急時の閲覧',
};

export const CONSENT_METHOD_LABELS: Readonly<Record<ConsentMethod, string>> = {
  [ConsentMethod.WRITTEN]: '書面',
  [ConsentMethod.ORAL]: '口頭',
  [ConsentMethod.ELECTRONIC]: '電磁的方法',
};

export const CONFERENCE_STATUS_LABELS: Readonly<Record<ConferenceStatus, string>> = {
  [ConferenceStatus.SCHEDULED]: '開催予定',
  [ConferenceStatus.IN_PROGRESS]: '開催中',
  [ConferenceStatus.ENDED]: '終了',
  [ConferenceStatus.CANCELLED]: '中止',
};

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  [TaskStatus.REQUESTED]: '依頼中',
  [TaskStatus.ACCEPTED]: '受諾済み',
  [TaskStatus.IN_PROGRESS]: '対応中',
  [TaskStatus.ON_HOLD]: '保留',
  [TaskStatus.COMPLETED]: '完了',
  [TaskStatus.REJECTED]: '辞退',
  [TaskStatus.CANCELLED]: '取消',
};

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  [PlanStatus.DRAFT]: '作成中',
  [PlanStatus.PROPOSED]: '会議に提出',
  [PlanStatus.IN_PROGRESS]: '支援中',
  [PlanStatus.REVIEW]: '評価中',
  [PlanStatus.EVALUATED]: '評価済',
  [PlanStatus.WATCHING]: '見守り',
  [PlanStatus.CLOSED]: '終結',
  [PlanStatus.SUSPENDED]: '中断',
  [PlanStatus.SUPERSEDED]: '次版に移行',
};

export const GOAL_TERM_LABELS: Readonly<Record<GoalTerm, string>> = { [GoalTerm.LONG]: '長期目標', [GoalTerm.SHORT]: '短期目標' };

export const CONSENT_STATE_LABELS: Readonly<Record<ConsentState, string>> = {
  [ConsentState.PENDING]: '開始前',
  [ConsentState.ACTIVE]: '有効',
  [ConsentState.EXPIRED]: '期間満了',
  [ConsentState.REVOKED]: '撤回済み',
};

export const EFFECT_LABELS: Readonly<Record<ProvisionEffect, string>> = { [ProvisionEffect.PERMIT]: '提供に同意', [ProvisionEffect.DENY]: '提供しない' };

export const PURPOSE_LABELS: Readonly<Record<Purpose, string>> = {
  [Purpose.CASE_COORDINATION]: '支援の調整',
  [Purpose.CONFERENCE]: '会議での検討',
  [Purpose.REFERRAL]: 'つなぎ（紹介）',
};

/** A ground for withholding as the law names it: the article and its words. */
export const GROUND_LABELS: Readonly<Record<DisclosureWithholdingGround, string>> = {
  [DisclosureWithholdingGround.HARMS_PERSON]: '第78条第1項第1号 本人の生命・健康等を害するおそれ',
  [DisclosureWithholdingGround.THIRD_PARTY_INDIVIDUAL]: '第78条第1項第2号 第三者の個人情報',
  [DisclosureWithholdingGround.PUBLIC_SAFETY]: '第78条第1項第5号 公共の安全と秩序',
  [DisclosureWithholdingGround.IMPEDES_AFFAIRS]: '第78条第1項第7号 事務の適正な遂行に支障',
};

export const categories = (values: readonly DataCategory[]): string => values.map((c) => CATEGORY_LABELS[c]).join('、');
