import { describe, expect, it } from '@jest/globals';
import { appendJson, type AuditRow, sharedOnce } from './audit-trail.js';

const entry = (details: Record<string, unknown>): AuditRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  municipality_id: '00000000-0000-4000-8000-000000000002',
  occurred_at: '2026-12-05T01:00:00.000Z',
  actor_user_id: null,
  actor_agency_id: null,
  action: 'test.appended',
  case_id: null,
  subject_name: null,
  categories: [],
  basis: null,
  consent_id: null,
  conference_id: null,
  emergency_access_id: null,
  provider_agency_id: null,
  recipient_agency_id: null,
  recipient_user_id: null,
  details,
  provision_key: null,
});

describe('appendJson: one append as the inbox keeps it', () => {
  it('writes the municipality, what the entries share once, and each entry’s own values in order', () => {
    const { id, categories, provider_agency_id: firstProvider, details, ...shared } = entry({ n: 1 });
    const second = { ...entry({ n: 2 }), id: '00000000-0000-4000-8000-000000000003', provider_agency_id: '00000000-0000-4000-8000-000000000004' };
    expect(JSON.parse(appendJson('m', [entry({ n: 1 }), second]))).toEqual({
      municipality_id: 'm',
      shared,
      entries: [
        { id, categories, details, provider_agency_id: firstProvider },
        { id: second.id, categories, details: { n: 2 }, provider_agency_id: second.provider_agency_id },
      ],
    });
  });

  it('refuses a NUL character anywhere in an entry, which the chain’s jsonb would refuse when linking', () => {
    expect(() => appendJson('m', [entry({ note: 'a\u0000b' })])).toThrow(/NUL/);
    expect(() => appendJson('m', [entry({ deep: [{ note: '\\\u0000' }] })])).toThrow(/NUL/);
  });

  it('takes a text that only spells \\u0000 out, which jsonb keeps as it is', () => {
    expect(JSON.parse(appendJson('m', [entry({ note: 'C:\\u0000' })])).entries[0].details).toEqual({ note: 'C:\\u0000' });
    expect(() => appendJson('m', [entry({ note: '\\\\u0000' })])).not.toThrow();
  });

  it('keeps arrays and objects with each entry, and a lone entry’s plain values all in shared', () => {
    const { shared, entries } = sharedOnce([entry({ n: 1 })]);
    expect(entries).toEqual([{ categories: [], details: { n: 1 } }]);
    expect({ ...shared, ...entries[0] }).toEqual(entry({ n: 1 }));
  });

  it('gives back every entry as it was, its append’s shared values overlaid by its own', () => {
    const appended = [entry({ n: 1 }), { ...entry({ n: 2 }), action: 'test.other', case_id: '00000000-0000-4000-8000-000000000005' }, entry({ n: 3 })];
    const { shared, entries } = sharedOnce(appended);
    expect(entries.map((own) => ({ ...shared, ...own }))).toEqual(appended);
    expect(shared).not.toHaveProperty('action');
  });
});
