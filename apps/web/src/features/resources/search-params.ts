import { participationFormLabels, resourceTargetLabels } from '../../app/labels';
import type { DayOfWeek, ParticipationForm, ResourceTarget } from '../../gql/enums';
import type { ResourceFilter } from '../../gql/graphql';
import { DAYS, isTime } from './schedule';

// The directory's filters live in the address (/resources?q=…&targets=…), so a search can be
// reloaded, shared and gone back to. What the address holds is checked: an unknown value is dropped.

export const RESOURCE_TARGETS = Object.keys(resourceTargetLabels) as ResourceTarget[];
export const PARTICIPATION_FORMS = Object.keys(participationFormLabels) as ParticipationForm[];

export interface ResourcesSearch {
  readonly q?: string;
  readonly targets?: ResourceTarget[];
  readonly forms?: ParticipationForm[];
  readonly area?: string;
  readonly day?: DayOfWeek;
  readonly at?: string;
  readonly inactive?: boolean;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The values of `value` (one or a list) that are among `known`; none gives undefined. */
function pick<T extends string>(value: unknown, known: readonly T[]): T[] | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((item): item is T => known.includes(item as T));
  return values.length ? values : undefined;
}

/** The route's validateSearch: only the keys that hold a valid value are kept. */
export function validateResourcesSearch(search: Record<string, unknown>): ResourcesSearch {
  const found: { -readonly [K in keyof ResourcesSearch]: ResourcesSearch[K] } = {
    q: text(search['q']),
    targets: pick(search['targets'], RESOURCE_TARGETS),
    forms: pick(search['forms'], PARTICIPATION_FORMS),
    area: text(search['area']),
    day: pick(search['day'], DAYS)?.[0],
    at: typeof search['at'] === 'string' && isTime(search['at']) ? search['at'] : undefined,
    inactive: search['inactive'] === true || undefined,
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)) as ResourcesSearch;
}

/** The API's filter for a search in the address. */
export function toResourceFilter(search: ResourcesSearch): ResourceFilter {
  return {
    text: search.q ?? null,
    targets: search.targets ?? null,
    forms: search.forms ?? null,
    area: search.area ?? null,
    dayOfWeek: search.day ?? null,
    at: search.at ?? null,
    includeInactive: search.inactive ?? null,
  };
}

export function hasFilters(search: ResourcesSearch): boolean {
  return Object.keys(search).length > 0;
}
