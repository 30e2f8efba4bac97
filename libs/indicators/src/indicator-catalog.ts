import { CASE_INDICATOR_FACTS } from '@renkei/cases';
import { COMMUNITY_INDICATOR_FACTS } from '@renkei/community';
import { CONFERENCE_INDICATOR_FACTS } from '@renkei/conferences';
import { CONSENT_INDICATOR_FACTS } from '@renkei/consent';
import { EMERGENCY_INDICATOR_FACTS } from '@renkei/emergency';
import { PARTICIPATION_INDICATOR_FACTS } from '@renkei/participation';
import { PLAN_INDICATOR_FACTS } from '@renkei/plans';
import { TASK_INDICATOR_FACTS } from '@renkei/tasks';
import type { CellLabels } from './cell-labels.js';
import type { FactSource } from './fact-source.js';
import { IndicatorGroupKey, IndicatorKey, IndicatorRecordKind } from './indicator-enums.js';

export interface IndicatorDefinition {
  readonly key: IndicatorKey;
  readonly group: IndicatorGroupKey;
  readonly title: string;
  readonly unit: string;
  readonly source: FactSource;
  readonly cells?: CellLabels;
  /** The records behind the figure, when it has a list to open (a drill-down). */
  readonly records?: IndicatorRecordKind;
  /** Among the items municipalities send up each year (国への報告), unless the administrator chooses otherwise. */
  readonly national?: true;
}

const { CONSULTATION, PLANS, CONFERENCES, PARTICIPATION, COMMUNITY, TASKS, EMERGENCY } = IndicatorGroupKey;
const { CASE, CONFERENCE, TASK, REFERRAL, ACTIVITY } = IndicatorRecordKind;
const K = IndicatorKey;

export const GROUP_TITLES: Record<IndicatorGroupKey, string> = {
  CONSULTATION: '相談支援',
  PLANS: '支援プラン',
  CONFERENCES: '会議',
  PARTICIPATION: '参加支援',
  COMMUNITY: '地域づくり',
  TASKS: 'タスク',
  EMERGENCY: '緊急時の閲覧',
};

