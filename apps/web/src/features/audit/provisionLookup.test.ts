import { describe, expect, it } from 'vitest';
import { groupByCase, personLookupSchema, type ProvisionRecord } from './provisionLookup';

const record = (caseId: string, providedAt: string): ProvisionRecord => ({
  caseId,
  providedAt,
  subjectName: '山田 太郎',
  categories: ['BASIC'],
  basis: 'CONSENT',
  consentId: null,
  conferenceId: null,
  providerAgency: { id: 'a', name: '自立相談支援機関' },
  recipientAgency: { id: 'b', name: '居住支援法人' },
  recipientUser: null,
});

describe('a person’s 提供記録', () => {
  it('are grouped by case in the order the API gives, each case’s records kept in order', () => {
    const records = [record('earlier', '2025-01-01T00:00:00Z'), record('earlier', '2025-02-01T00:00:00Z'), record('later', '2026-11-01T00:00:00Z')];
    expect(groupByCase(records)).toEqual([
      { caseId: 'earlier', records: records.slice(0, 2) },
      { caseId: 'later', records: records.slice(2) },
    ]);
    expect(groupByCase([])).toEqual([]);
  });

  it('are looked up by a reading in kana, the birth date optional', () => {
    expect(personLookupSchema.parse({ fullNameKana: ' ﾔﾏﾀﾞ　たろう ', birthDate: '' })).toEqual({ fullNameKana: 'ﾔﾏﾀﾞ　たろう', birthDate: '' });
    const issue = (fullNameKana: string) => personLookupSchema.safeParse({ fullNameKana, birthDate: '' }).error?.issues[0]?.message;
    expect(issue(' ')).toBe('required');
    expect(issue('ア'.repeat(101))).toBe('tooLong');
    expect(issue('山田')).toBe('notKana');
  });
});
