import { ConferenceStatus } from '@renkei/conferences';
import { ConsentState } from '@renkei/consent';
import { DisclosureWithholdingGround } from '@renkei/disclosure';
import { CATEGORY_LABELS, ConsentMethod, type DataCategory, ProvisionEffect, Purpose } from '@renkei/kernel';
import { GoalTerm, PlanStatus } from '@renkei/plans';

// The words the screens use (apps/web/src/app/labels.ts), so a printed document reads like the page.
// The labels of kernel, case and task enums live with those enums.

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
