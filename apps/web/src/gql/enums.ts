export type ActionReviewOutcome =
  | 'DONE'
  | 'NOT_DONE'
  | 'NO_LONGER_POSSIBLE';

/** How soon the person needs support (緊急度: 低 / 中 / 高 / 緊急). */
export type AssessmentUrgency =
  | 'CRISIS'
  | 'HIGH'
  | 'LOW'
  | 'MODERATE';

/** Where a case is in its life (受付 … 終結 / 見守り). */
export type CaseStatus =
  | 'ASSESSMENT'
  | 'CLOSED'
  | 'INTAKE'
  | 'IN_SUPPORT'
  | 'PLANNING'
  | 'REVIEW'
  | 'WATCHING';

/** 居場所づくり / 交流会・サロン / 学習会・講座 / ボランティア活動 / 地域の話し合い・協議の場 / 啓発・イベント / その他. */
export type CommunityActivityKind =
  | 'AWARENESS'
  | 'EXCHANGE'
  | 'GATHERING_PLACE'
  | 'LEARNING'
  | 'NETWORK_MEETING'
  | 'OTHER'
  | 'VOLUNTEER';

export type ConferenceEventType =
  | 'ACKNOWLEDGED'
  | 'ACTION_ITEM_ASSIGNED'
  | 'ACTION_ITEM_REVIEWED'
  | 'AGENDA_CHANGED'
  | 'DECISION_RECORDED'
  | 'JOINED'
  | 'LEFT'
  | 'MINUTES_ADDED'
  | 'PARTICIPANTS_CHANGED'
  | 'REQUEST_ANSWERED'
  | 'REQUEST_SENT'
  | 'STATUS_CHANGED';

/** SUPPORT_MEETING (支援会議, 社会福祉法第106条の6) or MULTI_AGENCY_MEETING (重層的支援会議). */
export type ConferenceKind =
  | 'MULTI_AGENCY_MEETING'
  | 'SUPPORT_MEETING';

/** ATTENDANCE (出席の依頼) or INFORMATION (情報提供の依頼). */
export type ConferenceRequestKind =
  | 'ATTENDANCE'
  | 'INFORMATION';

export type ConferenceRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type ConferenceStatus =
  | 'CANCELLED'
  | 'ENDED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** How the person gave consent. */
export type ConsentMethod =
  | 'ELECTRONIC'
  | 'ORAL'
  | 'WRITTEN';

/** Whether a consent counts now. */
export type ConsentState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** The encoding of a CSV file: UTF-8, or Shift_JIS (Windows-31J, as Excel writes it). */
export type CsvEncoding =
  | 'SHIFT_JIS'
  | 'UTF8';

/** A kind of information about a person; consent is given per category. */
export type DataCategory =
  | 'BASIC'
  | 'CARE_NEEDS'
  | 'DISABILITY'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FAMILY'
  | 'FINANCES'
  | 'HEALTH'
  | 'HOUSING'
  | 'LEGAL'
  | 'MENTAL_HEALTH'
  | 'PARTICIPATION'
  | 'SAFEGUARDING';

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** The ground (APPI art. 78(1)) on which an entry is withheld from the person’s own record (本人開示). */
export type DisclosureWithholdingGround =
  /** 本人の生命、健康、生活又は財産を害するおそれ (78条1項1号) */
  | 'HARMS_PERSON'
  /** 事務又は事業の適正な遂行に支障を及ぼすおそれ (78条1項7号) */
  | 'IMPEDES_AFFAIRS'
  /** 公共の安全と秩序の維持に支障を及ぼすおそれ (78条1項5号) */
  | 'PUBLIC_SAFETY'
  /** 開示請求者以外の個人に関する情報 (78条1項2号) */
  | 'THIRD_PARTY_INDIVIDUAL';

export type EmergencyAccessEventType =
  | 'DECLARED'
  | 'ENDED'
  | 'REVIEWED';

/** ACTIVE while it lasts; ENDED when ended early; EXPIRED when its period ran out. */
export type EmergencyAccessState =
  | 'ACTIVE'
  | 'ENDED'
  | 'EXPIRED';

/** The legal ground of an emergency access (APPI art. 27(1) / 69). */
export type EmergencyLegalGround =
  | 'CLEARLY_IN_PERSONS_INTEREST'
  | 'LIFE_BODY_PROPERTY'
  | 'PUBLIC_HEALTH_CHILD_WELFARE'
  | 'REQUIRED_BY_LAW';

export type EmergencyReviewVerdict =
  | 'INCONCLUSIVE'
  | 'JUSTIFIED'
  | 'NOT_JUSTIFIED';

/** How far a goal was reached (評価). */
export type GoalAchievement =
  | 'ACHIEVED'
  | 'NOT_ACHIEVED'
  | 'NOT_RELEVANT'
  | 'PARTLY';

/** A goal’s horizon: long-term (長期) or short-term (短期). */
export type GoalTerm =
  | 'LONG'
  | 'SHORT';

/** 相談対応 / 訪問 / 研修・説明 / 調整 / その他. */
export type HostSupportKind =
  | 'CONSULTATION'
  | 'COORDINATION'
  | 'OTHER'
  | 'TRAINING'
  | 'VISIT';

export type IndicatorGroupKey =
  | 'COMMUNITY'
  | 'CONFERENCES'
  | 'CONSULTATION'
  | 'EMERGENCY'
  | 'PARTICIPATION'
  | 'PLANS'
  | 'TASKS';

