import { describe, expect, it } from '@jest/globals';
import { Operations } from './operations.js';

describe('Operations', () => {
  it('holds one operation, then others beside it, each found, replaced and deleted by its id', () => {
    const table = new Operations<string | null>();
    table.set('a', null);
    expect(table.has('a')).toBe(true);
    expect(table.get('a')).toBeNull();
    table.set('a', 'stream a');
    table.set('b', 'stream b');
    table.set('c', null);
    expect(table.toRecord()).toEqual({ a: 'stream a', b: 'stream b', c: null });
    table.delete('b');
    expect(table.has('b')).toBe(false);
    expect(table.get('b')).toBeUndefined();
    expect(table.toRecord()).toEqual({ a: 'stream a', c: null });
  });

  it('never holds an id twice once the first is gone', () => {
    const table = new Operations<string>();
    table.set('a', '1');
    table.set('b', '2');
    table.delete('a');
    table.set('b', '3');
    table.set('c', '4');
    expect(table.toRecord()).toEqual({ b: '3', c: '4' });
    table.delete('b');
    table.delete('c');
    expect(table.toRecord()).toEqual({});
    expect(table.has('b')).toBe(false);
  });

  it('gives every value once when taken, and is then empty', () => {
    const table = new Operations<number>();
    table.set('a', 1);
    table.set('b', 2);
    expect(table.takeAll()).toEqual([1, 2]);
    expect(table.takeAll()).toEqual([]);
    expect(table.has('a')).toBe(false);
  });
});
