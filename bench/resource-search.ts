// npm run bench — the directory search (社会資源) on 10,000 resources: the rows are imported
// through the same all-or-nothing path as the CSV import (ResourcesService.upsertMany), then
// BENCH_SEARCHES searches of a few kinds (hiragana, katakana, half-width, one kanji, text with
// filters) are timed over HTTP, one at a time. Figures are printed beside the target, never asserted.
//   BENCH_RESOURCES=10000  BENCH_SEARCHES=200  DATABASE_URL=<server for a scratch database>
import { actorOf, UserEntity } from '@renkei/identity';
import { ResourcesService, type ResourceRow } from '@renkei/resources';
import { DataSource } from 'typeorm';
import { ADMIN, gql, percentile } from './harness.js';
import { startInProcessApp } from './in-process-app.js';

const RESOURCES = Number(process.env['BENCH_RESOURCES'] ?? 10_000);
const SEARCHES = Number(process.env['BENCH_SEARCHES'] ?? 200);
const TARGET_P95_MS = 50;

// Listings made of the words a municipal directory is made of, so that the grams repeat as in life.
const KINDS = [
  ['子ども食堂', 'コドモショクドウ', 'MEALS', 'CHILDREN'],
  ['認知症カフェ', 'ニンチショウカフェ', 'IBASHO', 'ELDERLY'],
  ['居場所', 'イバショ', 'IBASHO', 'HIKIKOMORI'],
  ['ボランティアセンター', 'ボランティアセンター', 'VOLUNTEER', 'ANYONE'],
  ['就労体験', 'シュウロウタイケン', 'WORK_EXPERIENCE', 'YOUTH'],
  ['学習支援教室', 'ガクシュウシエンキョウシツ', 'LEARNING', 'POVERTY'],
  ['ふれあいサロン', 'フレアイサロン', 'HOBBY', 'ELDERLY'],
  ['日本語教室', 'ニホンゴキョウシツ', 'LEARNING', 'FOREIGN_RESIDENTS'],
] as const;
const NAMES = [['ひまわり', 'ヒマワリ'], ['たんぽぽ', 'タンポポ'], ['さくら', 'サクラ'], ['もみじ', 'モミジ'], ['あおぞら', 'アオゾラ'], ['こもれび', 'コモレビ'], ['にじいろ', 'ニジイロ'], ['ほっと', 'ホット'], ['つばめ', 'ツバメ'], ['どんぐり', 'ドングリ']] as const;
const AREAS = ['中央地区', '北地区', '南地区', '東地区', '西地区'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function row(i: number): ResourceRow {
  const [kind, kindKana, form, target] = KINDS[i % KINDS.length] ?? KINDS[0];
  const [name, nameKana] = NAMES[Math.floor(i / KINDS.length) % NAMES.length] ?? NAMES[0];
  const area = AREAS[i % AREAS.length] ?? '中央地区';
  return {
    line: i + 2,
    input: {
      name: `${kind} ${name} ${i}`,
      nameKana: `${kindKana} ${nameKana}`,
      organizationName: `NPO法人 ${name}の会 ${i % 300}`,
      description: `${area}の${kind}です。地域のボランティアが運営し、誰でも参加できます。第${(i % 4) + 1}週は特別企画があります。`,
      targets: [target],
      forms: [form],
      area,
      address: `桜市${area.replace('地区', '町')}${(i % 9) + 1}-${(i % 20) + 1}`,
      schedules: [{ dayOfWeek: DAYS[i % DAYS.length], opensAt: '10:00', closesAt: i % 2 === 0 ? '15:00' : '20:00' }],
      cost: '無料',
      accessibility: '',
      languages: ['ja'],
    },
  };
}

const SEARCH = 'query($filter: ResourceFilter) { resources(filter: $filter, first: 20) { totalCount edges { node { id name } } } }';
const QUERIES: readonly [string, Record<string, unknown>][] = [
  ['hiragana: こどもしょくどう', { text: 'こどもしょくどう' }],
  ['katakana: ヒマワリ', { text: 'ヒマワリ' }],
  ['half-width: ｺﾓﾚﾋﾞ', { text: 'ｺﾓﾚﾋﾞ' }],
  ['one kanji: 食', { text: '食' }],
  ['description word: 特別企画', { text: '特別企画' }],
  ['text + area + day + time', { text: 'さくら', area: '北地区', dayOfWeek: 'WEDNESDAY', at: '18:00' }],
  ['filters only: ELDERLY, 東地区', { targets: ['ELDERLY'], area: '東地区' }],
];

const name = `renkei_bench_resources_${process.pid}`;
const { app, url, token, close } = await startInProcessApp(name);

// The import: one transaction, every row validated, as importResources does.
const admin = await app.get(DataSource).manager.findOneOrFail(UserEntity, { where: { email: ADMIN.email }, relations: { agency: true } });
const importStarted = performance.now();
const imported = await app.get(ResourcesService).upsertMany(actorOf(admin), Array.from({ length: RESOURCES }, (_, i) => row(i)), { dryRun: false });
const importMs = performance.now() - importStarted;
if (imported.errors.length > 0 || imported.created !== RESOURCES) throw new Error(`The import failed: ${JSON.stringify(imported.errors.slice(0, 5))}`);
// The planner's statistics, as autovacuum gathers them shortly after a bulk load; without them it plans for an empty table.
await app.get(DataSource).query('ANALYZE resources');

const results: string[] = [];
const perQuery = Math.max(1, Math.round(SEARCHES / QUERIES.length));
for (const [label, filter] of QUERIES) {
  await gql(url, SEARCH, { filter }, token); // warm-up
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < perQuery; i++) {
    const started = performance.now();
    total = (await gql<{ resources: { totalCount: number } }>(url, SEARCH, { filter }, token)).resources.totalCount;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  results.push(`| ${label} | ${total} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} | ≤ ${TARGET_P95_MS} | ${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'} |`);
}

console.log(`\nDirectory search on ${RESOURCES} resources: import (one transaction, validated) ${(importMs / 1000).toFixed(1)} s; ${perQuery} searches per query over HTTP, one at a time\n`);
console.log('| query | matches | p50 ms | p95 ms | target p95 ms | target |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const line of results) console.log(line);
await close();
process.exit(0);
