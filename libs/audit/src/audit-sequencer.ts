import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { every } from '@renkei/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { holdSequencerLock } from './audit-chain-lock.js';
import { chainHash, GENESIS_HASH, type HashedContent } from './audit-hash.js';

// Entries linked per transaction: a backlog is worked off in steps that each commit.
const BATCH = 2_000;

/**
 * Links appended entries into their municipality's hash chain, one sequencer at a time across
 * every process (a transaction-scoped advisory lock only the sequencer and the prune take).
 * Unlinked entries are taken in arrival order; each gets the next sequence of its chain, the
 * previous link's hash and its own, and, for a provision, the day's first record of the same
 * provision when it is a repeat (`repeatOf`). Whatever the sequencer does not finish (a
 * crash, a shutdown) stays unlinked and is linked by the next one: appending never waits.
 */
@Injectable()
export class AuditSequencer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditSequencer.name);
  private stopTimer: (() => void) | null = null;
  private running: Promise<unknown> | null = null;
  /** Entries this process linked, for the metrics. */
  linkedTotal = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  /** Links on the interval from now on. */
  start(): void {
    this.stopTimer ??= every(this.config.audit.linkIntervalMs / 1000, () => this.tick(), (message) => this.logger.warn(`Audit sequencer: ${message}`));
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Stops linking on the interval, once the pass under way is done (`catchUp` still links on demand). */
  async stop(): Promise<void> {
    this.stopTimer?.();
    this.stopTimer = null;
    await this.running?.catch(() => undefined);
  }

  /**
   * Links everything appended before the call, waiting for a sequencer of another process to
   * finish first: what a reader of the chain calls, so that it reads its own writes linked.
   */
  catchUp(): Promise<void> {
    return drain(() => this.dataSource.transaction((manager) => this.linkBatch(manager, 'wait')));
  }

  /** Links a batch under a lock the caller already holds (the prune, which must cut a linked chain). */
  linkHeld(manager: EntityManager): Promise<void> {
    return drain(() => this.linkBatch(manager, 'held'));
  }

  /** How long the oldest unlinked entry has waited, in seconds (0: none waits). */
  async lag(): Promise<number> {
    const [row] = await this.dataSource.query<{ seconds: number | null }[]>(
      `SELECT extract(epoch FROM clock_timestamp() - occurred_at)::float8 AS seconds FROM audit_events WHERE hash IS NULL ORDER BY arrival LIMIT 1`,
    );
    return Math.max(0, row?.seconds ?? 0);
  }

  // The periodic pass: skipped while a pass of this process, or another process's sequencer, runs.
  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = drain(() => this.dataSource.transaction((manager) => this.linkBatch(manager, 'try')));
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Links up to BATCH entries; returns how many (0 also when another sequencer holds the lock and `lock` is 'try'). */
  private async linkBatch(manager: EntityManager, lock: 'try' | 'wait' | 'held'): Promise<number> {
    if (lock !== 'held' && !(await holdSequencerLock(manager, lock === 'wait'))) return 0;
    const pending = await manager.query<Pending[]>(PENDING, [BATCH]);
    if (pending.length === 0) return 0;
    const byMunicipality = new Map<string, Pending[]>();
    for (const entry of pending) {
      const entries = byMunicipality.get(entry.municipalityId);
      if (entries) entries.push(entry);
      else byMunicipality.set(entry.municipalityId, [entry]);
    }
    const links: Link[] = [];
    for (const [municipalityId, entries] of byMunicipality) links.push(...(await this.chain(manager, municipalityId, entries)));
    await manager.query(
      `UPDATE audit_events e SET sequence = l.sequence, previous_hash = l.previous_hash, hash = l.hash, repeat_of = l.repeat_of
       FROM unnest($1::uuid[], $2::bigint[], $3::char(64)[], $4::char(64)[], $5::uuid[]) AS l(id, sequence, previous_hash, hash, repeat_of)
       WHERE e.id = l.id`,
      [links.map((l) => l.id), links.map((l) => l.sequence), links.map((l) => l.previousHash), links.map((l) => l.hash), links.map((l) => l.repeatOf)],
    );
    this.linkedTotal += links.length;
    return pending.length;
  }

  // The links of one municipality's entries, continuing its chain.
  private async chain(manager: EntityManager, municipalityId: string, entries: readonly Pending[]): Promise<Link[]> {
    const keys = [...new Set(entries.map((e) => e.provisionKey).filter((k): k is string => k !== null))];
    const { last, firsts } = await chainHead(manager, municipalityId, keys);
    let sequence = BigInt(last?.sequence ?? 0);
    let previousHash = last?.hash ?? GENESIS_HASH;
    return entries.map((entry) => {
      sequence += 1n;
      const key = entry.provisionKey;
      const repeatOf = key ? (firsts.get(key) ?? null) : null;
      if (key && !repeatOf) firsts.set(key, entry.id);
      // Its place is set on the row itself: on Node 20 a copy spread with two keys added cost
      // a few microseconds an entry, more than hashing it.
      const hash = chainHash(previousHash, Object.assign(entry, { sequence, repeatOf }));
      const link = { id: entry.id, sequence: sequence.toString(), previousHash, hash, repeatOf };
      previousHash = hash;
      return link;
    });
  }
}

