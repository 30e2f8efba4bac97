import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';

const OWN_VERSIONS = `query OwnSummaryVersions($id: ID!) { case(id: $id) { id ownSummaryVersions { version writtenAt sections { category body } } } }`;

interface Version {
  version: number;
  writtenAt: string;
  sections: { category: string; body: string }[];
}

describe('an agency reads the earlier versions of its own summary (Case.ownSummaryVersions)', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff;
  let health: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    cases = new CaseFixtures(s.app);
  });

  async function versionsSeenBy(reader: Staff, caseId: string): Promise<Version[]> {
    const data = await s.app.http.as(reader.token).data<{ case: { ownSummaryVersions: Version[] } }>(OWN_VERSIONS, { id: caseId });
    return data.case.ownSummaryVersions;
  }

  it('lists every version its agency wrote, newest first, and nothing of another agency, even one shared by consent', async () => {
    const caseId = await cases.openCase(coordinator.token);
    for (const member of [housing, health]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    const write = (token: string, body: string) => s.app.http.as(token).data(Operations.UPSERT_SUMMARY, { caseId, sections: [{ category: 'HOUSING', body }] });
    await write(housing.token, '家賃 3か月滞納');
    await write(housing.token, '家賃 2か月滞納に減少');
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH]);
    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH] }] });

    const versions = await versionsSeenBy(housing, caseId);
    expect(versions.map(({ version, sections }) => ({ version, sections }))).toEqual([
      { version: 2, sections: [{ category: 'HOUSING', body: '家賃 2か月滞納に減少' }] },
      { version: 1, sections: [{ category: 'HOUSING', body: '家賃 3か月滞納' }] },
    ]);
    expect(versions.every((v) => !Number.isNaN(Date.parse(v.writtenAt)))).toBe(true);
    // The coordinator wrote nothing: another agency's versions never show, whatever the consent.
    expect(await versionsSeenBy(coordinator, caseId)).toEqual([]);
    expect((await versionsSeenBy(health, caseId)).map((v) => v.sections)).toEqual([[{ category: 'HEALTH', body: `HEALTH notes for ${caseId}` }]]);
  });

  it('an agency outside the team gets no case, so no versions', async () => {
    const caseId = await cases.openCase(coordinator.token);
    const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    const response = await s.app.http.as(outsider.token).request<{ case: { ownSummaryVersions: Version[] } | null }>(OWN_VERSIONS, { id: caseId });
    expect(response.data?.case ?? null).toBeNull();
  });
});
