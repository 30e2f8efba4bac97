/** The life of a case (受付 → アセスメント → プラン → 支援 → 評価 → 終結 / 見守り). */
export enum CaseStatus {
  INTAKE = 'INTAKE', // 受付
  ASSESSMENT = 'ASSESSMENT', // アセスメント
  PLANNING = 'PLANNING', // 支援プラン作成
  IN_SUPPORT = 'IN_SUPPORT', // 支援中
  REVIEW = 'REVIEW', // 評価
  WATCHING = 'WATCHING', // 見守り (伴走: staying connected)
  CLOSED = 'CLOSED', // 終結
}

const { INTAKE, ASSESSMENT, PLANNING, IN_SUPPORT, REVIEW, WATCHING, CLOSED } = CaseStatus;

/**
 * The legal transitions. A case may be closed from any open state; a closed case may be
 * reopened for assessment (a person comes back), and watching may turn back into support.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [INTAKE]: [ASSESSMENT, CLOSED],
  [ASSESSMENT]: [PLANNING, WATCHING, CLOSED],
  [PLANNING]: [IN_SUPPORT, ASSESSMENT, CLOSED],
  [IN_SUPPORT]: [REVIEW, WATCHING, CLOSED],
  [REVIEW]: [IN_SUPPORT, PLANNING, WATCHING, CLOSED],
  [WATCHING]: [IN_SUPPORT, ASSESSMENT, REVIEW, CLOSED],
  [CLOSED]: [ASSESSMENT],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}
