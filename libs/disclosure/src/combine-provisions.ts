import { DataCategory, type VisibilityBasis } from '@renkei/kernel';
import { DisclosureWithholdingGround } from './withholding-ground.js';

/** A provision record (提供記録) as the combining needs it. */
export interface RecordFacts {
  readonly id: string;
  readonly providedAt: Date;
  readonly providerAgencyId: string;
  readonly recipientAgencyId: string;
  readonly basis: VisibilityBasis;
  readonly categories: readonly DataCategory[];
}

/** Provisions of one provider to one recipient agency on one basis, combined. */
export interface CombinedProvision {
  readonly providerAgencyId: string;
  readonly recipientAgencyId: string;
  readonly basis: VisibilityBasis;
  readonly categories: DataCategory[];
  readonly firstAt: Date;
  readonly lastAt: Date;
  readonly days: number;
}

export interface CombinedDisclosure {
  readonly provisions: CombinedProvision[];
  readonly withheld: { ground: DisclosureWithholdingGround; count: number }[];
}

const CATEGORY_ORDER: readonly DataCategory[] = Object.values(DataCategory);
const GROUND_ORDER: readonly DisclosureWithholdingGround[] = Object.values(DisclosureWithholdingGround);
const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * The document's provisions: repeated provisions combined per provider, recipient agency and
 * basis (categories merged, first and last time, the number of days in Japan), oldest first.
 * A withheld record is left out entirely and only counted under its ground (APPI art. 78:
 * the person learns that something was withheld and why, never what).
 */
export function combineProvisions(records: readonly RecordFacts[], withheldGrounds: ReadonlyMap<string, DisclosureWithholdingGround>): CombinedDisclosure {
  const groups = new Map<string, { first: RecordFacts; firstAt: Date; lastAt: Date; categories: Set<DataCategory>; days: Set<string> }>();
  const counts = new Map<DisclosureWithholdingGround, number>();
  for (const record of records) {
    const ground = withheldGrounds.get(record.id);
    if (ground) {
      counts.set(ground, (counts.get(ground) ?? 0) + 1);
      continue;
    }
    const key = `${record.providerAgencyId}|${record.recipientAgencyId}|${record.basis}`;
    let group = groups.get(key);
    if (!group) {
      group = { first: record, firstAt: record.providedAt, lastAt: record.providedAt, categories: new Set(), days: new Set() };
      groups.set(key, group);
    }
    if (record.providedAt < group.firstAt) group.firstAt = record.providedAt;
    if (record.providedAt > group.lastAt) group.lastAt = record.providedAt;
    for (const category of record.categories) group.categories.add(category);
    group.days.add(jstDay(record.providedAt));
  }
  const provisions = [...groups.values()]
    .map(({ first, firstAt, lastAt, categories, days }) => ({
      providerAgencyId: first.providerAgencyId,
      recipientAgencyId: first.recipientAgencyId,
      basis: first.basis,
      categories: CATEGORY_ORDER.filter((category) => categories.has(category)),
      firstAt,
      lastAt,
      days: days.size,
    }))
    .sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime());
  const withheld = GROUND_ORDER.flatMap((ground) => (counts.has(ground) ? [{ ground, count: counts.get(ground) ?? 0 }] : []));
  return { provisions, withheld };
}

function jstDay(at: Date): string {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}
