import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import type {
  AssessmentUrgency,
  CaseStatus,
  ConferenceKind,
  ConferenceRequestKind,
  ConferenceRequestStatus,
  ConsentMethod,
  ConsentState,
  DayOfWeek,
  ConferenceStatus,
  DataCategory,
  DisclosureWithholdingGround,
  EmergencyAccessState,
  EmergencyLegalGround,
  EmergencyReviewVerdict,
  GoalAchievement,
  GoalTerm,
  ParticipationForm,
  PlanClosureReason,
  PlanDecision,
  PlanStatus,
  ResourceTarget,
  ProvisionEffect,
  Purpose,
  Role,
  Sector,
  TaskStatus,
  VisibilityBasis,
} from '../gql/enums';

// The Japanese names of the API's enums, shared by every screen, in the terms the law and
// the national manuals use.

export const sectorLabels = defineMessages<Sector>({
  HOUSING: { id: 'sector.HOUSING', defaultMessage: '住まい' },
  HEALTH: { id: 'sector.HEALTH', defaultMessage: '保健・医療' },
  LEGAL: { id: 'sector.LEGAL', defaultMessage: '法律' },
  EDUCATION: { id: 'sector.EDUCATION', defaultMessage: '教育' },
  WELFARE: { id: 'sector.WELFARE', defaultMessage: '福祉' },
  EMPLOYMENT: { id: 'sector.EMPLOYMENT', defaultMessage: '就労' },
  CHILD_FAMILY: { id: 'sector.CHILD_FAMILY', defaultMessage: '子ども・家庭' },
  ELDERLY_CARE: { id: 'sector.ELDERLY_CARE', defaultMessage: '高齢者' },
  DISABILITY: { id: 'sector.DISABILITY', defaultMessage: '障害' },
  COMMUNITY: { id: 'sector.COMMUNITY', defaultMessage: '地域' },
  ADMINISTRATION: { id: 'sector.ADMINISTRATION', defaultMessage: '行政' },
});

export const roleLabels = defineMessages<Role>({
  ADMIN: { id: 'role.ADMIN', defaultMessage: '管理者' },
  COORDINATOR: { id: 'role.COORDINATOR', defaultMessage: '調整担当（支援会議の事務局）' },
  CASEWORKER: { id: 'role.CASEWORKER', defaultMessage: '相談支援員' },
  AUDITOR: { id: 'role.AUDITOR', defaultMessage: '監査担当（個人情報保護）' },
});

export const caseStatusLabels = defineMessages<CaseStatus>({
  INTAKE: { id: 'caseStatus.INTAKE', defaultMessage: '相談受付' },
  ASSESSMENT: { id: 'caseStatus.ASSESSMENT', defaultMessage: 'アセスメント' },
  PLANNING: { id: 'caseStatus.PLANNING', defaultMessage: 'プラン作成' },
  IN_SUPPORT: { id: 'caseStatus.IN_SUPPORT', defaultMessage: '支援中' },
  REVIEW: { id: 'caseStatus.REVIEW', defaultMessage: 'モニタリング・評価' },
  WATCHING: { id: 'caseStatus.WATCHING', defaultMessage: '見守り' },
  CLOSED: { id: 'caseStatus.CLOSED', defaultMessage: '終結' },
});

export const taskStatusLabels = defineMessages<TaskStatus>({
  REQUESTED: { id: 'taskStatus.REQUESTED', defaultMessage: '依頼中' },
  ACCEPTED: { id: 'taskStatus.ACCEPTED', defaultMessage: '受諾済み' },
  IN_PROGRESS: { id: 'taskStatus.IN_PROGRESS', defaultMessage: '対応中' },
  ON_HOLD: { id: 'taskStatus.ON_HOLD', defaultMessage: '保留' },
  COMPLETED: { id: 'taskStatus.COMPLETED', defaultMessage: '完了' },
  REJECTED: { id: 'taskStatus.REJECTED', defaultMessage: '辞退' },
  CANCELLED: { id: 'taskStatus.CANCELLED', defaultMessage: '取消' },
});