/** Every indicator, in the order of the report; the national items are those of the yearly report to the nation. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  { key: K.INTAKES, group: CONSULTATION, title: '相談受付件数（窓口別）', unit: '件', source: CASE_INDICATOR_FACTS.intakesByCounter, cells: 'agency', records: CASE, national: true },
  { key: K.INTAKES_BY_NEED, group: CONSULTATION, title: '相談受付件数（課題別）', unit: '件', source: CASE_INDICATOR_FACTS.intakesByNeed, cells: 'needs', records: CASE },
  { key: K.INTAKES_BY_CONSENT, group: CONSULTATION, title: 'つなぐことへの同意の有無', unit: '件', source: CONSENT_INDICATOR_FACTS.intakesByConnection, cells: 'connection', records: CASE },
  { key: K.CASES_TAKEN_ON, group: CONSULTATION, title: '多機関協働の支援決定件数', unit: '件', source: PLAN_INDICATOR_FACTS.casesTakenOn, records: CASE, national: true },
  { key: K.DAYS_TO_APPROVAL_MEDIAN, group: CONSULTATION, title: '受付から支援決定までの日数（中央値）', unit: '日', source: PLAN_INDICATOR_FACTS.daysToApprovalMedian, records: CASE },
  { key: K.DAYS_TO_APPROVAL_AVERAGE, group: CONSULTATION, title: '受付から支援決定までの日数（平均）', unit: '日', source: PLAN_INDICATOR_FACTS.daysToApprovalAverage, records: CASE },
  { key: K.PLANS_APPROVED, group: PLANS, title: 'プラン作成件数（支援決定）', unit: '件', source: PLAN_INDICATOR_FACTS.plansApproved, records: CASE, national: true },
  { key: K.PLANS_EVALUATED, group: PLANS, title: 'プラン評価件数（評価結果別）', unit: '件', source: PLAN_INDICATOR_FACTS.plansEvaluated, cells: 'planDecision', records: CASE },
  { key: K.PLANS_CLOSED, group: PLANS, title: '終結件数（理由別）', unit: '件', source: PLAN_INDICATOR_FACTS.plansClosed, cells: 'closureReason', records: CASE },
  { key: K.WATCHING_STARTED, group: PLANS, title: '見守りへの移行件数', unit: '件', source: CASE_INDICATOR_FACTS.watchingStarted, records: CASE },
  { key: K.WATCHING_ENDED, group: PLANS, title: '見守りからの移行件数（移行先別）', unit: '件', source: CASE_INDICATOR_FACTS.watchingEnded, cells: 'caseStatus', records: CASE },
  { key: K.CONFERENCES_HELD, group: CONFERENCES, title: '会議開催回数（種類別）', unit: '回', source: CONFERENCE_INDICATOR_FACTS.held, cells: 'conferenceKind', records: CONFERENCE, national: true },
  { key: K.CASES_DISCUSSED, group: CONFERENCES, title: '会議で検討したケース数', unit: '件', source: CONFERENCE_INDICATOR_FACTS.casesDiscussed, cells: 'conferenceKind', records: CONFERENCE },
  { key: K.ACTION_ITEMS_REVIEWED, group: CONFERENCES, title: '決定事項の確認結果', unit: '件', source: CONFERENCE_INDICATOR_FACTS.actionItemsReviewed, cells: 'actionReview', records: TASK },
  { key: K.REFERRALS, group: PARTICIPATION, title: '参加支援のつなぎ件数（状況別）', unit: '件', source: PARTICIPATION_INDICATOR_FACTS.referrals, cells: 'referralStatus', records: REFERRAL },
  { key: K.PARTICIPATION_STARTED, group: PARTICIPATION, title: '参加を開始した人数', unit: '人', source: PARTICIPATION_INDICATOR_FACTS.started, records: REFERRAL, national: true },
  { key: K.PARTICIPATION_CONTINUING_3M, group: PARTICIPATION, title: '3か月後も参加を継続している人数', unit: '人', source: PARTICIPATION_INDICATOR_FACTS.continuing3Months, records: REFERRAL },
  { key: K.PARTICIPATION_CONTINUING_6M, group: PARTICIPATION, title: '6か月後も参加を継続している人数', unit: '人', source: PARTICIPATION_INDICATOR_FACTS.continuing6Months, records: REFERRAL },
  { key: K.HOST_SITES_SUPPORTED, group: PARTICIPATION, title: '支援した受入先数', unit: 'か所', source: PARTICIPATION_INDICATOR_FACTS.hostSitesSupported, cells: 'hostSupport', national: true },
  { key: K.COMMUNITY_ACTIVITIES, group: COMMUNITY, title: '地域づくりの活動回数', unit: '回', source: COMMUNITY_INDICATOR_FACTS.activities, cells: 'activityKind', records: ACTIVITY },
  { key: K.COMMUNITY_SITES, group: COMMUNITY, title: '地域づくりの実施場所数', unit: 'か所', source: COMMUNITY_INDICATOR_FACTS.sites, cells: 'activityKind', records: ACTIVITY, national: true },
  { key: K.COMMUNITY_PARTICIPANTS, group: COMMUNITY, title: '地域づくりの参加者数', unit: '人', source: COMMUNITY_INDICATOR_FACTS.participants, cells: 'activityKind', records: ACTIVITY, national: true },
  { key: K.COMMUNITY_BODIES, group: COMMUNITY, title: '地域づくりの参加団体数', unit: '団体', source: COMMUNITY_INDICATOR_FACTS.bodies, cells: 'activityKind', records: ACTIVITY },
  { key: K.TASKS_ON_TIME, group: TASKS, title: '期限内に完了したタスク（機関別）', unit: '件', source: TASK_INDICATOR_FACTS.onTime, cells: 'agency', records: TASK },
  { key: K.TASKS_OVERDUE, group: TASKS, title: '期限を過ぎたタスク（機関別）', unit: '件', source: TASK_INDICATOR_FACTS.overdue, cells: 'agency', records: TASK },
  { key: K.EMERGENCY_ACCESSES, group: EMERGENCY, title: '緊急時の閲覧件数（審査結果別）', unit: '件', source: EMERGENCY_INDICATOR_FACTS.accesses, cells: 'reviewVerdict' },
];

export const NATIONAL_DEFAULT: readonly IndicatorKey[] = INDICATORS.filter((indicator) => indicator.national).map((indicator) => indicator.key);

export function definitionOf(key: IndicatorKey): IndicatorDefinition {
  const found = INDICATORS.find((indicator) => indicator.key === key);
  if (!found) throw new Error(`No definition for indicator ${key}`);
  return found;
}
