import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

const run = promisify(execFile);

// Reading a PDF back as a person would see it, with poppler (installed by tools/ensure-chromium.js).
// Asynchronous on purpose: a blocked event loop would miss the server closing an idle
// keep-alive connection, and the test's next request would fail on the dead socket.

async function withFile<T>(pdf: Buffer, read: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'renkei-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await read(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading order (pdftotext). */
export async function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).stdout);
}

/** The fonts as pdffonts lists them: name and whether embedded. */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const listing = await withFile(pdf, async (file) => (await run('pdffonts', [file], { encoding: 'utf8' })).stdout);
  return listing
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** Page 1 rendered to a greyscale PNG (pdftoppm): its size and the share of its pixels that carry ink. */
export async function firstPageInk(pdf: Buffer): Promise<{ width: number; height: number; ink: number }> {
  const png = await withFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-png', '-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    return readFile(join(dir, 'page.png'));
  });
  return inkOf(png);
}

// An 8-bit PNG decoded (IHDR, IDAT, the five scanline filters) and its dark pixels counted.
function inkOf(png: Buffer): { width: number; height: number; ink: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[body[9] ?? 0] ?? 1;
      if (body[8] !== 8) throw new Error('expected an 8-bit PNG');
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (line[x - channels] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      line[x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
    // The first channel stands for the pixel: the page is rendered in grey.
    for (let x = 0; x < stride; x += channels) if ((line[x] ?? 255) < 160) dark += 1;
    previous = line;
  }
  return { width, height, ink: dark / (width * height) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The first of these texts not found after the ones before it in the extracted text, or null when all appear in this order. */
export function firstOutOfOrder(text: string, expected: readonly string[]): string | null {
  let from = 0;
  for (const part of expected) {
    const at = text.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return null;
}
