import { registerEnumType } from '@nestjs/graphql';

/** 対象: who a resource is for (HSDS eligibility). */
export enum ResourceTarget {
  /** 高齢 */
  ELDERLY = 'ELDERLY',
  /** 障害 */
  DISABILITY = 'DISABILITY',
  /** 子ども */
  CHILDREN = 'CHILDREN',
  /** 子育て */
  CHILD_REARING = 'CHILD_REARING',
  /** 生活困窮 */
  POVERTY = 'POVERTY',
  /** ひきこもり */
  HIKIKOMORI = 'HIKIKOMORI',
  /** 若者 */
  YOUTH = 'YOUTH',
  /** 外国人住民 */
  FOREIGN_RESIDENTS = 'FOREIGN_RESIDENTS',
  /** 誰でも */
  ANYONE = 'ANYONE',
}
registerEnumType(ResourceTarget, { name: 'ResourceTarget', description: '対象: 高齢 / 障害 / 子ども / 子育て / 生活困窮 / ひきこもり / 若者 / 外国人住民 / 誰でも.' });

/** 参加の形: how a person takes part (no HSDS equivalent). */
export enum ParticipationForm {
  /** 居場所 */
  IBASHO = 'IBASHO',
  /** 就労体験 */
  WORK_EXPERIENCE = 'WORK_EXPERIENCE',
  /** 就労 */
  EMPLOYMENT = 'EMPLOYMENT',
  /** ボランティア */
  VOLUNTEER = 'VOLUNTEER',
  /** 学び */
  LEARNING = 'LEARNING',
  /** 食事（子ども食堂等） */
  MEALS = 'MEALS',
  /** 相談 */
  CONSULTATION = 'CONSULTATION',
  /** ピアサポート */
  PEER_SUPPORT = 'PEER_SUPPORT',
  /** 趣味・交流 */
  HOBBY = 'HOBBY',
}
registerEnumType(ParticipationForm, { name: 'ParticipationForm', description: '参加の形: 居場所 / 就労体験 / 就労 / ボランティア / 学び / 食事（子ども食堂等） / 相談 / ピアサポート / 趣味・交流.' });

/** A day of the week of a weekly schedule (HSDS schedule byday), Monday first as a Japanese calendar shows it. */
export enum DayOfWeek {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(DayOfWeek, { name: 'DayOfWeek' });
