import { describe, expect, it } from '@jest/globals';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { combineProvisions, type RecordFacts } from './combine-provisions.js';
import { DisclosureWithholdingGround } from './withholding-ground.js';

const HOUSING = 'agency-housing';
const HEALTH = 'agency-health';
const COORDINATOR = 'agency-coordinator';

let next = 0;
function record(at: string, overrides: Partial<RecordFacts> = {}): RecordFacts {
  next += 1;
  return { id: `r${next}`, providedAt: new Date(at), providerAgencyId: COORDINATOR, recipientAgencyId: HOUSING, basis: VisibilityBasis.CONSENT, categories: [DataCategory.BASIC], ...overrides };
}

describe('combineProvisions', () => {
  it('combines repeats per provider, recipient and basis: categories merged, first and last time, days in Japan', () => {
    const records = [
      record('2026-11-01T01:00:00Z', { categories: [DataCategory.HOUSING] }),
      // 23:30 JST on 1 November, the same day in Japan as the first.
      record('2026-11-01T14:30:00Z', { categories: [DataCategory.BASIC] }),
      // 00:30 JST on 2 November: another day in Japan though the same UTC date as the one before.
      record('2026-11-01T15:30:00Z', { categories: [DataCategory.HOUSING, DataCategory.BASIC] }),
      record('2026-11-05T02:00:00Z', { basis: VisibilityBasis.SUPPORT_MEETING }),
      record('2026-11-03T02:00:00Z', { recipientAgencyId: HEALTH }),
    ];

    const { provisions, withheld } = combineProvisions(records, new Map());

    expect(provisions).toEqual([
      {
        providerAgencyId: COORDINATOR,
        recipientAgencyId: HOUSING,
        basis: VisibilityBasis.CONSENT,
        categories: [DataCategory.BASIC, DataCategory.HOUSING],
        firstAt: new Date('2026-11-01T01:00:00Z'),
        lastAt: new Date('2026-11-01T15:30:00Z'),
        days: 2,
      },
      expect.objectContaining({ recipientAgencyId: HEALTH, basis: VisibilityBasis.CONSENT, days: 1 }),
      expect.objectContaining({ recipientAgencyId: HOUSING, basis: VisibilityBasis.SUPPORT_MEETING, days: 1, firstAt: new Date('2026-11-05T02:00:00Z') }),
    ]);
    expect(withheld).toEqual([]);
  });

  it('leaves a withheld record out entirely and counts it under its ground only', () => {
    const shown = record('2026-11-01T01:00:00Z');
    const meeting = record('2026-11-02T01:00:00Z', { basis: VisibilityBasis.SUPPORT_MEETING, recipientAgencyId: HEALTH, categories: [DataCategory.HEALTH] });
    const again = record('2026-11-03T01:00:00Z', { basis: VisibilityBasis.SUPPORT_MEETING, recipientAgencyId: HEALTH });
    const third = record('2026-11-04T01:00:00Z', { recipientAgencyId: HEALTH });
    const grounds = new Map([
      [meeting.id, DisclosureWithholdingGround.IMPEDES_AFFAIRS],
      [again.id, DisclosureWithholdingGround.IMPEDES_AFFAIRS],
      [third.id, DisclosureWithholdingGround.HARMS_PERSON],
    ]);

    const { provisions, withheld } = combineProvisions([shown, meeting, again, third], grounds);

    expect(provisions).toEqual([expect.objectContaining({ recipientAgencyId: HOUSING, categories: [DataCategory.BASIC], days: 1 })]);
    // In the grounds' fixed order, whatever the records' order.
    expect(withheld).toEqual([
      { ground: DisclosureWithholdingGround.HARMS_PERSON, count: 1 },
      { ground: DisclosureWithholdingGround.IMPEDES_AFFAIRS, count: 2 },
    ]);
  });

  it('gives an empty document for a case without provisions', () => {
    expect(combineProvisions([], new Map())).toEqual({ provisions: [], withheld: [] });
  });
});
