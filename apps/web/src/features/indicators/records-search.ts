import type { IndicatorKey } from '../../gql/graphql';
import { validateIndicatorsSearch, type IndicatorsSearch } from './period';

// The records behind a figure (/indicators/records?key=…&year=…&month=…&agency=…&cell=…): the
// dashboard's period and agency, the indicator and, for a breakdown's line, its cell.

export interface IndicatorRecordsSearch extends IndicatorsSearch {
  readonly key?: IndicatorKey;
  readonly cell?: string;
}

// Every indicator the API knows (its titles come with the figures); the type checker keeps the
// list whole when the schema gains one.
const KEYS: Record<IndicatorKey, true> = {
  INTAKES: true,
  INTAKES_BY_NEED: true,
  INTAKES_BY_CONSENT: true,
  CASES_TAKEN_ON: true,
  DAYS_TO_APPROVAL_MEDIAN: true,
  DAYS_TO_APPROVAL_AVERAGE: true,
  PLANS_APPROVED: true,
  PLANS_EVALUATED: true,
  PLANS_CLOSED: true,
  WATCHING_STARTED: true,
  WATCHING_ENDED: true,
  CONFERENCES_HELD: true,
  CASES_DISCUSSED: true,
  ACTION_ITEMS_REVIEWED: true,
  REFERRALS: true,
  PARTICIPATION_STARTED: true,
  PARTICIPATION_CONTINUING_3M: true,
  PARTICIPATION_CONTINUING_6M: true,
  HOST_SITES_SUPPORTED: true,
  COMMUNITY_ACTIVITIES: true,
  COMMUNITY_SITES: true,
  COMMUNITY_PARTICIPANTS: true,
  COMMUNITY_BODIES: true,
  TASKS_ON_TIME: true,
  TASKS_OVERDUE: true,
  EMERGENCY_ACCESSES: true,
};
const INDICATOR_KEYS = Object.keys(KEYS) as IndicatorKey[];

/** The route's validateSearch; an unknown indicator is dropped (the page then lists nothing). */
export function validateRecordsSearch(search: Record<string, unknown>, now = new Date()): IndicatorRecordsSearch {
  const key = INDICATOR_KEYS.find((known) => known === search['key']);
  const cell = typeof search['cell'] === 'string' && search['cell'] !== '' ? search['cell'] : undefined;
  return { ...validateIndicatorsSearch(search, now), ...(key ? { key } : {}), ...(cell ? { cell } : {}) };
}