export const dataCategoryLabels = defineMessages<DataCategory>({
  BASIC: { id: 'category.BASIC', defaultMessage: '基本情報' },
  HOUSING: { id: 'category.HOUSING', defaultMessage: '住まい' },
  HEALTH: { id: 'category.HEALTH', defaultMessage: '健康' },
  MENTAL_HEALTH: { id: 'category.MENTAL_HEALTH', defaultMessage: '精神保健' },
  DISABILITY: { id: 'category.DISABILITY', defaultMessage: '障害' },
  FINANCES: { id: 'category.FINANCES', defaultMessage: '家計' },
  EMPLOYMENT: { id: 'category.EMPLOYMENT', defaultMessage: '就労' },
  LEGAL: { id: 'category.LEGAL', defaultMessage: '法律' },
  EDUCATION: { id: 'category.EDUCATION', defaultMessage: '教育' },
  FAMILY: { id: 'category.FAMILY', defaultMessage: '家族' },
  CARE_NEEDS: { id: 'category.CARE_NEEDS', defaultMessage: '介護' },
  SAFEGUARDING: { id: 'category.SAFEGUARDING', defaultMessage: '権利擁護・虐待対応' },
  PARTICIPATION: { id: 'category.PARTICIPATION', defaultMessage: '参加支援（社会資源へのつなぎ）' },
});

export const purposeLabels = defineMessages<Purpose>({
  CASE_COORDINATION: { id: 'purpose.CASE_COORDINATION', defaultMessage: '支援の調整' },
  CONFERENCE: { id: 'purpose.CONFERENCE', defaultMessage: '会議での検討' },
  REFERRAL: { id: 'purpose.REFERRAL', defaultMessage: 'つなぎ（紹介）' },
});

export const basisLabels = defineMessages<VisibilityBasis>({
  OWN_AGENCY: { id: 'basis.OWN_AGENCY', defaultMessage: '自機関' },
  CONSENT: { id: 'basis.CONSENT', defaultMessage: '本人同意' },
  SUPPORT_MEETING: { id: 'basis.SUPPORT_MEETING', defaultMessage: '支援会議' },
  BREAK_GLASS: { id: 'basis.BREAK_GLASS', defaultMessage: '緊急時の閲覧' },
});

export const conferenceKindLabels = defineMessages<ConferenceKind>({
  SUPPORT_MEETING: { id: 'conferenceKind.SUPPORT_MEETING', defaultMessage: '支援会議' },
  MULTI_AGENCY_MEETING: { id: 'conferenceKind.MULTI_AGENCY_MEETING', defaultMessage: '重層的支援会議' },
});

// The chair's requests (支援会議 要綱: 出席の依頼・情報提供の依頼) and their answers.
export const conferenceRequestKindLabels = defineMessages<ConferenceRequestKind>({
  ATTENDANCE: { id: 'conferenceRequestKind.ATTENDANCE', defaultMessage: '出席依頼' },
  INFORMATION: { id: 'conferenceRequestKind.INFORMATION', defaultMessage: '情報提供依頼' },
});

export const conferenceRequestStatusLabels = defineMessages<ConferenceRequestStatus>({
  PENDING: { id: 'conferenceRequestStatus.PENDING', defaultMessage: '依頼中' },
  ACCEPTED: { id: 'conferenceRequestStatus.ACCEPTED', defaultMessage: '承諾' },
  DECLINED: { id: 'conferenceRequestStatus.DECLINED', defaultMessage: '辞退' },
});

export const conferenceStatusLabels = defineMessages<ConferenceStatus>({
  SCHEDULED: { id: 'conferenceStatus.SCHEDULED', defaultMessage: '開催予定' },
  IN_PROGRESS: { id: 'conferenceStatus.IN_PROGRESS', defaultMessage: '開催中' },
  ENDED: { id: 'conferenceStatus.ENDED', defaultMessage: '終了' },
  CANCELLED: { id: 'conferenceStatus.CANCELLED', defaultMessage: '中止' },
});

