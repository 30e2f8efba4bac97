import { plan } from '../plans/sheet/plan-fixture';
import type { Disclosure } from './operations';

// A disclosure as PersonDisclosure brings it, for the unit tests (agencies carry the cache's
// __typename): produced on 2 December 2026 (Japan time; still 1 December in UTC), two combined
// provision rows, one consent, the plan in force, and two records withheld on art. 78(1)(vii),
// one of which the officer's records hold.

const agency = (id: string, name: string) => ({ __typename: 'Agency' as const, id, name });
const welfare = agency('a-welfare', '桜市 自立相談支援機関');
const housing = agency('a-housing', '桜市 居住支援法人');
const health = agency('a-health', '桜市 保健センター');

export const disclosure: Disclosure = {
  caseId: 'case-1',
  personName: '山田 太郎',
  municipalityName: '桜市',
  producedAt: '2026-12-01T15:30:00.000Z',
  team: [
    { agency: welfare, role: '多機関協働事業者' },
    { agency: housing, role: '主担当' },
  ],
  consents: [
    {
      id: 'consent-1',
      recordedByAgency: welfare,
      method: 'WRITTEN',
      obtainedAt: '2026-11-20T01:00:00.000Z',
      validUntil: null,
      state: 'REVOKED',
      revokedAt: '2026-11-28T01:00:00.000Z',
      revocationReason: '本人の申し出',
      provisions: [{ effect: 'PERMIT', recipient: '住まいの分野の機関', categories: ['BASIC', 'HOUSING'], purposes: ['CASE_COORDINATION'] }],
    },
  ],
  provisions: [
    { providerAgency: welfare, recipientAgency: housing, basis: 'CONSENT', categories: ['BASIC', 'HOUSING'], firstAt: '2026-11-20T02:00:00.000Z', lastAt: '2026-11-25T02:00:00.000Z', days: 3 },
    { providerAgency: welfare, recipientAgency: null, basis: 'SUPPORT_MEETING', categories: ['BASIC'], firstAt: '2026-11-26T02:00:00.000Z', lastAt: '2026-11-26T05:00:00.000Z', days: 1 },
  ],
  withheld: [{ ground: 'IMPEDES_AFFAIRS', count: 2 }],
  plan,
  records: [
    {
      id: 'record-1',
      providedAt: '2026-11-27T02:00:00.000Z',
      categories: ['HEALTH'],
      basis: 'SUPPORT_MEETING',
      providerAgency: welfare,
      recipientAgency: health,
      recipientUser: { id: 'u-health', displayName: '保健 三奈' },
      withholding: { ground: 'IMPEDES_AFFAIRS', decidedAt: '2026-12-01T00:00:00.000Z', decidedBy: { id: 'u-auditor', displayName: '監査 四郎' } },
    },
  ],
};
