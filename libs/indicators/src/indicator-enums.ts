import { registerEnumType } from '@nestjs/graphql';

/** Each figure the platform computes from its records (never typed in). */
export enum IndicatorKey {
  INTAKES = 'INTAKES', // 相談受付件数（窓口別）
  INTAKES_BY_NEED = 'INTAKES_BY_NEED', // 相談受付件数（課題別）
  INTAKES_BY_CONSENT = 'INTAKES_BY_CONSENT', // つなぐことへの同意の有無
  CASES_TAKEN_ON = 'CASES_TAKEN_ON', // 多機関協働の支援決定件数
  DAYS_TO_APPROVAL_MEDIAN = 'DAYS_TO_APPROVAL_MEDIAN', // 受付から支援決定までの日数（中央値）
  DAYS_TO_APPROVAL_AVERAGE = 'DAYS_TO_APPROVAL_AVERAGE', // 同（平均）
  PLANS_APPROVED = 'PLANS_APPROVED', // プラン作成件数
  PLANS_EVALUATED = 'PLANS_EVALUATED', // プラン評価件数
  PLANS_CLOSED = 'PLANS_CLOSED', // 終結（理由別）
  WATCHING_STARTED = 'WATCHING_STARTED', // 見守りへの移行
  WATCHING_ENDED = 'WATCHING_ENDED', // 見守りからの移行
  CONFERENCES_HELD = 'CONFERENCES_HELD', // 会議開催回数（種類別）
  CASES_DISCUSSED = 'CASES_DISCUSSED', // 検討ケース数
  ACTION_ITEMS_REVIEWED = 'ACTION_ITEMS_REVIEWED', // 決定事項の確認結果
  REFERRALS = 'REFERRALS', // 参加支援のつなぎ（状況別）
  PARTICIPATION_STARTED = 'PARTICIPATION_STARTED', // 参加開始人数
  PARTICIPATION_CONTINUING_3M = 'PARTICIPATION_CONTINUING_3M', // 3か月後も継続
  PARTICIPATION_CONTINUING_6M = 'PARTICIPATION_CONTINUING_6M', // 6か月後も継続
  HOST_SITES_SUPPORTED = 'HOST_SITES_SUPPORTED', // 支援した受入先数
  COMMUNITY_ACTIVITIES = 'COMMUNITY_ACTIVITIES', // 地域づくりの活動回数
  COMMUNITY_SITES = 'COMMUNITY_SITES', // 実施場所数
  COMMUNITY_PARTICIPANTS = 'COMMUNITY_PARTICIPANTS', // 参加者数
  COMMUNITY_BODIES = 'COMMUNITY_BODIES', // 参加団体数
  TASKS_ON_TIME = 'TASKS_ON_TIME', // 期限内に完了したタスク
  TASKS_OVERDUE = 'TASKS_OVERDUE', // 期限を過ぎたタスク
  EMERGENCY_ACCESSES = 'EMERGENCY_ACCESSES', // 緊急時の閲覧（審査結果別）
}
registerEnumType(IndicatorKey, { name: 'IndicatorKey', description: 'A figure computed from the records; its title in Japanese comes with it.' });

/** The sections of the report, in the order of the support process. */
export enum IndicatorGroupKey {
  CONSULTATION = 'CONSULTATION', // 相談支援
  PLANS = 'PLANS', // 支援プラン
  CONFERENCES = 'CONFERENCES', // 会議
  PARTICIPATION = 'PARTICIPATION', // 参加支援
  COMMUNITY = 'COMMUNITY', // 地域づくり
  TASKS = 'TASKS', // タスク
  EMERGENCY = 'EMERGENCY', // 緊急時の閲覧
}
registerEnumType(IndicatorGroupKey, { name: 'IndicatorGroupKey' });

/** The kind of record behind a figure, for its drill-down. */
export enum IndicatorRecordKind {
  CASE = 'CASE',
  CONFERENCE = 'CONFERENCE',
  TASK = 'TASK',
  REFERRAL = 'REFERRAL',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(IndicatorRecordKind, { name: 'IndicatorRecordKind' });
