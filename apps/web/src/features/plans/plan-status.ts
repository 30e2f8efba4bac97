import type { CaseStatus, PlanStatus } from '../../gql/enums';

/** An approved plan (支援決定 taken): the one that can be evaluated. */
export const APPROVED_STATUSES: readonly PlanStatus[] = ['IN_PROGRESS', 'REVIEW', 'EVALUATED', 'WATCHING'];

/**
 * Whether to offer 評価: a coordinator, or a user of the plan's lead agency, for an approved
 * plan (the server decides; this only spares a link that would be refused).
 */
export function canEvaluate(plan: { status: PlanStatus; leadAgency?: { id: string } | null }, coordinator: boolean, agencyId: string | undefined): boolean {
  if (!APPROVED_STATUSES.includes(plan.status)) return false;
  return coordinator || (!!agencyId && plan.leadAgency?.id === agencyId);
}

/** The version in the making (作成中 or 会議に提出), from all versions newest first. */
export function planInMaking<P extends { status: PlanStatus }>(plans: readonly P[]): P | null {
  return plans.find((plan) => plan.status === 'DRAFT' || plan.status === 'PROPOSED') ?? null;
}

/** A plan is drafted once the case is past intake and until it is closed (the server refuses otherwise). */
export function canDraft(caseStatus: CaseStatus): boolean {
  return caseStatus !== 'INTAKE' && caseStatus !== 'CLOSED';
}
