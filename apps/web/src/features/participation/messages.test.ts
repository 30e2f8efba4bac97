import { describe, expect, it } from 'vitest';
import { en, m, mv, referralEndReasonLabels, referralStatusLabels } from './messages';

describe('the 参加支援 screens’ texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv, referralStatusLabels, referralEndReasonLabels].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });

  it('names the statuses as the people using them do', () => {
    expect(Object.values(referralStatusLabels).map((message) => message.defaultMessage)).toEqual(['提案', '本人同意', '紹介済', '参加開始', '継続中', '終了', '見送り']);
  });
});
