/**
 * Where the cases context keeps the figures the municipality reports (指標): intakes (受付) at
 * each counter and for each need, and moves into and out of 見守り. Read by the indicators
 * context as sources it wraps in its period and grouping (see its FactSource); the SQL over
 * these tables stays here.
 */
export const CASE_INDICATOR_FACTS = {
  /** Each case begins with an intake at the counter (agency) that opened it. */
  intakesByCounter: { from: 'cases c', municipality: 'c.municipality_id', at: 'c.created_at', agency: 'c.opened_by_agency_id', cell: 'c.opened_by_agency_id', measure: 'count', record: 'c.id' },
  /** An intake counts once in total, and once under each need category it names. */
  intakesByNeed: {
    from: 'cases c CROSS JOIN LATERAL unnest(c.needs) AS need(category)',
    municipality: 'c.municipality_id',
    at: 'c.created_at',
    agency: 'c.opened_by_agency_id',
    cell: 'need.category',
    measure: 'distinct',
    subject: 'c.id',
    record: 'c.id',
  },
  /** Each move into 見守り (a case may enter it more than once). */
  watchingStarted: {
    from: 'case_status_changes sc JOIN cases c ON c.id = sc.case_id',
    municipality: 'c.municipality_id',
    at: 'sc.changed_at',
    where: "sc.to_status = 'WATCHING' AND sc.from_status <> 'WATCHING'",
    measure: 'count',
    record: 'c.id',
  },
  /** Each move out of 見守り: support resumed or the case closed. */
  watchingEnded: {
    from: 'case_status_changes sc JOIN cases c ON c.id = sc.case_id',
    municipality: 'c.municipality_id',
    at: 'sc.changed_at',
    where: "sc.from_status = 'WATCHING' AND sc.to_status <> 'WATCHING'",
    cell: 'sc.to_status',
    measure: 'count',
    record: 'c.id',
  },
} as const;
