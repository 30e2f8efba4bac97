import { describe, expect, it } from 'vitest';
import { en as labelsEn, dayOfWeekLabels, participationFormLabels, resourceTargetLabels } from '../../app/labels';
import { en, m, mv } from './messages';

describe('the directory screens’ texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv].flatMap((messages) => Object.values(messages).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in en))).toEqual([]);
  });

  it('names every 対象, 参加の形 and day in English too', () => {
    const ids = [resourceTargetLabels, participationFormLabels, dayOfWeekLabels].flatMap((labels) => Object.values(labels).map((message) => message.id));
    expect(ids.filter((id) => !id || !(id in labelsEn))).toEqual([]);
  });
});
