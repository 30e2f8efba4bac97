// npm run bench — the audit trail's own cost, apart from the read it records: appends of the
// shape a `case` read makes (the case record's provision and ten agencies' sections: eleven
// entries), written by 20 callers at once through the application's AuditTrail, then linked
// by its AuditSequencer. CPU of this process (Node) and of PostgreSQL per append, each phase
// on its own. The `case` read's whole cost is about 10 ms of CPU (bench/audit-cost.ts), on
// which a few hundred microseconds are too little for a ratio of throughputs to tell apart
// from a shared machine's noise; counted here alone, they are. Printed, never asserted.
//   BENCH_APPENDS=3000  BENCH_ROUNDS=3
import { randomUUID } from 'node:crypto';
import { type Actor } from '@renkei/access';
import { AuditSequencer, AuditTrail, type AuditEntry } from '@renkei/audit';
import { DataCategory, Role, Sector, VisibilityBasis } from '@renkei/kernel';
import { DataSource } from 'typeorm';
import { median, ROUNDS } from './compare.js';
import { cpuUsedFrom } from './harness.js';
import { startInProcessApp } from './in-process-app.js';
import { CATEGORIES } from './scenario.js';

const APPENDS = Number(process.env['BENCH_APPENDS'] ?? 3000);
const WRITERS = 20;

const app = await startInProcessApp(`renkei_bench_audit_path_${process.pid}`);
const trail = app.app.get(AuditTrail);
const sequencer = app.app.get(AuditSequencer);
// Linked only when measured: the interval's passes would run inside the appends' figures.
await sequencer.stop();
const [municipality] = await app.app.get(DataSource).query<{ id: string }[]>('SELECT id FROM municipalities LIMIT 1');
const reader: Actor = { userId: randomUUID(), municipalityId: municipality?.id ?? '', agencyId: randomUUID(), sector: Sector.HOUSING, roles: [Role.CASEWORKER] };
const caseId = randomUUID();
const consentId = randomUUID();
const provision = (action: string, providerAgencyId: string, categories: readonly string[]): AuditEntry => ({
  action,
  caseId,
  subjectName: '山田 太郎',
  categories: categories as DataCategory[],
  basis: VisibilityBasis.CONSENT,
  consentId,
  providerAgencyId,
  recipientAgencyId: reader.agencyId,
  recipientUserId: reader.userId,
  provision: true,
});
const read = [provision('case.record_provided', randomUUID(), ['BASIC']), ...Array.from({ length: 10 }, () => provision('case.summary_provided', randomUUID(), CATEGORIES.slice(0, 6)))];

async function append(count: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: WRITERS }, async () => {
    while (next++ < count) await trail.record(reader, read);
  }));
}

interface Phase {
  node: number;
  database: number;
  wall: number;
}

// Microseconds per append of `work` over `count` appends.
async function measured(count: number, work: () => Promise<void>): Promise<Phase> {
  const [used, started] = [cpuUsedFrom(process.pid), performance.now()];
  await work();
  const { server, database } = used();
  const perAppend = (seconds: number) => (seconds * 1e6) / count;
  return { node: perAppend(server), database: perAppend(database), wall: perAppend((performance.now() - started) / 1000) };
}

// Warmed, and the day's first provision records linked: the appends measured repeat them, as a day's reads do.
await append(300);
await sequencer.catchUp();
const rounds: { appended: Phase; linked: Phase }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const appended = await measured(APPENDS, () => append(APPENDS));
  const linked = await measured(APPENDS, () => sequencer.catchUp());
  rounds.push({ appended, linked });
}
await app.close();

const row = (label: string, phases: Phase[]) => `| ${label} | ${median(phases.map((p) => p.node)).toFixed(0)} | ${median(phases.map((p) => p.database)).toFixed(0)} | ${median(phases.map((p) => p.wall)).toFixed(0)} |`;
console.log(`\nThe audit trail alone: ${APPENDS} appends of a case read's eleven entries, ${WRITERS} writers, median of ${ROUNDS} rounds\n`);
console.log('| phase | Node µs per append | PostgreSQL µs per append | wall µs per append |');
console.log('| --- | --- | --- | --- |');
console.log(row('append (the read’s path)', rounds.map((r) => r.appended)));
console.log(row('link (the sequencer, off the path)', rounds.map((r) => r.linked)));
process.exit(0);
