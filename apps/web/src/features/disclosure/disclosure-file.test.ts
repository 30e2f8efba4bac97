import { describe, expect, it } from 'vitest';
import { disclosure } from './disclosure-fixture';
import { disclosureJson, documentOf, producedOn } from './disclosure-file';

describe('the person’s copy (JSONで保存)', () => {
  it('holds the document’s fields and not the officer’s individual records', () => {
    const doc = documentOf(disclosure);
    expect(Object.keys(doc).sort()).toEqual(['caseId', 'consents', 'municipalityName', 'personName', 'plan', 'producedAt', 'provisions', 'team', 'withheld']);
  });

  it('counts the withheld records by ground and never names them, without the client’s __typename', () => {
    const json = disclosureJson(disclosure);
    const saved = JSON.parse(json) as Record<string, unknown>;
    expect(saved['withheld']).toEqual([{ ground: 'IMPEDES_AFFAIRS', count: 2 }]);
    expect(saved['records']).toBeUndefined();
    expect(json).not.toContain('__typename');
    // The withheld record went to the health centre's caseworker: neither appears.
    expect(json).not.toContain('保健 三奈');
    expect(json).not.toContain('record-1');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('is named by the day it was produced in Japan', () => {
    // 15:30 UTC on 1 December is already 2 December in Japan.
    expect(producedOn(disclosure)).toBe('2026-12-02');
  });
});
