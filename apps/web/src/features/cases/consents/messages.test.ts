import { describe, expect, it } from 'vitest';
import { consentStateLabels, effectLabels, en as labelsEn } from '../../../app/labels';
import { en, m, mv } from './messages';

describe('the consents section’s texts', () => {
  it('has an English text for every Japanese one', () => {
    const ids = [m, mv, consentStateLabels, effectLabels].flatMap((messages) => Object.values(messages).map((message) => message.id));
    const english = { ...en, ...labelsEn };
    expect(ids.filter((id) => !id || !(id in english))).toEqual([]);
  });
});
