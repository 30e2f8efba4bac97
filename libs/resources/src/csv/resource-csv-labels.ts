import { DayOfWeek, ParticipationForm, ResourceTarget } from '../resource-enums.js';

/** 対象 as municipal staff write them; the export writes these, the import takes them or the codes. */
export const TARGET_LABELS: Record<ResourceTarget, string> = {
  [ResourceTarget.ELDERLY]: '高齢',
  [ResourceTarget.DISABILITY]: '障害',
  [ResourceTarget.CHILDREN]: '子ども',
  [ResourceTarget.CHILD_REARING]: '子育て',
  [ResourceTarget.POVERTY]: '生活困窮',
  [ResourceTarget.HIKIKOMORI]: 'ひきこもり',
  [ResourceTarget.YOUTH]: '若者',
  [ResourceTarget.FOREIGN_RESIDENTS]: '外国人住民',
  [ResourceTarget.ANYONE]: '誰でも',
};

/** 参加の形 as municipal staff write them. */
export const FORM_LABELS: Record<ParticipationForm, string> = {
  [ParticipationForm.IBASHO]: '居場所',
  [ParticipationForm.WORK_EXPERIENCE]: '就労体験',
  [ParticipationForm.EMPLOYMENT]: '就労',
  [ParticipationForm.VOLUNTEER]: 'ボランティア',
  [ParticipationForm.LEARNING]: '学び',
  [ParticipationForm.MEALS]: '食事（子ども食堂等）',
  [ParticipationForm.CONSULTATION]: '相談',
  [ParticipationForm.PEER_SUPPORT]: 'ピアサポート',
  [ParticipationForm.HOBBY]: '趣味・交流',
};

/** Other spellings a spreadsheet may carry: the short form of a long label, HSDS/iCalendar day codes, 曜日. */
const EXTRA_SPELLINGS: Record<string, readonly string[]> = {
  [ParticipationForm.MEALS]: ['食事', '子ども食堂'],
  [ParticipationForm.HOBBY]: ['趣味', '交流'],
  [DayOfWeek.MONDAY]: ['MO', 'MON', '月', '月曜', '月曜日'],
  [DayOfWeek.TUESDAY]: ['TU', 'TUE', '火', '火曜', '火曜日'],
  [DayOfWeek.WEDNESDAY]: ['WE', 'WED', '水', '水曜', '水曜日'],
  [DayOfWeek.THURSDAY]: ['TH', 'THU', '木', '木曜', '木曜日'],
  [DayOfWeek.FRIDAY]: ['FR', 'FRI', '金', '金曜', '金曜日'],
  [DayOfWeek.SATURDAY]: ['SA', 'SAT', '土', '土曜', '土曜日'],
  [DayOfWeek.SUNDAY]: ['SU', 'SUN', '日', '日曜', '日曜日'],
};

/** Full-width or half-width, upper or lower case: one key, so ＭＯＮＤＡＹ and monday read alike. */
const spellingKey = (value: string): string => value.normalize('NFKC').trim().toUpperCase();

/** Reads a code, label or other spelling of one of `codes` (undefined when it names none). */
export function codeReader<T extends string>(codes: Record<string, T>, labels: Partial<Record<T, string>> = {}): (spelling: string) => T | undefined {
  const byKey = new Map<string, T>();
  for (const code of Object.values(codes)) {
    for (const spelling of [code, labels[code], ...(EXTRA_SPELLINGS[code] ?? [])]) if (spelling) byKey.set(spellingKey(spelling), code);
  }
  return (spelling) => byKey.get(spellingKey(spelling));
}
