import { pastDateViolations, type FieldViolation } from '@renkei/kernel';
import { normalise } from '@renkei/resources';
import type { CommunityActivityInput } from './dto/community-activity.input.js';

const MAX_RANGE_YEARS = 2;

/** What the input's decorators cannot tell: the date against today (JST) and bodies that fold to one. */
export function activityViolations(input: CommunityActivityInput, now: Date): FieldViolation[] {
  const seen = new Set<string>();
  const duplicates = input.bodies.flatMap((body, i) => {
    const key = normalise(body);
    const repeated = seen.has(key);
    seen.add(key);
    return repeated ? [{ field: `bodies.${i}`, message: '同じ団体が重複しています' }] : [];
  });
  return [...pastDateViolations('heldOn', input.heldOn, now), ...duplicates];
}

/** A period of the log: `to` not before `from`, at most two years after it. */
export function rangeViolations(from: string, to: string): FieldViolation[] {
  if (to < from) return [{ field: 'to', message: '終了日は開始日以降にしてください' }];
  const limit = new Date(`${from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_RANGE_YEARS);
  if (to > limit.toISOString().slice(0, 10)) return [{ field: 'to', message: '期間は2年以内にしてください' }];
  return [];
}

/** The keys the totals count distinct: places and bodies as the directory compares text. */
export function keysOf(input: CommunityActivityInput): { placeKey: string; bodyKeys: string[] } {
  return { placeKey: normalise(input.place), bodyKeys: input.bodies.map(normalise) };
}
