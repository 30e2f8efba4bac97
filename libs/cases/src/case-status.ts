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

/** The words the screens use (ケース一覧), for files, documents and figures. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  [CaseStatus.INTAKE]: '相談受付',
  [CaseStatus.ASSESSMENT]: 'アセスメント',
  [CaseStatus.PLANNING]: 'プラン作成',
  [CaseStatus.IN_SUPPORT]: '支援中',
  [CaseStatus.REVIEW]: 'モニタリング・評価',
  [CaseStatus.WATCHING]: '見守り',
  [CaseStatus.CLOSED]: '終結',
};

/** Who takes a transition: the coordinator by hand (changeCaseStatus), or the support plan's life cycle. */
export type TransitionMover = 'hand' | 'plan';

const { INTAKE, ASSESSMENT, PLANNING, IN_SUPPORT, REVIEW, WATCHING, CLOSED } = CaseStatus;

/**
 * The one table of legal transitions, each marked with who takes it. The steps that follow
 * from the support plan (drafting, approval 支援決定, evaluation) are the plan's only, so the
 * case status cannot drift from its plan; by hand, a case is taken in, closed before a plan
 * exists, or reopened for assessment (a person comes back).
 */
const TRANSITIONS: Readonly<Record<CaseStatus, Partial<Readonly<Record<CaseStatus, TransitionMover>>>>> = {
  [INTAKE]: { [ASSESSMENT]: 'hand', [CLOSED]: 'hand' },
  // A plan is drafted.
  [ASSESSMENT]: { [PLANNING]: 'plan', [CLOSED]: 'hand' },
  // Approved in a 重層的支援会議 (支援決定); or back to assessment / closed before any approval.
  [PLANNING]: { [IN_SUPPORT]: 'plan', [ASSESSMENT]: 'hand', [CLOSED]: 'hand' },
  // A next version is drafted; the plan is put up for evaluation; the evaluation decides watching or closure.
  [IN_SUPPORT]: { [PLANNING]: 'plan', [REVIEW]: 'plan', [WATCHING]: 'plan', [CLOSED]: 'plan' },
  [REVIEW]: { [PLANNING]: 'plan', [WATCHING]: 'plan', [CLOSED]: 'plan' },
  [WATCHING]: { [PLANNING]: 'plan', [REVIEW]: 'plan', [CLOSED]: 'plan', [ASSESSMENT]: 'hand' },
  [CLOSED]: { [ASSESSMENT]: 'hand' },
};

/** Who may take the step from `from` to `to`; null when it is no step of the life cycle. */
export function transitionMover(from: CaseStatus, to: CaseStatus): TransitionMover | null {
  return TRANSITIONS[from][to] ?? null;
}

/** The steps changeCaseStatus takes from `from` (the plan's steps are the plan's). */
export function nextStatuses(from: CaseStatus): CaseStatus[] {
  return Object.values(CaseStatus).filter((to) => transitionMover(from, to) === 'hand');
}
