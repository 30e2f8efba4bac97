import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { every } from '@renkei/kernel';
import { DataSource, type EntityManager } from 'typeorm';
import { holdSequencerLock } from './audit-chain-lock.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';
import type { AuditRow } from './audit-trail.js';
import { combineRepeats, type Appended } from './combined-repeats.js';

// Appends (inbox rows) linked per transaction: a backlog is worked off in steps that each commit.
const BATCH = 500;

/**
 * Links appended entries into their municipality's hash chain, one sequencer at a time across
 * every process (a transaction-scoped advisory lock only the sequencer and the prune take).
 * The appends in the inbox are taken in arrival order, their entries in the order appended,
 * the provisions that repeat one of the day's records combined ({@link combineRepeats}); each
 * entry gets the next sequence of its chain, the previous link's hash and its own. The
 * entries go into the chain and their appends out of the inbox in one statement. Whatever the
 * sequencer does not finish (a crash, a shutdown) stays in the inbox and is linked by the
 * next one: appending never waits.
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
    // An append from before `shared` keeps the time in each entry.
    const [row] = await this.dataSource.query<{ seconds: number | null }[]>(
      `SELECT extract(epoch FROM clock_timestamp() - coalesce(shared->>'occurred_at', entries->0->>'occurred_at')::timestamptz)::float8 AS seconds FROM audit_appends ORDER BY arrival LIMIT 1`,
    );
    return Math.max(0, row?.seconds ?? 0);
  }

  /** How many of the municipality's entries wait in the inbox, unlinked. */
  async pending(manager: EntityManager, municipalityId: string): Promise<number> {
    const [row] = await manager.query<{ pending: number }[]>(`SELECT coalesce(sum(json_array_length(entries)), 0)::int AS pending FROM audit_appends WHERE municipality_id = $1`, [municipalityId]);
    return row?.pending ?? 0;
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

  /** Links the entries of up to BATCH appends; returns how many appends (0 also when another sequencer holds the lock and `lock` is 'try'). */
  private async linkBatch(manager: EntityManager, lock: 'try' | 'wait' | 'held'): Promise<number> {
    if (lock !== 'held' && !(await holdSequencerLock(manager, lock === 'wait'))) return 0;
    const pending = await manager.query<{ arrival: string; municipality_id: string; shared: Partial<AuditRow>; entries: Partial<AuditRow>[] }[]>(PENDING, [BATCH]);
    if (pending.length === 0) return 0;
    // Appends in arrival order, each with its entries in order (its shared values overlaid by their own), by municipality.
    const byMunicipality = new Map<string, Appended[][]>();
    for (const { municipality_id: municipalityId, shared, entries } of pending) {
      // Object.assign: on Node 20 a spread of the two cost 14 µs an entry, thirty times as much.
      const append = entries.map((own) => toAppended(Object.assign({}, shared, own) as AuditRow));
      const appends = byMunicipality.get(municipalityId);
      if (appends) appends.push(append);
      else byMunicipality.set(municipalityId, [append]);
    }
    const linked: object[] = [];
    for (const [municipalityId, appends] of byMunicipality) linked.push(...(await this.chain(manager, municipalityId, appends)));
    // The inbox refuses deletions but the sequencer's, while this transaction says so.
    await manager.query(`SELECT set_config('renkei.audit_link', 'on', true)`);
    await manager.query(MOVE, [[...byMunicipality.keys()], pending.map((append) => append.arrival), JSON.stringify(linked)]);
    await manager.query(`SELECT set_config('renkei.audit_link', 'off', true)`);
    this.linkedTotal += linked.length;
    return pending.length;
  }

  // One municipality's appends as rows of its chain, continuing it: repeats combined, each entry linked.
  private async chain(manager: EntityManager, municipalityId: string, appends: readonly Appended[][]): Promise<object[]> {
    const keys = [...new Set(appends.flat().flatMap((e) => (e.provisionKey ? [e.provisionKey] : [])))];
    const { last, firsts } = await chainHead(manager, municipalityId, keys);
    let sequence = BigInt(last?.sequence ?? 0);
    let previousHash = last?.hash ?? GENESIS_HASH;
    return appends.flatMap((append) =>
      combineRepeats(append, firsts).map((entry) => {
        sequence += 1n;
        // Its place is set on the row itself: on Node 20 a copy spread with two keys added cost
        // a few microseconds an entry, more than hashing it.
        const hash = chainHash(previousHash, Object.assign(entry, { sequence, repeatOf: null }));
        const row = toRow(entry, sequence, previousHash, hash);
        previousHash = hash;
        return row;
      }),
    );
  }
}

