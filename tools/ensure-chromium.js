// The browser suite drives Debian's Chromium (playwright-core downloads no browser of its
// own). On a machine without it, `npm test` installs it with Japanese fonts when it can
// (root with apt-get, as on CI), and otherwise says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];
// fonts-noto-cjk's file: without it, screenshots show boxes for Japanese text.
const JAPANESE_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(JAPANESE_FONT)) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    process.stderr.write(`The browser tests need Chromium at ${CHROMIUM}: run \`sudo apt-get install -y ${PACKAGES.join(' ')}\` (or set CHROMIUM_PATH).\n`);
    return false;
  }
  process.stdout.write(`Installing ${PACKAGES.join(' ')} for the browser tests\n`);
  const install = () => spawnSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    if (!install()) return false;
  }
  return existsSync(CHROMIUM);
}

// `node tools/ensure-chromium.js` (as .ci/run does, before anything else).
if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
