import { describe, expect, it } from 'vitest';
import { en, hostSupportKindLabels, m, mv } from './messages';

describe('the host support screens’ texts', () => {
  it('has an English text for every Japanese one, the kinds of support too', () => {
    const ids = [m, mv, hostSupportKindLabels].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