/** A figure computed from the records; its title in Japanese comes with it. */
export type IndicatorKey =
  | 'ACTION_ITEMS_REVIEWED'
  | 'CASES_DISCUSSED'
  | 'CASES_TAKEN_ON'
  | 'COMMUNITY_ACTIVITIES'
  | 'COMMUNITY_BODIES'
  | 'COMMUNITY_PARTICIPANTS'
  | 'COMMUNITY_SITES'
  | 'CONFERENCES_HELD'
  | 'DAYS_TO_APPROVAL_AVERAGE'
  | 'DAYS_TO_APPROVAL_MEDIAN'
  | 'EMERGENCY_ACCESSES'
  | 'HOST_SITES_SUPPORTED'
  | 'INTAKES'
  | 'INTAKES_BY_CONSENT'
  | 'INTAKES_BY_NEED'
  | 'PARTICIPATION_CONTINUING_3M'
  | 'PARTICIPATION_CONTINUING_6M'
  | 'PARTICIPATION_STARTED'
  | 'PLANS_APPROVED'
  | 'PLANS_CLOSED'
  | 'PLANS_EVALUATED'
  | 'REFERRALS'
  | 'TASKS_ON_TIME'
  | 'TASKS_OVERDUE'
  | 'WATCHING_ENDED'
  | 'WATCHING_STARTED';

export type IndicatorRecordKind =
  | 'ACTIVITY'
  | 'CASE'
  | 'CONFERENCE'
  | 'REFERRAL'
  | 'TASK';

/** 参加の形: 居場所 / 就労体験 / 就労 / ボランティア / 学び / 食事（子ども食堂等） / 相談 / ピアサポート / 趣味・交流. */
export type ParticipationForm =
  | 'CONSULTATION'
  | 'EMPLOYMENT'
  | 'HOBBY'
  | 'IBASHO'
  | 'LEARNING'
  | 'MEALS'
  | 'PEER_SUPPORT'
  | 'VOLUNTEER'
  | 'WORK_EXPERIENCE';

/** Why support ended (終結理由). */
export type PlanClosureReason =
  | 'DECEASED'
  | 'GOALS_ACHIEVED'
  | 'MOVED_AWAY'
  | 'NO_CONTACT'
  | 'OTHER'
  | 'PERSON_DECLINED'
  | 'TRANSFERRED';

/** What the evaluation decides: continue with a new version, close, suspend or watch. */
export type PlanDecision =
  | 'CLOSE'
  | 'CONTINUE'
  | 'SUSPEND'
  | 'WATCH';

/** Where a plan version is in its life (作成中 … 終結 / 見守り / 次版に移行). */
export type PlanStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'EVALUATED'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REVIEW'
  | 'SUPERSEDED'
  | 'SUSPENDED'
  | 'WATCHING';

/** PERMIT or DENY; DENY wins over a PERMIT covering the same recipient and category. */
export type ProvisionEffect =
  | 'DENY'
  | 'PERMIT';

/** What shared information may be used for. */
export type Purpose =
  | 'CASE_COORDINATION'
  | 'CONFERENCE'
  | 'REFERRAL';

/** Required for ENDED and DECLINED, refused otherwise; OTHER needs a note. */
export type ReferralEndReason =
  | 'CIRCUMSTANCES_CHANGED'
  | 'GOAL_REACHED'
  | 'HOST_UNAVAILABLE'
  | 'NOT_SUITABLE'
  | 'OTHER'
  | 'PERSON_WITHDREW';

/** PROPOSED→AGREED|DECLINED; AGREED→INTRODUCED|DECLINED; INTRODUCED→STARTED|DECLINED; STARTED→CONTINUING|ENDED; CONTINUING→CONTINUING|ENDED; ENDED and DECLINED are final. */
export type ReferralStatus =
  | 'AGREED'
  | 'CONTINUING'
  | 'DECLINED'
  | 'ENDED'
  | 'INTRODUCED'
  | 'PROPOSED'
  | 'STARTED';

/** 対象: 高齢 / 障害 / 子ども / 子育て / 生活困窮 / ひきこもり / 若者 / 外国人住民 / 誰でも. */
export type ResourceTarget =
  | 'ANYONE'
  | 'CHILDREN'
  | 'CHILD_REARING'
  | 'DISABILITY'
  | 'ELDERLY'
  | 'FOREIGN_RESIDENTS'
  | 'HIKIKOMORI'
  | 'POVERTY'
  | 'YOUTH';

/** 終結した事案 / 期限切れの同意 / アクセス記録・提供記録. */
export type RetentionKind =
  | 'ACCESS_LOGS'
  | 'CLOSED_CASES'
  | 'EXPIRED_CONSENTS';

/** What a user may do in the platform. */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'CASEWORKER'
  | 'COORDINATOR';

/** The field an agency works in. */
export type Sector =
  | 'ADMINISTRATION'
  | 'CHILD_FAMILY'
  | 'COMMUNITY'
  | 'DISABILITY'
  | 'EDUCATION'
  | 'ELDERLY_CARE'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'LEGAL'
  | 'WELFARE';

/** The file a list is saved as: CSV, or an Excel workbook (.xlsx). */
export type SpreadsheetFormat =
  | 'CSV'
  | 'XLSX';

/** What happened to a task. */
export type TaskEventType =
  | 'ASSIGNED'
  | 'COMMENTED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'UNASSIGNED'
  | 'UPDATED';

/** Where a task stands. */
export type TaskStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'REJECTED'
  | 'REQUESTED';

/** Why a section of another agency’s data is visible (提供の根拠). */
export type VisibilityBasis =
  | 'BREAK_GLASS'
  | 'CONSENT'
  | 'OWN_AGENCY'
  | 'SUPPORT_MEETING';
