// A meeting held: started (and not called off), placed in time by when it began.
const HELD = "m.started_at IS NOT NULL AND m.status <> 'CANCELLED'";

/**
 * Where the conferences context keeps the figures the municipality reports: meetings held by
 * kind (支援会議 / 重層的支援会議), cases discussed, and how action items were reviewed.
 * Sources for the indicators context (see its FactSource); conferences are the municipality's,
 * not one agency's, so none is counted per agency.
 */
export const CONFERENCE_INDICATOR_FACTS = {
  held: { from: 'conferences m', municipality: 'm.municipality_id', at: 'm.started_at', where: HELD, cell: 'm.kind', measure: 'count', record: 'm.id' },
  /** A case on the agenda of a meeting held: discussed once per meeting. */
  casesDiscussed: {
    from: 'conference_agenda_items ai JOIN conferences m ON m.id = ai.conference_id',
    municipality: 'm.municipality_id',
    at: 'm.started_at',
    where: HELD,
    cell: 'm.kind',
    measure: 'count',
    record: 'm.id',
  },
  /** An action item reviewed in a later meeting: done, not done, or no longer possible. */
  actionItemsReviewed: {
    from: 'conference_action_reviews r JOIN conferences m ON m.id = r.conference_id',
    municipality: 'm.municipality_id',
    at: 'r.reviewed_at',
    cell: 'r.outcome',
    measure: 'count',
    record: 'r.task_id',
  },
} as const;