export const consentMethodLabels = defineMessages<ConsentMethod>({
  WRITTEN: { id: 'consentMethod.WRITTEN', defaultMessage: '書面' },
  ORAL: { id: 'consentMethod.ORAL', defaultMessage: '口頭' },
  ELECTRONIC: { id: 'consentMethod.ELECTRONIC', defaultMessage: '電子' },
});

export const consentStateLabels = defineMessages<ConsentState>({
  PENDING: { id: 'consents.state.PENDING', defaultMessage: '開始前' },
  ACTIVE: { id: 'consents.state.ACTIVE', defaultMessage: '有効' },
  EXPIRED: { id: 'consents.state.EXPIRED', defaultMessage: '期間満了' },
  REVOKED: { id: 'consents.state.REVOKED', defaultMessage: '撤回済み' },
});

export const effectLabels = defineMessages<ProvisionEffect>({
  PERMIT: { id: 'consents.effect.PERMIT', defaultMessage: '許可' },
  DENY: { id: 'consents.effect.DENY', defaultMessage: '拒否' },
});

// Support plans (支援プラン): the statuses, goals, evaluation and assessment of issue 13.

export const planStatusLabels = defineMessages<PlanStatus>({
  DRAFT: { id: 'planStatus.DRAFT', defaultMessage: '作成中' },
  PROPOSED: { id: 'planStatus.PROPOSED', defaultMessage: '会議に提出' },
  IN_PROGRESS: { id: 'planStatus.IN_PROGRESS', defaultMessage: '支援中' },
  REVIEW: { id: 'planStatus.REVIEW', defaultMessage: '評価中' },
  EVALUATED: { id: 'planStatus.EVALUATED', defaultMessage: '評価済' },
  WATCHING: { id: 'planStatus.WATCHING', defaultMessage: '見守り' },
  CLOSED: { id: 'planStatus.CLOSED', defaultMessage: '終結' },
  SUSPENDED: { id: 'planStatus.SUSPENDED', defaultMessage: '中断' },
  SUPERSEDED: { id: 'planStatus.SUPERSEDED', defaultMessage: '次版に移行' },
});

export const goalTermLabels = defineMessages<GoalTerm>({
  LONG: { id: 'goalTerm.LONG', defaultMessage: '長期目標' },
  SHORT: { id: 'goalTerm.SHORT', defaultMessage: '短期目標' },
});

export const goalAchievementLabels = defineMessages<GoalAchievement>({
  ACHIEVED: { id: 'goalAchievement.ACHIEVED', defaultMessage: '達成' },
  PARTLY: { id: 'goalAchievement.PARTLY', defaultMessage: '一部達成' },
  NOT_ACHIEVED: { id: 'goalAchievement.NOT_ACHIEVED', defaultMessage: '未達成' },
  NOT_RELEVANT: { id: 'goalAchievement.NOT_RELEVANT', defaultMessage: '目標として該当しなくなった' },
});

export const planDecisionLabels = defineMessages<PlanDecision>({
  CONTINUE: { id: 'planDecision.CONTINUE', defaultMessage: '継続（次版のプランを作成）' },
  CLOSE: { id: 'planDecision.CLOSE', defaultMessage: '終結' },
  SUSPEND: { id: 'planDecision.SUSPEND', defaultMessage: '中断' },
  WATCH: { id: 'planDecision.WATCH', defaultMessage: '見守り' },
});

export const planClosureReasonLabels = defineMessages<PlanClosureReason>({
  GOALS_ACHIEVED: { id: 'planClosureReason.GOALS_ACHIEVED', defaultMessage: '目標を達成した' },
  TRANSFERRED: { id: 'planClosureReason.TRANSFERRED', defaultMessage: '他の機関・制度に引き継いだ' },
  MOVED_AWAY: { id: 'planClosureReason.MOVED_AWAY', defaultMessage: '転出した' },
  DECEASED: { id: 'planClosureReason.DECEASED', defaultMessage: '死亡した' },
  PERSON_DECLINED: { id: 'planClosureReason.PERSON_DECLINED', defaultMessage: '本人が支援を希望しない' },
  NO_CONTACT: { id: 'planClosureReason.NO_CONTACT', defaultMessage: '連絡が取れない' },
  OTHER: { id: 'planClosureReason.OTHER', defaultMessage: 'その他' },
});

