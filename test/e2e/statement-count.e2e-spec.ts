import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, countStatements, Operations, useTestApp, type Staff } from '@renkei/testing';

const ALL_CATEGORIES = Object.values(DataCategory);

describe('reading a case costs a fixed number of SQL statements (no N+1)', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let reader: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    reader = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    cases = new CaseFixtures(s.app);
  });

  /** A case with `agencies` contributing agencies, each writing `sections` sections, half of them consented to the reader. */
  async function caseWith(agencies: number, sections: number): Promise<string> {
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: reader.agencyId });
    for (let i = 0; i < agencies; i++) {
      const author = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
      await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: author.agencyId });
      await cases.writeSummary(author.token, caseId, ALL_CATEGORIES.slice(0, sections));
    }
    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: ALL_CATEGORIES.slice(0, 6) }] });
    return caseId;
  }

  async function statementsToRead(caseId: string): Promise<string[]> {
    return countStatements(s.app, async () => {
      const { case: found } = await s.app.http.as(reader.token).data<{ case: { summaries: { sections: unknown[] }[] } }>(Operations.CASE_WITH_SUMMARIES.replace('summaries {', 'team { id } summaries {'), {
        id: caseId,
      });
      expect(found.summaries.flatMap((summary) => summary.sections).length).toBeGreaterThan(0);
    });
  }

  it('is the same for 10 agencies × 12 sections as for 1 agency × 1 section', async () => {
    const small = await statementsToRead(await caseWith(1, 1));
    const large = await statementsToRead(await caseWith(10, 12));
    expect(large).toHaveLength(small.length);
    // Identity check, case, team, summaries with their visibility, and the provision records
    // appended in one statement: no transaction, no lock, no read of the chain.
    expect(large).toHaveLength(5);
  });
});
