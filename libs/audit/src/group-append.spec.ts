import { describe, expect, it } from '@jest/globals';
import { GroupAppend } from './group-append.js';

/** A store whose writes finish when the test says so, recording each statement's rows. */
function store(refuse: (row: string) => boolean = () => false) {
  const statements: string[][] = [];
  const pending: (() => void)[] = [];
  const write = (rows: readonly string[]) =>
    new Promise<void>((resolve, reject) => {
      statements.push([...rows]);
      pending.push(() => (rows.some(refuse) ? reject(new Error('refused')) : resolve()));
    });
  /** Lets every statement written so far finish, and the callers' reactions run. */
  const finish = async () => {
    while (pending.length > 0) {
      for (const done of pending.splice(0)) done();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { statements, write, finish };
}

describe('GroupAppend', () => {
  it('writes a lone caller’s rows at once, in one statement', async () => {
    const db = store();
    const appends = new GroupAppend(db.write);
    const done = appends.append(['a1', 'a2']);
    expect(db.statements).toEqual([['a1', 'a2']]);
    await db.finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('puts the callers who arrive during a statement together in the next one, each settled after its own commit', async () => {
    const db = store();
    const appends = new GroupAppend(db.write);
    const settled: string[] = [];
    const first = appends.append(['a']).then(() => settled.push('a'));
    const later = ['b', 'c', 'd'].map((row) => appends.append([row]).then(() => settled.push(row)));
    expect(db.statements).toEqual([['a']]);
    expect(settled).toEqual([]);
    await db.finish();
    await Promise.all([first, ...later]);
    expect(db.statements).toEqual([['a'], ['b', 'c', 'd']]);
    expect(settled).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails only the caller whose rows are refused, retrying the others on their own', async () => {
    const db = store((row) => row === 'bad');
    const appends = new GroupAppend(db.write);
    const first = appends.append(['a']);
    const results = [['b'], ['bad'], ['c']].map((rows) => appends.append(rows).then(() => 'saved', (error: Error) => error.message));
    await db.finish();
    await first;
    expect(await Promise.all(results)).toEqual(['saved', 'refused', 'saved']);
    expect(db.statements).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('keeps a statement within a thousand rows, never splitting a caller', async () => {
    const db = store();
    const appends = new GroupAppend(db.write);
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);
    const all = [appends.append(['first']), appends.append(rows(600, 'x')), appends.append(rows(600, 'y')), appends.append(rows(1_500, 'z'))];
    await db.finish();
    await Promise.all(all);
    expect(db.statements.map((statement) => statement.length)).toEqual([1, 600, 600, 1_500]);
  });

  it('starts writing again for a caller who comes after the queue ran dry', async () => {
    const db = store();
    const appends = new GroupAppend(db.write);
    const first = appends.append(['a']);
    await db.finish();
    await first;
    const second = appends.append(['b']);
    expect(db.statements).toEqual([['a'], ['b']]);
    await db.finish();
    await expect(second).resolves.toBeUndefined();
  });
});