export const assessmentUrgencyLabels = defineMessages<AssessmentUrgency>({
  LOW: { id: 'assessmentUrgency.LOW', defaultMessage: '低' },
  MODERATE: { id: 'assessmentUrgency.MODERATE', defaultMessage: '中' },
  HIGH: { id: 'assessmentUrgency.HIGH', defaultMessage: '高' },
  CRISIS: { id: 'assessmentUrgency.CRISIS', defaultMessage: '緊急（危機介入）' },
});

// Emergency access (緊急時の閲覧) of issue 14: the legal grounds with their articles, the review's verdicts, the states.

export const legalGroundLabels = defineMessages<EmergencyLegalGround>({
  LIFE_BODY_PROPERTY: { id: 'legalGround.LIFE_BODY_PROPERTY', defaultMessage: '人の生命・身体・財産の保護（個人情報保護法第27条第1項第2号）' },
  PUBLIC_HEALTH_CHILD_WELFARE: { id: 'legalGround.PUBLIC_HEALTH_CHILD_WELFARE', defaultMessage: '公衆衛生の向上・児童の健全な育成（個人情報保護法第27条第1項第3号）' },
  CLEARLY_IN_PERSONS_INTEREST: { id: 'legalGround.CLEARLY_IN_PERSONS_INTEREST', defaultMessage: '明らかに本人の利益になるとき（個人情報保護法第69条第2項第4号）' },
  REQUIRED_BY_LAW: { id: 'legalGround.REQUIRED_BY_LAW', defaultMessage: '法令に基づく場合（個人情報保護法第27条第1項第1号・第69条第1項）' },
});

export const verdictLabels = defineMessages<EmergencyReviewVerdict>({
  JUSTIFIED: { id: 'verdict.JUSTIFIED', defaultMessage: '正当' },
  NOT_JUSTIFIED: { id: 'verdict.NOT_JUSTIFIED', defaultMessage: '不当' },
  INCONCLUSIVE: { id: 'verdict.INCONCLUSIVE', defaultMessage: '判断不能' },
});

export const emergencyStateLabels = defineMessages<EmergencyAccessState>({
  ACTIVE: { id: 'emergencyState.ACTIVE', defaultMessage: '閲覧中' },
  ENDED: { id: 'emergencyState.ENDED', defaultMessage: '早期終了' },
  EXPIRED: { id: 'emergencyState.EXPIRED', defaultMessage: '期間満了' },
});

// 本人開示 (issue 14): the grounds of APPI art. 78(1) on which an entry is withheld from the person.

export const withholdingGroundLabels = defineMessages<DisclosureWithholdingGround>({
  HARMS_PERSON: { id: 'withholdingGround.HARMS_PERSON', defaultMessage: '本人の生命・健康等を害するおそれ' },
  THIRD_PARTY_INDIVIDUAL: { id: 'withholdingGround.THIRD_PARTY_INDIVIDUAL', defaultMessage: '第三者の個人情報' },
  PUBLIC_SAFETY: { id: 'withholdingGround.PUBLIC_SAFETY', defaultMessage: '公共の安全と秩序' },
  IMPEDES_AFFAIRS: { id: 'withholdingGround.IMPEDES_AFFAIRS', defaultMessage: '事務の適正な遂行に支障' },
});

export const withholdingGroundArticles = defineMessages<DisclosureWithholdingGround>({
  HARMS_PERSON: { id: 'withholdingGroundArticle.HARMS_PERSON', defaultMessage: '第78条第1項第1号' },
  THIRD_PARTY_INDIVIDUAL: { id: 'withholdingGroundArticle.THIRD_PARTY_INDIVIDUAL', defaultMessage: '第78条第1項第2号' },
  PUBLIC_SAFETY: { id: 'withholdingGroundArticle.PUBLIC_SAFETY', defaultMessage: '第78条第1項第5号' },
  IMPEDES_AFFAIRS: { id: 'withholdingGroundArticle.IMPEDES_AFFAIRS', defaultMessage: '第78条第1項第7号' },
});

