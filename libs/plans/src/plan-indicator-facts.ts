// The first approval (支援決定) of a case's plans: when 多機関協働 took the case on.
const FIRST_APPROVAL = 'p.approved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM plans q WHERE q.case_id = p.case_id AND q.approved_at < p.approved_at)';
const DAYS_FROM_INTAKE = 'EXTRACT(EPOCH FROM p.approved_at - c.created_at) / 86400';

/**
 * Where the plans context keeps the figures the municipality reports: cases taken on
 * (支援決定), the time from intake to it, plans approved and evaluated, and their outcomes.
 * Sources for the indicators context (see its FactSource); per agency means the lead agency (主担当).
 */
export const PLAN_INDICATOR_FACTS = {
  casesTakenOn: { from: 'plans p', municipality: 'p.municipality_id', at: 'p.approved_at', agency: 'p.lead_agency_id', where: FIRST_APPROVAL, measure: 'distinct', subject: 'p.case_id', record: 'p.case_id' },
  daysToApprovalMedian: {
    from: 'plans p JOIN cases c ON c.id = p.case_id',
    municipality: 'p.municipality_id',
    at: 'p.approved_at',
    agency: 'p.lead_agency_id',
    where: FIRST_APPROVAL,
    measure: 'median',
    subject: DAYS_FROM_INTAKE,
    record: 'p.case_id',
  },
  daysToApprovalAverage: {
    from: 'plans p JOIN cases c ON c.id = p.case_id',
    municipality: 'p.municipality_id',
    at: 'p.approved_at',
    agency: 'p.lead_agency_id',
    where: FIRST_APPROVAL,
    measure: 'average',
    subject: DAYS_FROM_INTAKE,
    record: 'p.case_id',
  },
  /** Every version approved counts: a plan continued after evaluation is a plan made again. */
  plansApproved: { from: 'plans p', municipality: 'p.municipality_id', at: 'p.approved_at', agency: 'p.lead_agency_id', where: 'p.approved_at IS NOT NULL', measure: 'count', record: 'p.case_id' },
  /** Each evaluation, by the decision it took (継続 / 終結 / 中断 / 見守り). */
  plansEvaluated: {
    from: 'plans p',
    municipality: 'p.municipality_id',
    at: 'p.evaluated_at',
    agency: 'p.lead_agency_id',
    where: 'p.evaluation_decision IS NOT NULL',
    cell: 'p.evaluation_decision',
    measure: 'count',
    record: 'p.case_id',
  },
  /** Closures (終結) by their reason. */
  plansClosed: {
    from: 'plans p',
    municipality: 'p.municipality_id',
    at: 'p.evaluated_at',
    agency: 'p.lead_agency_id',
    where: "p.evaluation_decision = 'CLOSE'",
    cell: "COALESCE(p.closure_reason::text, 'OTHER')",
    measure: 'count',
    record: 'p.case_id',
  },
} as const;
