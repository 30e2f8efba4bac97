import { hash } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields the hash covers: everything but the hashes themselves, with the entry's place in the chain. */
export type HashedContent = Omit<AuditEventEntity, 'hash' | 'previousHash' | 'sequence'> & { readonly sequence: string | bigint };

/**
 * sha256(previous hash, canonical content). The canonical form fixes field order, key
 * order inside `details`, and the textual form of times and sequence numbers, so the
 * same row always hashes the same after a round trip through PostgreSQL.
 */
export function chainHash(previousHash: string, event: HashedContent): string {
  const canonical = JSON.stringify([
    event.id,
    event.municipalityId,
    String(event.sequence),
    event.occurredAt.toISOString(),
    event.actorUserId,
    event.actorAgencyId,
    event.action,
    event.caseId,
    event.subjectName,
    [...event.categories].sort(),
    event.basis,
    event.consentId,
    event.conferenceId,
    event.providerAgencyId,
    event.recipientAgencyId,
    event.recipientUserId,
    sortKeys(event.details),
    // Added later: hashed only where set, so the entries written before keep their hashes.
    ...(event.provisionKey || event.repeatOf ? [event.provisionKey, event.repeatOf] : []),
    ...(event.emergencyAccessId ? [{ emergencyAccessId: event.emergencyAccessId }] : []),
  ]);
  // One-shot: a third of createHash's cost for inputs this short, on every entry linked and verified.
  return hash('sha256', `${previousHash}\n${canonical}`, 'hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
