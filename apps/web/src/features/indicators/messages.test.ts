import { describe, expect, it } from 'vitest';
import { en, m, mv } from './messages';

describe('the 指標 screens’ texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
