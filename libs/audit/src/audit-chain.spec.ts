import { describe, expect, it } from '@jest/globals';
import type { AuditEventEntity } from './audit-event.entity.js';
import { attests, chainStart, follow, GENESIS_ANCHOR, type ChainAnchor } from './audit-chain.js';
import { chainHash } from './audit-hash.js';

const MUNICIPALITY = '00000000-0000-4000-8000-000000000002';

/** A chain of `length` entries from the genesis, linked as the sequencer links them. */
function chain(length: number, details: (sequence: number) => Record<string, unknown> = () => ({})): AuditEventEntity[] {
  let previousHash = GENESIS_ANCHOR.hash;
  return Array.from({ length }, (_, i) => {
    const content = {
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      municipalityId: MUNICIPALITY,
      sequence: String(i + 1),
      occurredAt: new Date(Date.UTC(2026, 0, i + 1)),
      actorUserId: null,
      actorAgencyId: null,
      action: 'case.opened',
      caseId: null,
      subjectName: null,
      categories: [],
      basis: null,
      consentId: null,
      conferenceId: null,
      emergencyAccessId: null,
      providerAgencyId: null,
      recipientAgencyId: null,
      recipientUserId: null,
      details: details(i + 1),
      provisionKey: null,
      repeatOf: null,
    };
    const hash = chainHash(previousHash, content);
    const event = { ...content, previousHash, hash };
    previousHash = hash;
    return event;
  });
}

/** The anchor after walking `events` from `start`, or the sequence of the first entry that breaks. */
function walk(start: ChainAnchor, events: readonly AuditEventEntity[]): ChainAnchor | string {
  let anchor = start;
  for (const event of events) {
    const next = follow(anchor, event);
    if (!next) return event.sequence;
    anchor = next;
  }
  return anchor;
}

describe('the audit chain’s verification', () => {
  const events = chain(5);

  it('walks an untouched chain from the genesis', () => {
    expect(walk(chainStart(null), events)).toEqual({ sequence: 5n, hash: events[4]?.hash });
  });

  it('walks a pruned chain from its checkpoint: the first entry links to the checkpoint’s hash', () => {
    const checkpoint = { throughSequence: '2', throughHash: events[1]?.hash ?? '' };
    expect(walk(chainStart(checkpoint), events.slice(2))).toEqual({ sequence: 5n, hash: events[4]?.hash });
  });

  it('names the first remaining entry when the checkpoint does not match what is left', () => {
    expect(walk(chainStart({ throughSequence: '2', throughHash: events[0]?.hash ?? '' }), events.slice(2))).toBe('3');
    // A hole after the checkpoint: entry 3 removed as well.
    expect(walk(chainStart({ throughSequence: '2', throughHash: events[1]?.hash ?? '' }), events.slice(3))).toBe('4');
    // Pruned rows but no checkpoint: from the genesis, the first remaining entry breaks.
    expect(walk(chainStart(null), events.slice(2))).toBe('3');
  });

  it('names an entry moved to another place, its hashes kept', () => {
    const [first, second] = events;
    const moved = { ...(second as AuditEventEntity), sequence: '3' };
    expect(walk(chainStart(null), [first as AuditEventEntity, moved])).toBe('3');
  });

  it('finds an entry changed after the prune', () => {
    const [third, ...rest] = events.slice(2);
    const forged = { ...(third as AuditEventEntity), details: { forged: true } };
    expect(walk(chainStart({ throughSequence: '2', throughHash: events[1]?.hash ?? '' }), [forged, ...rest])).toBe('3');
  });

  it('takes a checkpoint as attested only by the prune’s entry naming it', () => {
    const anchor = chainStart({ throughSequence: '2', throughHash: 'a'.repeat(64) });
    const [prune] = chain(1, () => ({ kind: 'ACCESS_LOGS', throughSequence: '2', throughHash: 'a'.repeat(64) }));
    const entry = { ...(prune as AuditEventEntity), action: 'retention.applied' };
    expect(attests(entry, anchor)).toBe(true);
    expect(attests({ ...entry, action: 'case.opened' }, anchor)).toBe(false);
    expect(attests({ ...entry, details: { ...entry.details, throughSequence: '3' } }, anchor)).toBe(false);
    expect(attests({ ...entry, details: { ...entry.details, kind: 'CLOSED_CASES' } }, anchor)).toBe(false);
  });
});
