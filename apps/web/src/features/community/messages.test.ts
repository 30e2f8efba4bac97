import { describe, expect, it } from 'vitest';
import { communityActivityKindLabels, en, m, mv } from './messages';

describe('the 地域づくり screens’ texts', () => {
  it('has an English text for every Japanese one, the kinds of activity too', () => {
    const ids = [m, mv, communityActivityKindLabels].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
