import type { CommunityActivityKind } from '../../gql/enums';
import { communityActivityKindLabels } from './messages';
import { currentFiscalYear, fiscalYearOf, periodError, type Period } from './period';

// The log's period and kind live in the address (/community-activities?from=…&to=…&kind=…), as
// the directory's filters do, so a period can be reloaded and shared. What the address holds is
// checked: an unknown kind, a broken date or an impossible period is dropped.

export const ACTIVITY_KINDS = Object.keys(communityActivityKindLabels) as CommunityActivityKind[];

export interface ActivitiesSearch {
  readonly from?: string;
  readonly to?: string;
  readonly kind?: CommunityActivityKind;
}

/** The route's validateSearch. */
export function validateActivitiesSearch(search: Record<string, unknown>): ActivitiesSearch {
  const from = typeof search['from'] === 'string' ? search['from'] : undefined;
  const to = typeof search['to'] === 'string' ? search['to'] : undefined;
  const kind = ACTIVITY_KINDS.find((known) => known === search['kind']);
  const period = from && to && !periodError({ from, to }) ? { from, to } : {};
  return { ...period, ...(kind ? { kind } : {}) };
}

/** The period the log shows: the address's, else the current fiscal year. */
export function periodOf(search: ActivitiesSearch, now = new Date()): Period {
  return search.from && search.to ? { from: search.from, to: search.to } : currentFiscalYear(now);
}

/** The log that shows an activity of `day`: the current fiscal year's, else that of its own year. */
export function searchShowing(day: string, now = new Date()): ActivitiesSearch {
  const current = currentFiscalYear(now);
  return day >= current.from && day <= current.to ? {} : fiscalYearOf(day);
}
