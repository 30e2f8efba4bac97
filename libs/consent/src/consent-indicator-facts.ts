/**
 * Intakes with and without the person's consent to be connected to the coordinating body
 * (つなぐことへの同意): the counter's consent for its own intake record, to the coordinating body.
 * A source for the indicators context (see its FactSource).
 */
export const CONSENT_INDICATOR_FACTS = {
  intakesByConnection: {
    from: 'cases c',
    municipality: 'c.municipality_id',
    at: 'c.created_at',
    agency: 'c.opened_by_agency_id',
    cell: [
      "CASE WHEN EXISTS (SELECT 1 FROM consents k JOIN consent_provisions p ON p.consent_id = k.id",
      "WHERE k.case_id = c.id AND k.recorded_by_agency_id = c.opened_by_agency_id AND p.to_coordinating_body AND p.effect = 'PERMIT')",
      "THEN 'WITH' ELSE 'WITHOUT' END",
    ].join(' '),
    measure: 'count',
    record: 'c.id',
  },
} as const;
