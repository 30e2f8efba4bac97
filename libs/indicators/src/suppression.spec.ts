import { publish, withComplement } from './suppression.js';

describe('publish (小さな数の秘匿)', () => {
  it('suppresses counts from 1 to one below the threshold, and shows 0 and the threshold itself', () => {
    expect(publish({ value: 0, n: 0 }, '件', 3)).toEqual({ value: 0, suppressed: false });
    expect(publish({ value: 1, n: 1 }, '件', 3)).toEqual({ value: null, suppressed: true });
    expect(publish({ value: 2, n: 2 }, '人', 3)).toEqual({ value: null, suppressed: true });
    expect(publish({ value: 3, n: 3 }, '件', 3)).toEqual({ value: 3, suppressed: false });
  });

  it('suppresses a median or average resting on too few people, whatever its value', () => {
    expect(publish({ value: 40.5, n: 2 }, '日', 3)).toEqual({ value: null, suppressed: true });
    expect(publish({ value: 1, n: 5 }, '日', 3)).toEqual({ value: 1, suppressed: false });
  });

  it('suppresses a small sum even over enough records (participants of several activities)', () => {
    expect(publish({ value: 2, n: 4 }, '人', 3)).toEqual({ value: null, suppressed: true });
  });

  it('follows the configured threshold', () => {
    expect(publish({ value: 4, n: 4 }, '件', 5).suppressed).toBe(true);
    expect(publish({ value: 4, n: 4 }, '件', 2).suppressed).toBe(false);
  });
});

describe('withComplement (secondary suppression)', () => {
  const shown = (value: number) => ({ value, suppressed: false });
  const hidden = { value: null, suppressed: true };

  it('hides the smallest other part when one part alone is hidden, so the total does not give it back', () => {
    expect(withComplement([hidden, shown(7), shown(4), shown(0)], [{ value: 1, n: 1 }, { value: 7, n: 7 }, { value: 4, n: 4 }, { value: 0, n: 0 }])).toEqual([hidden, shown(7), hidden, shown(0)]);
  });

  it('leaves the parts alone when none or several are hidden already', () => {
    const parts = [hidden, hidden, shown(5)];
    expect(withComplement(parts, [{ value: 1, n: 1 }, { value: 2, n: 2 }, { value: 5, n: 5 }])).toEqual(parts);
    expect(withComplement([shown(3), shown(4)], [{ value: 3, n: 3 }, { value: 4, n: 4 }])).toEqual([shown(3), shown(4)]);
  });
});
