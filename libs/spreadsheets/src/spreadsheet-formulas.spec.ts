import { describe, expect, it } from '@jest/globals';
import { defuseFormula, restoreFormula } from './spreadsheet-formulas.js';

describe('cells a spreadsheet would run', () => {
  it.each(['=HYPERLINK("http://x","y")', '+81-3-0000-0000', '-1', '@SUM(A1)', '\tx', '\rx', "'=already", "''+twice"])('writes %j as text and reads it back unchanged', (cell) => {
    const written = defuseFormula(cell);
    expect(written.startsWith("'")).toBe(true);
    expect(restoreFormula(written)).toBe(cell);
  });

  it.each(['さくら子ども食堂', "'quoted", '03-0000-0000', ''])('leaves %j as it is', (cell) => {
    expect(defuseFormula(cell)).toBe(cell);
    expect(restoreFormula(cell)).toBe(cell);
  });
});
