/** One sample line of the Prometheus text format. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/y;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', '\\': '\\', '"': '"' };

/**
 * A scrape of `/metrics` (text format 0.0.4), read back: for the tests and the benchmarks
 * that check what the server reports. prom-client writes the format but does not read it.
 */
export class Scrape {
  private constructor(readonly samples: readonly Sample[]) {}

  static parse(text: string): Scrape {
    const samples: Sample[] = [];
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (line === '' || line.startsWith('#')) continue;
      const match = SAMPLE_LINE.exec(line);
      if (!match) throw new Error(`Not a sample line: ${line}`);
      samples.push({ name: match[1] as string, labels: parseLabels(match[2] ?? ''), value: parseValue(match[3] as string) });
    }
    return new Scrape(samples);
  }

  /** The samples named `name` whose labels include `labels`. */
  series(name: string, labels: Readonly<Record<string, string>> = {}): Sample[] {
    return this.samples.filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value));
  }

  /** The sum of those samples (0 when there are none, as for a counter not yet moved). */
  sum(name: string, labels: Readonly<Record<string, string>> = {}): number {
    return this.series(name, labels).reduce((total, s) => total + s.value, 0);
  }

  /**
   * The `q` quantile of a histogram over the series matching `labels`, interpolated within
   * the bucket it falls in as PromQL's histogram_quantile does; NaN without observations.
   */
  quantile(q: number, histogram: string, labels: Readonly<Record<string, string>> = {}): number {
    const counts = new Map<number, number>();
    for (const s of this.series(`${histogram}_bucket`, labels)) {
      const le = parseValue(s.labels['le'] ?? 'NaN');
      counts.set(le, (counts.get(le) ?? 0) + s.value);
    }
    const buckets = [...counts].sort(([a], [b]) => a - b);
    const total = buckets.at(-1)?.[1] ?? 0;
    if (total === 0) return NaN;
    const rank = q * total;
    let lower = 0;
    let below = 0;
    for (const [upper, count] of buckets) {
      if (count >= rank) return upper === Infinity ? lower : lower + ((upper - lower) * (rank - below)) / (count - below || 1);
      [lower, below] = [upper, count];
    }
    return lower;
  }
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text);
    if (!match) throw new Error(`Unreadable labels: {${text}}`);
    labels[match[1] as string] = (match[2] as string).replace(/\\(.)/g, (escape, char: string) => ESCAPES[char] ?? escape);
  }
  return labels;
}

// Prometheus reads these words whatever their case (Go's ParseFloat), and prom-client writes
// NaN as "Nan" (a gauge not yet measured): read them as Prometheus does.
function parseValue(text: string): number {
  const word = text.toLowerCase();
  if (word === '+inf' || word === 'inf') return Infinity;
  if (word === '-inf') return -Infinity;
  if (word === 'nan') return NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`Not a sample value: ${text}`);
  return value;
}
