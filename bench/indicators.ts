// npm run bench — the indicators (指標) of a fiscal year for a municipality with BENCH_CASES cases
// and BENCH_TASKS tasks (plans, status changes, conferences and activities beside them), the
// records generated in SQL. indicatorReport is timed over HTTP, one at a time, then every
// indicator's statement is EXPLAINed and the heaviest one's plan printed, checked for index use.
// Figures are printed beside the target, never asserted.
//   BENCH_CASES=20000  BENCH_TASKS=200000  BENCH_REPORTS=10  DATABASE_URL=<server for a scratch database>
import { UserEntity } from '@renkei/identity';
import { indicatorStatement, IndicatorKey } from '@renkei/indicators';
import { DataSource } from 'typeorm';
import { ADMIN, gql, percentile } from './harness.js';
import { startInProcessApp } from './in-process-app.js';

const CASES = Number(process.env['BENCH_CASES'] ?? 20_000);
const TASKS = Number(process.env['BENCH_TASKS'] ?? 200_000);
const REPORTS = Number(process.env['BENCH_REPORTS'] ?? 10);
const TARGET_MS = 1000;
const FISCAL_YEAR = 2026;

const name = `renkei_bench_indicators_${process.pid}`;
const { app, url, token, close } = await startInProcessApp(name);
const db = app.get(DataSource);
const admin = await db.manager.findOneByOrFail(UserEntity, { email: ADMIN.email });
const m = admin.municipalityId;

// The records, in SQL: ten counters; cases through the year (JST); a plan for two cases in five,
// half of them evaluated; moves into 見守り; a meeting every few days with three cases; tasks due
// through the year, a third open, some completed late; activities twice a week.
const generated = performance.now();
const year = `timestamptz '${FISCAL_YEAR}-04-01 00:00+09'`;
await db.query(`INSERT INTO agencies (municipality_id, name, sector) SELECT $1, '窓口 ' || g, 'WELFARE' FROM generate_series(1, 10) g`, [m]);
await db.query(
  `INSERT INTO cases (municipality_id, title, status, needs, opened_by_user_id, opened_by_agency_id, version, subject_full_name, subject_full_name_kana, subject_birth_date, subject_address, created_at, updated_at)
   SELECT $1, 'ケース ' || g, (ARRAY['INTAKE','ASSESSMENT','IN_SUPPORT','WATCHING','CLOSED'])[1 + g % 5]::case_status,
          (CASE g % 4 WHEN 0 THEN '{HOUSING}' WHEN 1 THEN '{HEALTH,FINANCES}' WHEN 2 THEN '{EMPLOYMENT}' ELSE '{FAMILY,CARE_NEEDS}' END)::data_category[],
          $2, a.id, 1, '利用者 ' || g, 'リヨウシャ', date '1960-01-01', '桜市', ${year} + (g % 365) * interval '1 day' + (g % 1440) * interval '1 minute', now()
   FROM generate_series(1, $3::int) g JOIN LATERAL (SELECT id FROM agencies WHERE municipality_id = $1 ORDER BY name OFFSET g % 10 LIMIT 1) a ON TRUE`,
  [m, admin.id, CASES],
);
await db.query(`CREATE TEMP TABLE bench_cases AS SELECT id, opened_by_agency_id AS agency_id, created_at, row_number() OVER (ORDER BY created_at, id) AS rn FROM cases WHERE municipality_id = $1`, [m]);
await db.query(
  `INSERT INTO plans (case_id, municipality_id, number, status, agency_id, created_by_user_id, lead_agency_id, participation_referral, outreach, approved_at, evaluated_at, evaluation_decision)
   SELECT c.id, $1, 1, 'IN_PROGRESS', c.agency_id, $2, c.agency_id, false, false, c.created_at + interval '20 days' + (c.rn % 30) * interval '1 day',
          CASE WHEN c.rn % 2 = 0 THEN c.created_at + interval '120 days' END, CASE WHEN c.rn % 2 = 0 THEN (ARRAY['CONTINUE','CLOSE','SUSPEND','WATCH'])[1 + c.rn % 4]::plan_decision END
   FROM bench_cases c WHERE c.rn % 5 < 2`,
  [m, admin.id],
);
await db.query(
  `INSERT INTO case_status_changes (case_id, from_status, to_status, changed_by_user_id, changed_at)
   SELECT c.id, 'IN_SUPPORT', 'WATCHING', $1, c.created_at + interval '100 days' FROM bench_cases c WHERE c.rn % 7 = 0`,
  [admin.id],
);
await db.query(
  `INSERT INTO conferences (municipality_id, kind, title, scheduled_at, status, chair_user_id, chair_agency_id, started_at, ended_at)
   SELECT $1, (ARRAY['SUPPORT_MEETING','MULTI_AGENCY_MEETING'])[1 + g % 2]::conference_kind, '会議 ' || g, ${year} + g * interval '3 days', 'ENDED', $2, $3,
          ${year} + g * interval '3 days', ${year} + g * interval '3 days' + interval '1 hour'
   FROM generate_series(1, 120) g`,
  [m, admin.id, admin.agencyId],
);
await db.query(
  `INSERT INTO conference_agenda_items (conference_id, case_id, position)
   SELECT k.id, c.id, p FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM conferences WHERE municipality_id = $1) k
   CROSS JOIN generate_series(1, 3) p JOIN bench_cases c ON c.rn = (k.rn * 3 + p) % ${CASES} + 1`,
  [m],
);
await db.query(
  `INSERT INTO tasks (case_id, municipality_id, title, status, assignee_agency_id, due_at, created_by_user_id, created_at, updated_at)
   SELECT c.id, $1, 'タスク ' || g, (ARRAY['COMPLETED','COMPLETED','IN_PROGRESS','REQUESTED','COMPLETED','CANCELLED'])[1 + g % 6]::task_status, c.agency_id,
          ${year} + (g % 365) * interval '1 day', $2, ${year}, ${year} + (g % 365) * interval '1 day' + CASE WHEN g % 4 = 0 THEN interval '3 days' ELSE -interval '1 day' END
   FROM generate_series(1, $3::int) g JOIN bench_cases c ON c.rn = g % ${CASES} + 1`,
  [m, admin.id, TASKS],
);
await db.query(
  `INSERT INTO community_activities (municipality_id, held_on, place, place_key, kind, participant_count, bodies, body_keys, resource_ids, note, recorded_by_user_id, version, created_at, updated_at)
   SELECT $1, date '${FISCAL_YEAR}-04-01' + g * 3, '会場 ' || g % 12, 'かいじょう' || g % 12, 'EXCHANGE', 5 + g % 20, ARRAY['団体' || g % 9], ARRAY['だんたい' || g % 9], '{}', '', $2, 1, now(), now()
   FROM generate_series(0, 120) g`,
  [m, admin.id],
);
// The planner's statistics, as autovacuum gathers them shortly after a bulk load.
await db.query('ANALYZE');
const generatedMs = performance.now() - generated;

