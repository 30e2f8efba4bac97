/**
 * Emergency accesses (緊急時の閲覧) declared, by the verdict of their review (正当 / 不当 /
 * 判断不能, or not yet reviewed). A source for the indicators context (see its FactSource);
 * per agency means the declaring agency. Counts only: a declaration is not listed behind it.
 */
export const EMERGENCY_INDICATOR_FACTS = {
  accesses: {
    from: 'emergency_accesses e',
    municipality: 'e.municipality_id',
    at: 'e.declared_at',
    agency: 'e.declared_by_agency_id',
    cell: "COALESCE(e.review_verdict::text, 'UNREVIEWED')",
    measure: 'count',
  },
} as const;
