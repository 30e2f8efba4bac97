import { describe, expect, it } from '@jest/globals';
import { LabelBudget, OTHER } from './label-budget.js';

describe('LabelBudget', () => {
  it('keeps the first values it sees and counts later new ones as "other"', () => {
    const budget = new LabelBudget(2);
    expect(['Me', 'Cases', 'Me', 'Invented', 'Cases'].map((name) => budget.admit(name))).toEqual(['Me', 'Cases', 'Me', OTHER, 'Cases']);
  });
});