const REPORT = `query($period: IndicatorPeriodInput!) { indicatorReport(period: $period) { groups { indicators { key value breakdown { key value } byMonth { month value } } } } }`;

/** `REPORTS` reports of the period over HTTP, one at a time, after a warm-up: the intakes counted, the times sorted. */
async function timed(period: { fiscalYear: number; month?: number }): Promise<{ intakes: number; times: number[] }> {
  await gql(url, REPORT, { period }, token);
  const times: number[] = [];
  let intakes = 0;
  for (let i = 0; i < REPORTS; i++) {
    const started = performance.now();
    const found = await gql<{ indicatorReport: { groups: { indicators: { key: string; value: number }[] }[] } }>(url, REPORT, { period }, token);
    times.push(performance.now() - started);
    intakes = found.indicatorReport.groups.flatMap((group) => group.indicators).find((indicator) => indicator.key === 'INTAKES')?.value ?? 0;
  }
  return { intakes, times: times.sort((a, b) => a - b) };
}

/** Every indicator's statement for the period, EXPLAINed with its run time, heaviest first. */
async function explained(month: number | null): Promise<{ key: string; ms: number; plan: string }[]> {
  const plans: { key: string; ms: number; plan: string }[] = [];
  for (const key of Object.values(IndicatorKey)) {
    const { sql, params } = indicatorStatement(key, { municipalityId: m, agencyId: null, now: new Date(), fiscalYear: FISCAL_YEAR, month });
    const rows = await db.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    plans.push({ key, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0), plan });
  }
  return plans.sort((a, b) => b.ms - a.ms);
}

const wholeYear = await timed({ fiscalYear: FISCAL_YEAR });
const october = await timed({ fiscalYear: FISCAL_YEAR, month: 10 });
const row = (label: string, { intakes, times }: { intakes: number; times: number[] }) => {
  const worst = times[times.length - 1] ?? 0;
  return `| ${label} | ${intakes} | ${percentile(times, 50).toFixed(1)} | ${worst.toFixed(1)} | < ${TARGET_MS} | ${worst < TARGET_MS ? 'met' : 'MISSED'} |`;
};
console.log(`\nIndicators of 年度 ${FISCAL_YEAR} on ${CASES} cases and ${TASKS} tasks (generated in SQL in ${(generatedMs / 1000).toFixed(1)} s); ${REPORTS} reports over HTTP, one at a time\n`);
console.log('| query | intakes | p50 ms | max ms | target ms | target |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(row('indicatorReport (year, municipality)', wholeYear));
console.log(row('indicatorReport (one month, municipality)', october));

// A year reads most of each table: a sequential scan is the plan to expect there. A month reads
// a twelfth of it: the statements must find it through an index (municipality and time).
for (const [label, month] of [['the year', null], ['one month', 10]] as const) {
  const plans = await explained(month);
  const heaviest = plans[0];
  if (!heaviest) continue;
  const indexed = /Index (Only )?Scan|Bitmap Index Scan/.test(heaviest.plan);
  console.log(`\nThe heaviest statements for ${label}: ${plans.slice(0, 3).map((entry) => `${entry.key} ${entry.ms.toFixed(1)} ms`).join(', ')}`);
  console.log(`EXPLAIN (ANALYZE) of ${heaviest.key} for ${label} — index used: ${indexed ? 'yes' : month === null ? 'no (a sequential scan of the year)' : 'NO'}\n`);
  console.log(heaviest.plan);
}
await close();
process.exit(0);
