import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, toApiFilter, trailFilterSchema } from './trailFilter';

describe('toApiFilter', () => {
  it('leaves out empty fields', () => {
    expect(toApiFilter(EMPTY_FILTER)).toEqual({});
  });

  it('reads the dates as whole days in Japan time, the end inclusive (across a month end)', () => {
    expect(toApiFilter({ ...EMPTY_FILTER, from: '2026-11-30', to: '2026-11-30' })).toEqual({ from: '2026-11-30T00:00:00+09:00', to: '2026-12-01T00:00:00+09:00' });
    expect(toApiFilter({ ...EMPTY_FILTER, to: '2026-12-31' })).toEqual({ to: '2027-01-01T00:00:00+09:00' });
  });

  it('refuses an id that is not one, and an end before the start', () => {
    expect(trailFilterSchema.safeParse({ ...EMPTY_FILTER, caseId: 'abc' }).success).toBe(false);
    expect(trailFilterSchema.safeParse({ ...EMPTY_FILTER, from: '2026-12-02', to: '2026-12-01' }).success).toBe(false);
    expect(trailFilterSchema.safeParse({ ...EMPTY_FILTER, actorId: '0b6a1c1e-3f4d-4c8e-9a51-2f7e1d0c9b8a' }).success).toBe(true);
  });
});