// The directory of local resources (社会資源, issue 15): who a resource is for (対象), the kind of
// participation it offers (参加の形), and the days of its weekly schedule.

export const resourceTargetLabels = defineMessages<ResourceTarget>({
  ELDERLY: { id: 'resourceTarget.ELDERLY', defaultMessage: '高齢' },
  DISABILITY: { id: 'resourceTarget.DISABILITY', defaultMessage: '障害' },
  CHILDREN: { id: 'resourceTarget.CHILDREN', defaultMessage: '子ども' },
  CHILD_REARING: { id: 'resourceTarget.CHILD_REARING', defaultMessage: '子育て' },
  POVERTY: { id: 'resourceTarget.POVERTY', defaultMessage: '生活困窮' },
  HIKIKOMORI: { id: 'resourceTarget.HIKIKOMORI', defaultMessage: 'ひきこもり' },
  YOUTH: { id: 'resourceTarget.YOUTH', defaultMessage: '若者' },
  FOREIGN_RESIDENTS: { id: 'resourceTarget.FOREIGN_RESIDENTS', defaultMessage: '外国人住民' },
  ANYONE: { id: 'resourceTarget.ANYONE', defaultMessage: '誰でも' },
});

export const participationFormLabels = defineMessages<ParticipationForm>({
  IBASHO: { id: 'participationForm.IBASHO', defaultMessage: '居場所' },
  WORK_EXPERIENCE: { id: 'participationForm.WORK_EXPERIENCE', defaultMessage: '就労体験' },
  EMPLOYMENT: { id: 'participationForm.EMPLOYMENT', defaultMessage: '就労' },
  VOLUNTEER: { id: 'participationForm.VOLUNTEER', defaultMessage: 'ボランティア' },
  LEARNING: { id: 'participationForm.LEARNING', defaultMessage: '学び' },
  MEALS: { id: 'participationForm.MEALS', defaultMessage: '食事' },
  CONSULTATION: { id: 'participationForm.CONSULTATION', defaultMessage: '相談' },
  PEER_SUPPORT: { id: 'participationForm.PEER_SUPPORT', defaultMessage: 'ピアサポート' },
  HOBBY: { id: 'participationForm.HOBBY', defaultMessage: '趣味・交流' },
});

export const dayOfWeekLabels = defineMessages<DayOfWeek>({
  MONDAY: { id: 'dayOfWeek.MONDAY', defaultMessage: '月' },
  TUESDAY: { id: 'dayOfWeek.TUESDAY', defaultMessage: '火' },
  WEDNESDAY: { id: 'dayOfWeek.WEDNESDAY', defaultMessage: '水' },
  THURSDAY: { id: 'dayOfWeek.THURSDAY', defaultMessage: '木' },
  FRIDAY: { id: 'dayOfWeek.FRIDAY', defaultMessage: '金' },
  SATURDAY: { id: 'dayOfWeek.SATURDAY', defaultMessage: '土' },
  SUNDAY: { id: 'dayOfWeek.SUNDAY', defaultMessage: '日' },
});

/** An enum value's label; an unknown value (a newer server) shows as itself. */
export function label<K extends string>(intl: IntlShape, labels: Record<K, MessageDescriptor>, value: K): string {
  const descriptor: MessageDescriptor | undefined = labels[value];
  return descriptor ? intl.formatMessage(descriptor) : value;
}

