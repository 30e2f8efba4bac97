import { describe, expect, it } from 'vitest';
import { emptyResourceForm, parseLanguages, resourceFormSchema, toResourceInput } from './resource-form';

const filled = () => ({
  ...emptyResourceForm(),
  name: ' 子ども食堂 ひまわり ',
  nameKana: 'ｺﾄﾞﾓｼｮｸﾄﾞｳ',
  organizationName: 'NPO法人 さくらの輪',
  area: '中央地区',
  targets: ['CHILDREN'],
  forms: ['MEALS'],
  latitude: '35.1',
  longitude: '',
  schedules: [{ dayOfWeek: 'SATURDAY', opensAt: '11:30', closesAt: '13:30', note: ' ' }],
  email: '',
  languages: 'ja、EN, vi',
});

describe('parseLanguages', () => {
  it('splits on commas of either width, 読点 and spaces, in lower case', () => {
    expect(parseLanguages(' ja、EN，vi  pt,')).toEqual(['ja', 'en', 'vi', 'pt']);
  });
});

describe('resourceFormSchema', () => {
  it('accepts a filled form, half-width kana included', () => {
    expect(resourceFormSchema.safeParse(filled()).success).toBe(true);
  });

  it('names the fields it refuses, with their message keys', () => {
    const result = resourceFormSchema.safeParse({
      ...filled(),
      nameKana: 'Kodomo',
      latitude: 'north',
      schedules: [{ dayOfWeek: 'MONDAY', opensAt: '15:00', closesAt: '10:00', note: '' }],
      url: 'example.jp',
      languages: 'japanese',
    });
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['nameKana', 'errKana'],
        ['latitude', 'errNumber'],
        ['schedules.0.closesAt', 'errTimeOrder'],
        ['url', 'errUrl'],
        ['languages', 'errLanguages'],
      ]),
    );
  });
});

describe('toResourceInput', () => {
  it('trims, turns blanks into null and numbers into numbers', () => {
    expect(toResourceInput(filled())).toMatchObject({
      name: '子ども食堂 ひまわり',
      latitude: 35.1,
      longitude: null,
      email: null,
      schedules: [{ dayOfWeek: 'SATURDAY', opensAt: '11:30', closesAt: '13:30', note: null }],
      languages: ['ja', 'en', 'vi'],
    });
  });
});
