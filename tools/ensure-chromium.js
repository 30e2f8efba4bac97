// The browser suite drives Debian's Chromium (playwright-core downloads no browser of its
// own), and the document tests read PDFs back with poppler's pdftotext and pdftoppm. On a
// machine without them, `npm test` installs them with Japanese fonts (which the PDFs embed too)
// when it can (root with apt-get, as on CI), and otherwise says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];
// fonts-noto-cjk's file: without it, screenshots show boxes for Japanese text.
const JAPANESE_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const PDF_TO_IMAGE = '/usr/bin/pdftoppm';

export function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(JAPANESE_FONT) && existsSync(PDF_TO_IMAGE)) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    process.stderr.write(`The browser and document tests need Chromium at ${CHROMIUM} and poppler: run \`sudo apt-get install -y ${PACKAGES.join(' ')}\` (or set CHROMIUM_PATH).\n`);
    return false;
  }
  process.stdout.write(`Installing ${PACKAGES.join(' ')} for the browser tests\n`);
  const install = () => spawnSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update'], { stdio: 'ignore' });
    if (!install()) return false;
  }
  return existsSync(CHROMIUM) && existsSync(PDF_TO_IMAGE);
}

// `node tools/ensure-chromium.js` (as .ci/run does, before anything else).
if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
