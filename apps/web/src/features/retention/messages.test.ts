import { describe, expect, it } from 'vitest';
import { en, kindLabels, kindNotes, m, mv } from './messages';

describe('the 保存期間 screen’s texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv, kindLabels, kindNotes].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });
});