/** English names of the enums, by message id. */
export const en: Record<string, string> = {
  'sector.HOUSING': 'Housing', 'sector.HEALTH': 'Health', 'sector.LEGAL': 'Legal', 'sector.EDUCATION': 'Education', 'sector.WELFARE': 'Welfare',
  'sector.EMPLOYMENT': 'Employment', 'sector.CHILD_FAMILY': 'Children and families', 'sector.ELDERLY_CARE': 'Elderly care', 'sector.DISABILITY': 'Disability',
  'sector.COMMUNITY': 'Community', 'sector.ADMINISTRATION': 'Administration',
  'role.ADMIN': 'Administrator', 'role.COORDINATOR': 'Coordinator', 'role.CASEWORKER': 'Caseworker', 'role.AUDITOR': 'Auditor (privacy)',
  'caseStatus.INTAKE': 'Intake', 'caseStatus.ASSESSMENT': 'Assessment', 'caseStatus.PLANNING': 'Planning', 'caseStatus.IN_SUPPORT': 'In support',
  'caseStatus.REVIEW': 'Review', 'caseStatus.WATCHING': 'Watching', 'caseStatus.CLOSED': 'Closed',
  'taskStatus.REQUESTED': 'Requested', 'taskStatus.ACCEPTED': 'Accepted', 'taskStatus.IN_PROGRESS': 'In progress', 'taskStatus.ON_HOLD': 'On hold',
  'taskStatus.COMPLETED': 'Completed', 'taskStatus.REJECTED': 'Declined', 'taskStatus.CANCELLED': 'Cancelled',
  'category.BASIC': 'Basic information', 'category.HOUSING': 'Housing', 'category.HEALTH': 'Health', 'category.MENTAL_HEALTH': 'Mental health',
  'category.DISABILITY': 'Disability', 'category.FINANCES': 'Finances', 'category.EMPLOYMENT': 'Employment', 'category.LEGAL': 'Legal',
  'category.EDUCATION': 'Education', 'category.FAMILY': 'Family', 'category.CARE_NEEDS': 'Care needs', 'category.SAFEGUARDING': 'Safeguarding', 'category.PARTICIPATION': 'Participation support',
  'purpose.CASE_COORDINATION': 'Case coordination', 'purpose.CONFERENCE': 'Conference', 'purpose.REFERRAL': 'Referral',
  'basis.OWN_AGENCY': 'Own agency', 'basis.CONSENT': 'Consent', 'basis.SUPPORT_MEETING': 'Support meeting', 'basis.BREAK_GLASS': 'Emergency access',
  'conferenceKind.SUPPORT_MEETING': 'Support meeting (支援会議)', 'conferenceKind.MULTI_AGENCY_MEETING': 'Multi-agency meeting (重層的支援会議)',
  'conferenceRequestKind.ATTENDANCE': 'Request to attend', 'conferenceRequestKind.INFORMATION': 'Request for information',
  'conferenceRequestStatus.PENDING': 'Requested', 'conferenceRequestStatus.ACCEPTED': 'Accepted', 'conferenceRequestStatus.DECLINED': 'Declined',
  'conferenceStatus.SCHEDULED': 'Scheduled', 'conferenceStatus.IN_PROGRESS': 'In progress', 'conferenceStatus.ENDED': 'Ended', 'conferenceStatus.CANCELLED': 'Cancelled',
  'consentMethod.WRITTEN': 'Written', 'consentMethod.ORAL': 'Oral', 'consentMethod.ELECTRONIC': 'Electronic',
  'consents.state.PENDING': 'Not yet valid', 'consents.state.ACTIVE': 'Valid', 'consents.state.EXPIRED': 'Expired', 'consents.state.REVOKED': 'Revoked',
  'consents.effect.PERMIT': 'Permit', 'consents.effect.DENY': 'Deny',
  'planStatus.DRAFT': 'Draft', 'planStatus.PROPOSED': 'Proposed to a meeting', 'planStatus.IN_PROGRESS': 'In progress', 'planStatus.REVIEW': 'Under review',
  'planStatus.EVALUATED': 'Evaluated', 'planStatus.WATCHING': 'Watching', 'planStatus.CLOSED': 'Closed', 'planStatus.SUSPENDED': 'Suspended',
  'planStatus.SUPERSEDED': 'Superseded by the next version',
  'goalTerm.LONG': 'Long-term goal', 'goalTerm.SHORT': 'Short-term goal',
  'goalAchievement.ACHIEVED': 'Achieved', 'goalAchievement.PARTLY': 'Partly achieved', 'goalAchievement.NOT_ACHIEVED': 'Not achieved',
  'goalAchievement.NOT_RELEVANT': 'No longer relevant',
  'planDecision.CONTINUE': 'Continue (draft the next version)', 'planDecision.CLOSE': 'Close', 'planDecision.SUSPEND': 'Suspend', 'planDecision.WATCH': 'Watch',
  'planClosureReason.GOALS_ACHIEVED': 'Goals achieved', 'planClosureReason.TRANSFERRED': 'Handed over to another agency or service',
  'planClosureReason.MOVED_AWAY': 'Moved away', 'planClosureReason.DECEASED': 'Deceased', 'planClosureReason.PERSON_DECLINED': 'The person declines support',
  'planClosureReason.NO_CONTACT': 'No contact', 'planClosureReason.OTHER': 'Other',
  'legalGround.LIFE_BODY_PROPERTY': 'Protection of life, body or property (APPI art. 27(1)(ii))',
  'legalGround.PUBLIC_HEALTH_CHILD_WELFARE': 'Public health or the sound upbringing of children (APPI art. 27(1)(iii))',
  'legalGround.CLEARLY_IN_PERSONS_INTEREST': 'Clearly in the person’s interest (APPI art. 69(2)(iv))',
  'legalGround.REQUIRED_BY_LAW': 'Required by law (APPI art. 27(1)(i), art. 69(1))',
  'verdict.JUSTIFIED': 'Justified', 'verdict.NOT_JUSTIFIED': 'Not justified', 'verdict.INCONCLUSIVE': 'Inconclusive',
  'emergencyState.ACTIVE': 'In effect', 'emergencyState.ENDED': 'Ended early', 'emergencyState.EXPIRED': 'Period over',
  'assessmentUrgency.LOW': 'Low', 'assessmentUrgency.MODERATE': 'Moderate', 'assessmentUrgency.HIGH': 'High', 'assessmentUrgency.CRISIS': 'Crisis',
  'withholdingGround.HARMS_PERSON': 'Harm to the person’s life, health or property', 'withholdingGround.THIRD_PARTY_INDIVIDUAL': 'Another individual’s information',
  'withholdingGround.PUBLIC_SAFETY': 'Public safety and order', 'withholdingGround.IMPEDES_AFFAIRS': 'Impedes the proper conduct of affairs',
  'withholdingGroundArticle.HARMS_PERSON': 'Art. 78(1)(i)', 'withholdingGroundArticle.THIRD_PARTY_INDIVIDUAL': 'Art. 78(1)(ii)',
  'withholdingGroundArticle.PUBLIC_SAFETY': 'Art. 78(1)(v)', 'withholdingGroundArticle.IMPEDES_AFFAIRS': 'Art. 78(1)(vii)',
  'resourceTarget.ELDERLY': 'Older people', 'resourceTarget.DISABILITY': 'Disability', 'resourceTarget.CHILDREN': 'Children',
  'resourceTarget.CHILD_REARING': 'Parents and carers', 'resourceTarget.POVERTY': 'Financial hardship', 'resourceTarget.HIKIKOMORI': 'Social withdrawal (hikikomori)',
  'resourceTarget.YOUTH': 'Young people', 'resourceTarget.FOREIGN_RESIDENTS': 'Foreign residents', 'resourceTarget.ANYONE': 'Anyone',
  'participationForm.IBASHO': 'Drop-in place', 'participationForm.WORK_EXPERIENCE': 'Work experience', 'participationForm.EMPLOYMENT': 'Employment',
  'participationForm.VOLUNTEER': 'Volunteering', 'participationForm.LEARNING': 'Learning', 'participationForm.MEALS': 'Meals',
  'participationForm.CONSULTATION': 'Consultation', 'participationForm.PEER_SUPPORT': 'Peer support', 'participationForm.HOBBY': 'Hobbies and socialising',
  'dayOfWeek.MONDAY': 'Mon', 'dayOfWeek.TUESDAY': 'Tue', 'dayOfWeek.WEDNESDAY': 'Wed', 'dayOfWeek.THURSDAY': 'Thu', 'dayOfWeek.FRIDAY': 'Fri',
  'dayOfWeek.SATURDAY': 'Sat', 'dayOfWeek.SUNDAY': 'Sun',
};
