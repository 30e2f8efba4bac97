import { describe, expect, it } from '@jest/globals';
import { Tally } from './tally.js';

describe('Tally', () => {
  it('counts by the label its key maps to', () => {
    const tally = new Tally((topic) => topic.split(':')[0] ?? topic);
    tally.add('tasks:a');
    tally.add('tasks:b', 2);
    tally.add('rooms:c');
    expect(tally.entries()).toEqual([
      ['tasks', 3],
      ['rooms', 1],
    ]);
  });

  it('counts under a label worked out once, as under its key', () => {
    const tally = new Tally((topic) => topic.split(':')[0] ?? topic);
    const label = tally.label('tasks:a');
    tally.addToLabel(label);
    tally.add('tasks:b');
    expect(tally.entries()).toEqual([['tasks', 2]]);
  });
});
