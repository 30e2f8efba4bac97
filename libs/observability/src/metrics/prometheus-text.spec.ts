import { describe, expect, it } from '@jest/globals';
import { Counter, Histogram, Registry } from 'prom-client';
import { Scrape } from './prometheus-text.js';

describe('Scrape', () => {
  it('reads back what prom-client writes, labels with escapes included', async () => {
    const registry = new Registry();
    const counter = new Counter({ name: 'jobs_total', help: 'Jobs', labelNames: ['kind'], registers: [registry] });
    counter.inc({ kind: 'say "hi"\\n' }, 2);
    counter.inc({ kind: 'plain' });
    const scrape = Scrape.parse(await registry.metrics());
    expect(scrape.sum('jobs_total', { kind: 'say "hi"\\n' })).toBe(2);
    expect(scrape.sum('jobs_total')).toBe(3);
    expect(scrape.sum('absent_total')).toBe(0);
  });

  it('estimates a quantile from histogram buckets as PromQL does', async () => {
    const registry = new Registry();
    const histogram = new Histogram({ name: 'wait_seconds', help: 'Waits', labelNames: ['op'], buckets: [0.1, 1, 10], registers: [registry] });
    for (let i = 0; i < 90; i++) histogram.observe({ op: 'a' }, 0.05);
    for (let i = 0; i < 10; i++) histogram.observe({ op: 'b' }, 5);
    const scrape = Scrape.parse(await registry.metrics());
    expect(scrape.quantile(0.5, 'wait_seconds')).toBeCloseTo(0.1 * (50 / 90));
    // The 95th of 100 falls halfway into the (1, 10] bucket.
    expect(scrape.quantile(0.95, 'wait_seconds')).toBeCloseTo(5.5);
    expect(scrape.quantile(0.95, 'wait_seconds', { op: 'a' })).toBeLessThanOrEqual(0.1);
    expect(scrape.quantile(0.5, 'none_seconds')).toBeNaN();
  });

  it('refuses a line that is not a sample', () => {
    expect(() => Scrape.parse('# HELP x y\nnot a sample line at all\n')).toThrow(/Not a sample line/);
    expect(Scrape.parse('up 1 1700000000000\nspecial +Inf\n').samples.map((s) => s.value)).toEqual([1, Infinity]);
    // prom-client writes a gauge not yet measured as "Nan"; Prometheus reads it, whatever the case.
    expect(Scrape.parse('lag Nan\nother NaN\n').samples.map((s) => s.value)).toEqual([NaN, NaN]);
    expect(() => Scrape.parse('bad 1x\n')).toThrow('Not a sample value: 1x');
  });
});
