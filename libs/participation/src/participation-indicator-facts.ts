// Still taking part `months` after starting: started that long ago, and not ended (終了 / 見送り) before.
function continuingAfter(months: 3 | 6): string {
  const mark = `r.started_at + interval '${months} months'`;
  return `${mark} <= :now AND NOT EXISTS (SELECT 1 FROM referral_steps s WHERE s.referral_id = r.id AND s.status IN ('ENDED', 'DECLINED') AND s.at < ${mark})`;
}

/**
 * Where the participation context keeps the figures the municipality reports for 参加支援:
 * referrals by state, the people who started and who are still taking part after 3 and 6
 * months, and the host sites supported. Sources for the indicators context (see its
 * FactSource); per agency means the agency that made the referral or supported the host.
 */
export const PARTICIPATION_INDICATOR_FACTS = {
  /** Referrals made in the period, by the state they are in now. */
  referrals: { from: 'referrals r', municipality: 'r.municipality_id', at: 'r.created_at', agency: 'r.agency_id', cell: 'r.status', measure: 'count', record: 'r.id', owner: 'r.case_id' },
  /** People (cases) who started taking part at a resource. */
  started: { from: 'referrals r', municipality: 'r.municipality_id', at: 'r.started_at', agency: 'r.agency_id', where: 'r.started_at IS NOT NULL', measure: 'distinct', subject: 'r.case_id', record: 'r.id', owner: 'r.case_id' },
  continuing3Months: { from: 'referrals r', municipality: 'r.municipality_id', at: 'r.started_at', agency: 'r.agency_id', where: continuingAfter(3), measure: 'distinct', subject: 'r.case_id', record: 'r.id', owner: 'r.case_id' },
  continuing6Months: { from: 'referrals r', municipality: 'r.municipality_id', at: 'r.started_at', agency: 'r.agency_id', where: continuingAfter(6), measure: 'distinct', subject: 'r.case_id', record: 'r.id', owner: 'r.case_id' },
  /** Host sites (受入先) given support, each counted once, broken down by the kind of support. */
  hostSitesSupported: {
    from: 'host_support_notes h',
    municipality: 'h.municipality_id',
    at: 'h.supported_on',
    onDate: true,
    agency: 'h.agency_id',
    cell: 'h.kind',
    measure: 'distinct',
    subject: 'h.resource_id',
  },
} as const;
