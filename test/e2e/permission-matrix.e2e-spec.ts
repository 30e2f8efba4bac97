import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, ProvisionEffect, Purpose, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type ConsentSpec, type Staff } from '@renkei/testing';

/**
 * Who sees which section of the health agency's summary, on which basis: every reader ×
 * every consent state × every category, asserted end to end over HTTP. The oracle below is
 * the rule as the domain states it, written independently of the implementation.
 */

const READERS = ['housing', 'housingByAgency', 'legal', 'coordinator', 'authorColleague', 'otherHealth', 'offTeamHousing', 'admin', 'auditor'] as const;
type Reader = (typeof READERS)[number];

const STATES = [
  'none',
  'permitSector',
  'permitAgency',
  'denyWins',
  'expired',
  'notYetValid',
  'revoked',
  'otherPurpose',
  'otherCategory',
  'permitCoordinator',
] as const;
type State = (typeof STATES)[number];

const CATEGORIES = [DataCategory.HEALTH, DataCategory.BASIC, DataCategory.FINANCES] as const;
type Expected = 'NOT_FOUND' | { redacted: true; basis: null } | { redacted: false; basis: 'OWN_AGENCY' | 'CONSENT' };

const hidden = { redacted: true, basis: null } as const;
const consent = { redacted: false, basis: 'CONSENT' } as const;

function expected(reader: Reader, state: State, category: DataCategory): Expected {
  if (reader === 'offTeamHousing' || reader === 'admin' || reader === 'auditor') return 'NOT_FOUND';
  if (reader === 'authorColleague') return { redacted: false, basis: 'OWN_AGENCY' };
  const housingReader = reader === 'housing' || reader === 'housingByAgency';
  const coveredByPermit = category === DataCategory.HEALTH || category === DataCategory.BASIC;
  switch (state) {
    case 'permitSector':
      return housingReader && coveredByPermit ? consent : hidden;
    case 'permitAgency':
      // Names one housing agency by id: the other housing agency (same sector) is not covered.
      return reader === 'housingByAgency' && coveredByPermit ? consent : hidden;
    case 'denyWins':
      return housingReader && category === DataCategory.BASIC ? consent : hidden;
    case 'permitCoordinator':
      return reader === 'coordinator' && category === DataCategory.HEALTH ? consent : hidden;
    default:
      return hidden;
  }
}

describe('permission matrix: role × agency/sector × consent state × category', () => {
  const s = useTestApp();
  const staff = {} as Record<Reader, Staff>;
  const caseOf = {} as Record<State, string>;
  let author: Staff;

  beforeAll(async () => {
    const { fixtures } = s;
    const coordinator = await fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    author = await fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    Object.assign(staff, {
      coordinator,
      housing: await fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING }),
      housingByAgency: await fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING }),
      legal: await fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL }),
      authorColleague: await fixtures.staff([Role.CASEWORKER], { agencyId: author.agencyId }),
      otherHealth: await fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH }),
      offTeamHousing: await fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING }),
      admin: await fixtures.staff([Role.ADMIN], { sector: Sector.ADMINISTRATION }),
      auditor: await fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION }),
    });
    const cases = new CaseFixtures(s.app);
    const day = 86_400_000;
    const housingSector: Partial<ConsentSpec['provisions'][number]> = { recipientSectors: [Sector.HOUSING] };
    const specs: Record<State, ConsentSpec[]> = {
      none: [],
      permitSector: [{ provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] }],
      permitAgency: [{ provisions: [{ recipientAgencyIds: [staff.housingByAgency.agencyId], dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] }],
      denyWins: [
        { provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] },
        { provisions: [{ effect: ProvisionEffect.DENY, ...housingSector, dataCategories: [DataCategory.HEALTH] }] },
      ],
      expired: [{ validFrom: new Date(Date.now() - 10 * day), validUntil: new Date(Date.now() - day), provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] }],
      notYetValid: [{ validFrom: new Date(Date.now() + day), provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] }],
      revoked: [{ provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] }],
      otherPurpose: [{ provisions: [{ ...housingSector, dataCategories: [DataCategory.HEALTH, DataCategory.BASIC], purposes: [Purpose.REFERRAL, Purpose.CONFERENCE] }] }],
      otherCategory: [{ provisions: [{ ...housingSector, dataCategories: [DataCategory.FAMILY] }] }],
      permitCoordinator: [{ provisions: [{ recipientAgencyIds: [coordinator.agencyId], dataCategories: [DataCategory.HEALTH] }] }],
    };
    for (const state of STATES) {
      const caseId = await cases.openCase(coordinator.token, `matrix: ${state}`);
      for (const member of [author, staff.housing, staff.housingByAgency, staff.legal, staff.otherHealth]) {
        await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
      }
      await cases.writeSummary(author.token, caseId, CATEGORIES);
      for (const spec of specs[state]) {
        const consentId = await cases.recordConsent(coordinator.token, caseId, spec);
        if (state === 'revoked') await s.app.http.as(coordinator.token).data(Operations.REVOKE_CONSENT, { id: consentId, reason: 'matrix' });
      }
      caseOf[state] = caseId;
    }
  });

  const cells = READERS.flatMap((reader) => STATES.flatMap((state) => CATEGORIES.map((category) => [reader, state, category] as const)));

  it('covers at least 200 combinations', () => {
    expect(cells.length).toBeGreaterThanOrEqual(200);
  });

  it.each(READERS.flatMap((reader) => STATES.map((state) => [reader, state] as const)))('%s reading under consent state %s', async (reader, state) => {
    const result = await s.app.http.as(staff[reader].token).request<{
      case: { summaries: { agency: { id: string }; sections: { category: DataCategory; body: string | null; redacted: boolean; basis: string | null }[] }[] } | null;
    }>(Operations.CASE_WITH_SUMMARIES, { id: caseOf[state] });

    for (const category of CATEGORIES) {
      const want = expected(reader, state, category);
      if (want === 'NOT_FOUND') {
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(result.raw).not.toContain('notes for');
        continue;
      }
      const section = result.data?.case?.summaries.find((summary) => summary.agency.id === author.agencyId)?.sections.find((x) => x.category === category);
      expect({ category, redacted: section?.redacted, basis: section?.basis }).toEqual({ category, ...want });
      expect(section?.body).toBe(want.redacted ? null : `${category} notes for ${caseOf[state]}`);
    }
  });
});
