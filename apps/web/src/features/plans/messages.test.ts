import { describe, expect, it } from 'vitest';
import { domainLabels, en, m, mv } from './messages';

describe('the plan screens’ texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv, domainLabels].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
