import { describe, expect, it } from '@jest/globals';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { combineRepeats, type Appended } from './combined-repeats.js';

const CASE = '00000000-0000-4000-8000-00000000000c';
const NO_PROVISION_OF_ITS_OWN = { basis: null, consentId: null, conferenceId: null, emergencyAccessId: null, providerAgencyId: null, provisionKey: null };
let next = 0;

/** A provision of `provider`'s `categories`, read under `action`, with the key the trail would give it. */
function provision(provider: string, categories: DataCategory[], key: string | null, action = 'case.summary_provided', caseId = CASE): Appended {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    municipalityId: '00000000-0000-4000-8000-000000000001',
    occurredAt: new Date('2026-12-05T01:00:00Z'),
    actorUserId: 'reader',
    actorAgencyId: 'housing',
    action,
    caseId,
    subjectName: '山田 太郎',
    categories,
    basis: VisibilityBasis.CONSENT,
    consentId: 'consent',
    conferenceId: null,
    emergencyAccessId: null,
    providerAgencyId: provider,
    recipientAgencyId: 'housing',
    recipientUserId: 'reader',
    details: {},
    provisionKey: key,
  };
}

describe('combineRepeats: a read’s repeated provisions are one entry of the trail', () => {
  it('keeps the day’s first provisions as they are, and records them as firsts', () => {
    const firsts = new Map<string, string>();
    const append = [provision('health', [DataCategory.HEALTH], 'k-health'), provision('legal', [DataCategory.LEGAL], 'k-legal')];
    expect(combineRepeats(append, firsts)).toEqual(append);
    expect(firsts).toEqual(new Map([['k-health', append[0]?.id], ['k-legal', append[1]?.id]]));
  });

  it('combines a read’s repeats into one entry naming the records it repeats, and no provision of its own', () => {
    const firsts = new Map([['k-health', 'first-health'], ['k-legal', 'first-legal']]);
    const [health, legal] = [provision('health', [DataCategory.HEALTH], 'k-health'), provision('legal', [DataCategory.LEGAL, DataCategory.HEALTH], 'k-legal')];
    const entries = combineRepeats([health as Appended, legal as Appended], firsts);
    expect(entries).toEqual([
      { ...health, categories: [], ...NO_PROVISION_OF_ITS_OWN, details: { repeated: ['first-health', 'first-legal'] } },
    ]);
    // Who read, when, which case and person stay: the access log's entry of the read.
    expect(entries[0]).toMatchObject({ actorUserId: 'reader', recipientUserId: 'reader', caseId: CASE, subjectName: '山田 太郎' });
  });

  it('keeps a new provision beside the read’s repeats, and a repeat within one append repeats the first of that append', () => {
    const firsts = new Map([['k-health', 'first-health']]);
    const fresh = provision('legal', [DataCategory.LEGAL], 'k-legal');
    const again = provision('legal', [DataCategory.LEGAL], 'k-legal');
    const entries = combineRepeats([provision('health', [DataCategory.HEALTH], 'k-health'), fresh, again], firsts);
    expect(entries.map((e) => e.details)).toEqual([{ repeated: ['first-health', fresh.id] }, {}]);
    expect(entries[1]).toBe(fresh);
  });

  it('keeps one entry per case and action of the append, and entries that are no provision as they are', () => {
    const firsts = new Map([['k-a', 'first-a'], ['k-b', 'first-b'], ['k-c', 'first-c']]);
    const opened = { ...provision('welfare', [], null, 'case.opened'), basis: null };
    const entries = combineRepeats(
      [provision('health', [DataCategory.HEALTH], 'k-a', 'case.record_provided', 'case-1'), opened, provision('health', [DataCategory.HEALTH], 'k-b', 'case.record_provided', 'case-2'), provision('health', [DataCategory.BASIC], 'k-c', 'case.plan_provided', 'case-1')],
      firsts,
    );
    expect(entries.map((e) => [e.action, e.caseId, e.details])).toEqual([
      ['case.record_provided', 'case-1', { repeated: ['first-a'] }],
      ['case.opened', CASE, {}],
      ['case.record_provided', 'case-2', { repeated: ['first-b'] }],
      ['case.plan_provided', 'case-1', { repeated: ['first-c'] }],
    ]);
  });
});
