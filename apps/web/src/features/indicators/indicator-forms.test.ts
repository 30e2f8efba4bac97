import { describe, expect, it } from 'vitest';
import { settingsFormSchema, targetFormSchema } from './indicator-forms';

const target = (value: string) => targetFormSchema.safeParse({ value });
const settings = (threshold: string, items: string[]) => settingsFormSchema.safeParse({ threshold, items });

describe('the administrator’s indicator forms', () => {
  it('takes a target of 0 or more, decimals too, and an empty one as clearing it', () => {
    expect(target(' 120 ').data).toEqual({ value: 120 });
    expect(target('14.5').data).toEqual({ value: 14.5 });
    expect(target('0').data).toEqual({ value: 0 });
    expect(target('').data).toEqual({ value: null });
  });

  it('refuses a negative, a word or an absurd target', () => {
    for (const typed of ['-1', '十', '1e3', '1000001', '3.']) expect(target(typed).error?.issues[0]?.message).toBe('targetInvalid');
  });

  it('takes a whole threshold from 2 to 100 and at least one national item', () => {
    expect(settings('3', ['INTAKES']).data).toEqual({ threshold: 3, items: ['INTAKES'] });
    expect(settings('2', ['INTAKES']).data).toEqual({ threshold: 2, items: ['INTAKES'] });
    expect(settings('1', ['INTAKES']).error?.issues[0]?.message).toBe('thresholdInvalid');
    expect(settings('2.5', ['INTAKES']).error?.issues[0]?.message).toBe('thresholdInvalid');
    expect(settings('101', ['INTAKES']).error?.issues[0]?.message).toBe('thresholdInvalid');
    expect(settings('3', []).error?.issues[0]?.message).toBe('nationalItemsInvalid');
  });
});
