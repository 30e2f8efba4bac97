// npm run bench (fifth part) — what a browser downloads on first load of the login page and
// of マイタスク: the scripts and styles each needs (the entry, the page's own chunk and
// everything they import statically), read from Vite's build manifest, gzip-compressed as
// a server would send them. Target: under 250 KiB of JavaScript for each page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB = resolve(process.env['WEB_CLIENT_DIR'] ?? 'dist/apps/web');
const TARGET_KIB = 250;

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(resolve(WEB, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(keys: readonly string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipKiB = (file: string) => gzipSync(readFileSync(resolve(WEB, file)), { level: 9 }).length / 1024;

function weigh(page: string, chunks: readonly string[]): string {
  const keys = [...closure(chunks)];
  const js = keys.reduce((sum, key) => sum + (manifest[key] ? gzipKiB(manifest[key].file) : 0), 0);
  const css = [...new Set(keys.flatMap((key) => manifest[key]?.css ?? []))].reduce((sum, file) => sum + gzipKiB(file), 0);
  const ratio = js / TARGET_KIB;
  return `| ${page} | ${js.toFixed(1)} | ${css.toFixed(1)} | < ${TARGET_KIB} | ${ratio.toFixed(2)}× ${ratio < 1 ? 'ok' : 'OVER'} |`;
}

console.log('\nWeb client, first load (gzip, from the production build)\n');
console.log('| page | JS KiB | CSS KiB | target JS KiB | ratio to target |');
console.log('| --- | ---: | ---: | ---: | --- |');
console.log(weigh('ログイン (/login)', ['index.html']));
console.log(weigh('マイタスク (/)', ['index.html', 'src/features/tasks/TasksPage.tsx']));