// An appended entry as the hash reads it. Its values are those PostgreSQL gives back once the
// entry is linked (the trail appends them so), but the time, which JSON carries as text.
function toAppended(e: AuditRow): Appended {
  return {
    id: e.id,
    municipalityId: e.municipality_id,
    occurredAt: new Date(e.occurred_at),
    actorUserId: e.actor_user_id,
    actorAgencyId: e.actor_agency_id,
    action: e.action,
    caseId: e.case_id,
    subjectName: e.subject_name,
    categories: e.categories,
    basis: e.basis,
    consentId: e.consent_id,
    conferenceId: e.conference_id,
    emergencyAccessId: e.emergency_access_id,
    providerAgencyId: e.provider_agency_id,
    recipientAgencyId: e.recipient_agency_id,
    recipientUserId: e.recipient_user_id,
    details: e.details,
    provisionKey: e.provision_key,
  };
}

// A linked entry as json_populate_recordset reads it into a row of audit_events: the chain's columns type it here.
function toRow(e: Appended, sequence: bigint, previousHash: string, hash: string): object {
  return {
    id: e.id,
    municipality_id: e.municipalityId,
    sequence: sequence.toString(),
    occurred_at: e.occurredAt,
    actor_user_id: e.actorUserId,
    actor_agency_id: e.actorAgencyId,
    action: e.action,
    case_id: e.caseId,
    subject_name: e.subjectName,
    categories: e.categories,
    basis: e.basis,
    consent_id: e.consentId,
    conference_id: e.conferenceId,
    emergency_access_id: e.emergencyAccessId,
    provider_agency_id: e.providerAgencyId,
    recipient_agency_id: e.recipientAgencyId,
    recipient_user_id: e.recipientUserId,
    details: e.details,
    provision_key: e.provisionKey,
    previous_hash: previousHash,
    hash,
  };
}

/** Runs `batch` until one takes less than a full batch: what was appended before is then linked. */
async function drain(batch: () => Promise<number>): Promise<void> {
  while ((await batch()) === BATCH);
}


// The oldest appends, in order (of the number: the text the row carries would sort 10 before 9).
const PENDING = `SELECT a.arrival::text AS arrival, a.municipality_id, a.shared, a.entries FROM audit_appends a ORDER BY a.arrival LIMIT $1`;

// The appends taken out of the inbox and their entries into the chain, linked, at once. The
// appends are found by the inbox's key, their municipalities with their arrivals: by arrival
// alone PostgreSQL read the whole table, and the appends deleted since its last vacuum with it.
const MOVE = `WITH taken AS (DELETE FROM audit_appends WHERE municipality_id = ANY($1::uuid[]) AND arrival = ANY($2::bigint[]))
  INSERT INTO audit_events SELECT * FROM json_populate_recordset(NULL::audit_events, $3::json)`;

/**
 * The chain's last link, and the provision records already linked with these keys, in one
 * statement. A pruned chain continues from its checkpoint when no entry is left after it.
 */
async function chainHead(manager: EntityManager, municipalityId: string, keys: readonly string[]): Promise<{ last: { sequence: string; hash: string } | null; firsts: Map<string, string> }> {
  const [row] = await manager.query<{ last: { sequence: string; hash: string } | null; firsts: Record<string, string> | null }[]>(
    `SELECT (SELECT json_build_object('sequence', sequence::text, 'hash', hash) FROM (
               (SELECT sequence, hash FROM audit_events WHERE municipality_id = $1 ORDER BY sequence DESC LIMIT 1)
               UNION ALL (SELECT through_sequence, through_hash FROM audit_checkpoints WHERE municipality_id = $1 ORDER BY through_sequence DESC LIMIT 1)) head
             ORDER BY sequence DESC LIMIT 1) AS last,
            (SELECT json_object_agg(provision_key, id) FROM audit_events
             WHERE municipality_id = $1 AND provision_key = ANY($2::char(64)[]) AND repeat_of IS NULL) AS firsts`,
    [municipalityId, keys],
  );
  return { last: row?.last ?? null, firsts: new Map(Object.entries(row?.firsts ?? {})) };
}
