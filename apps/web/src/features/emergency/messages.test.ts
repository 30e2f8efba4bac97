import { describe, expect, it } from 'vitest';
import { en, m } from './messages';

describe('the emergency access screens’ texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = Object.values(m).map((message) => message.id);
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
