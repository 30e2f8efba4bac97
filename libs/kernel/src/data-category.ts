/** The kinds of information a case summary holds, and what consent is given for. */
export enum DataCategory {
  BASIC = 'BASIC', // 基本情報 (identity, household, contact)
  HOUSING = 'HOUSING', // 住まい
  HEALTH = 'HEALTH', // 心身の健康
  MENTAL_HEALTH = 'MENTAL_HEALTH', // 精神保健
  DISABILITY = 'DISABILITY', // 障害
  FINANCES = 'FINANCES', // 家計・収入・債務
  EMPLOYMENT = 'EMPLOYMENT', // 就労
  LEGAL = 'LEGAL', // 法律問題 (要配慮: 犯罪の経歴 etc.)
  EDUCATION = 'EDUCATION', // 教育・学校
  FAMILY = 'FAMILY', // 家族関係
  CARE_NEEDS = 'CARE_NEEDS', // 介護・支援の必要
  SAFEGUARDING = 'SAFEGUARDING', // 虐待・権利擁護
  PARTICIPATION = 'PARTICIPATION', // 参加支援 (a referral to a local resource and how it goes)
}

/** The words the screens use (apps/web/src/app/labels.ts): files and documents read like the page. */
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
  [DataCategory.PARTICIPATION]: '参加支援（社会資源へのつなぎ）',
};
