import { describe, expect, it } from 'vitest';
import { addedSince } from './minutes';

describe('addedSince', () => {
  it('is the paragraphs appended after the seen text', () => {
    expect(addedSince('見守り体制を確認', '見守り体制を確認\n\n通院状況を報告')).toBe('通院状況を報告');
  });
  it('is everything when nothing was seen', () => {
    expect(addedSince('', '通院状況を報告')).toBe('通院状況を報告');
  });
  it('is the whole fresh text when it does not continue the seen one', () => {
    expect(addedSince('古い内容', '別の内容')).toBe('別の内容');
  });
});
