import type { HashedContent } from './audit-hash.js';

/** An appended entry: what its hash covers but its place, as plain values (no entity to build per row). */
export type Appended = Omit<HashedContent, 'sequence' | 'repeatOf'>;

/** The details of the entry that stands for a read's repeated provisions. */
export interface RepeatedDetails {
  /** The day's provision records (提供記録) the read repeated, by id. */
  readonly repeated: string[];
}

/**
 * What one append (one read, or one change) puts in the chain. A provision that is the
 * day's first of its kind goes in as it is: a provision record (提供記録). The provisions
 * that repeat one of the day's records go in as one entry per case and action of the append:
 * the read, in the access log, naming the records it repeated (`details.repeated`), which say
 * whose data, which categories and on which basis. The entry itself names no provider,
 * category or basis: it is no provision of its own, and nothing reading the trail may count
 * it as one. The trail keeps every read, the 提供記録 one record a day, and a read of ten
 * agencies' data already provided today adds one entry to the chain, not ten.
 *
 * `firsts` holds the day's first record of each provision key seen so far; the append's new
 * firsts are added to it.
 */
export function combineRepeats(append: readonly Appended[], firsts: Map<string, string>): Appended[] {
  const entries: Appended[] = [];
  const reads = new Map<string, Appended & { details: RepeatedDetails }>();
  for (const entry of append) {
    const key = entry.provisionKey;
    const first = key ? firsts.get(key) : undefined;
    if (!key || !first) {
      if (key) firsts.set(key, entry.id);
      entries.push(entry);
      continue;
    }
    const readKey = `${entry.caseId}\n${entry.action}`;
    let read = reads.get(readKey);
    if (!read) {
      // The read takes its first repeat's id and who, when and what of it; the provision's own columns stay empty.
      read = { ...entry, categories: [], basis: null, consentId: null, conferenceId: null, emergencyAccessId: null, providerAgencyId: null, provisionKey: null, details: { repeated: [] } };
      reads.set(readKey, read);
      entries.push(read);
    }
    read.details.repeated.push(first);
  }
  return entries;
}
