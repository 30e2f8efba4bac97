import { describe, expect, it } from '@jest/globals';
import { DataCategory, VisibilityBasis } from '@renkei/kernel';
import { chainHash, GENESIS_HASH, type HashedContent } from './audit-hash.js';

const event: HashedContent = {
  id: '00000000-0000-4000-8000-000000000001',
  municipalityId: '00000000-0000-4000-8000-000000000002',
  sequence: '1',
  occurredAt: new Date('2026-11-22T01:02:03.456Z'),
  actorUserId: null,
  actorAgencyId: null,
  action: 'case.summaries.read',
  caseId: null,
  subjectName: '山田 太郎',
  categories: [DataCategory.HEALTH, DataCategory.BASIC],
  basis: VisibilityBasis.CONSENT,
  consentId: null,
  conferenceId: null,
  emergencyAccessId: null,
  providerAgencyId: null,
  recipientAgencyId: null,
  provisionKey: null,
  repeatOf: null,
  recipientUserId: null,
  details: { b: 1, a: { d: 2, c: 3 } },
};

describe('chainHash', () => {
  it('is stable under key order and category order (a PostgreSQL round trip may reorder both)', () => {
    const reordered = { ...event, categories: [DataCategory.BASIC, DataCategory.HEALTH], details: { a: { c: 3, d: 2 }, b: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, event));
  });

  it('changes with any field and with the previous link', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, subjectName: '山田 花子' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, sequence: '2' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, details: { b: 2, a: { d: 2, c: 3 } } })).not.toBe(base);
    expect(chainHash('f'.repeat(64), event)).not.toBe(base);
  });

  it('covers the emergency access a provision rests on, and leaves entries without one as they were hashed', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, emergencyAccessId: '00000000-0000-4000-8000-000000000003' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, emergencyAccessId: null })).toBe(base);
  });

  it('hashes exactly as the entries already in the trail were hashed (fixed vectors: a change here breaks every stored chain)', () => {
    expect(chainHash(GENESIS_HASH, event)).toBe('68a64d9ac5ffd6ae31aee67515264b164e226e74d063fe92c47a4432ee9715b7');
    const provision = { ...event, provisionKey: 'a'.repeat(64), repeatOf: '00000000-0000-4000-8000-000000000004', emergencyAccessId: '00000000-0000-4000-8000-000000000003' };
    expect(chainHash('f'.repeat(64), provision)).toBe('299636a8126ca3bbf42837bf69cc1e58b01e0f6058529e877e83d01cc5d6bda8');
  });
});
