const ACTIVITIES = { from: 'community_activities a', municipality: 'a.municipality_id', at: 'a.held_on', onDate: true, cell: 'a.kind', record: 'a.id' } as const;

/**
 * Where the community context keeps the figures a 実施計画 reports for 地域づくり: activities,
 * sites, participants and participating bodies, by kind. Sources for the indicators context
 * (see its FactSource); activities are the municipality's, not one agency's.
 */
export const COMMUNITY_INDICATOR_FACTS = {
  activities: { ...ACTIVITIES, measure: 'count' },
  sites: { ...ACTIVITIES, measure: 'distinct', subject: 'a.place_key' },
  participants: { ...ACTIVITIES, measure: 'sum', subject: 'a.participant_count' },
  /** A body taking part in several activities counts once. */
  bodies: { ...ACTIVITIES, from: 'community_activities a CROSS JOIN LATERAL unnest(a.body_keys) AS body(key)', measure: 'distinct', subject: 'body.key' },
} as const;