/** Runs `batch` until one links less than a full batch: what was appended before is then linked. */
async function drain(batch: () => Promise<number>): Promise<void> {
  while ((await batch()) === BATCH);
}

/** An unlinked entry: what its hash covers but its place, as plain values (no entity to build per row). */
type Pending = Omit<HashedContent, 'sequence' | 'repeatOf'>;

// The oldest unlinked entries, every column the hash covers under its property's name.
const PENDING = `SELECT id, municipality_id AS "municipalityId", occurred_at AS "occurredAt", actor_user_id AS "actorUserId", actor_agency_id AS "actorAgencyId",
         action, case_id AS "caseId", subject_name AS "subjectName", categories::text[] AS categories, basis, consent_id AS "consentId",
         conference_id AS "conferenceId", emergency_access_id AS "emergencyAccessId", provider_agency_id AS "providerAgencyId",
         recipient_agency_id AS "recipientAgencyId", recipient_user_id AS "recipientUserId", details, provision_key AS "provisionKey"
  FROM audit_events WHERE hash IS NULL ORDER BY arrival LIMIT $1`;

interface Link {
  readonly id: string;
  readonly sequence: string;
  readonly previousHash: string;
  readonly hash: string;
  readonly repeatOf: string | null;
}

/**
 * The chain's last link, and the provision records already linked with these keys, in one
 * statement. A pruned chain continues from its checkpoint when no entry is left after it.
 */
async function chainHead(manager: EntityManager, municipalityId: string, keys: readonly string[]): Promise<{ last: { sequence: string; hash: string } | null; firsts: Map<string, string> }> {
  const [row] = await manager.query<{ last: { sequence: string; hash: string } | null; firsts: Record<string, string> | null }[]>(
    `SELECT (SELECT json_build_object('sequence', sequence::text, 'hash', hash) FROM (
               (SELECT sequence, hash FROM audit_events WHERE municipality_id = $1 AND sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1)
               UNION ALL (SELECT through_sequence, through_hash FROM audit_checkpoints WHERE municipality_id = $1 ORDER BY through_sequence DESC LIMIT 1)) head
             ORDER BY sequence DESC LIMIT 1) AS last,
            (SELECT json_object_agg(provision_key, id) FROM audit_events
             WHERE municipality_id = $1 AND provision_key = ANY($2::char(64)[]) AND repeat_of IS NULL AND hash IS NOT NULL) AS firsts`,
    [municipalityId, keys],
  );
  return { last: row?.last ?? null, firsts: new Map(Object.entries(row?.firsts ?? {})) };
}
