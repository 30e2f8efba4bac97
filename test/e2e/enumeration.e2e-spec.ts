import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type GraphQLResponse, type Staff } from '@renkei/testing';

const CONCURRENCY = 25;

async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) results.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(run))));
  return results;
}

describe('enumeration: ids reveal nothing', () => {
  // The demo municipality is a second tenant with its own coordinator and cases.
  // The per-user limit on expensive reads would stop an enumeration early (as it should in
  // production); raised here to test what each id answers.
  const s = useTestApp({ DEMO_DATA: 'true', RATE_LIMIT_EXPENSIVE_PER_MINUTE: '100000' });
  let caseworker: Staff;
  let foreignCaseIds: string[];
  let answerForMissing: GraphQLResponse<unknown>;

  beforeAll(async () => {
    const coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const cases = new CaseFixtures(s.app);
    const author = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    // Cases of the caseworker's own municipality that their agency is not on …
    foreignCaseIds = [];
    for (let i = 0; i < 5; i++) {
      const id = await cases.openCase(coordinator.token);
      await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: author.agencyId });
      await cases.writeSummary(author.token, id, [DataCategory.HEALTH]);
      foreignCaseIds.push(id);
    }
    // … and of another municipality altogether.
    const otherCoordinator = await s.app.login('coordinator@sakura.example', DEMO_PASSWORD);
    for (let i = 0; i < 5; i++) foreignCaseIds.push(await cases.openCase(otherCoordinator));
    answerForMissing = await s.app.http.as(caseworker.token).request(Operations.CASE_WITH_SUMMARIES, { id: randomUUID() });
  });

  const sameAsMissing = (response: GraphQLResponse<unknown>) => {
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect({ data: response.data, errors: response.errors }).toEqual({ data: answerForMissing.data, errors: answerForMissing.errors });
    expect(response.raw).not.toMatch(/notes for|山田|ヤマダ/);
  };

  it('1,000 random ids all answer NOT_FOUND with no data', async () => {
    const ids = Array.from({ length: 1_000 }, () => randomUUID());
    const responses = await inBatches(ids, (id) => s.app.http.as(caseworker.token).request(Operations.CASE_WITH_SUMMARIES, { id }));
    responses.forEach(sameAsMissing);
    // A thousand reads: more than the default 30 s on a busy 2-core machine; speed is not the point.
  }, 120_000);

  it('real ids of cases the caller may not see answer exactly like missing ones, for every operation on a case', async () => {
    const as = s.app.http.as(caseworker.token);
    for (const id of foreignCaseIds) {
      sameAsMissing(await as.request(Operations.CASE_WITH_SUMMARIES, { id }));
      expect((await as.error(Operations.CONSENTS, { caseId: id })).extensions?.code).toBe('NOT_FOUND');
      expect((await as.error(Operations.UPSERT_SUMMARY, { caseId: id, sections: [] })).extensions?.code).toBe('NOT_FOUND');
      expect((await as.error(Operations.RECORD_CONSENT, {
        input: { caseId: id, method: 'ORAL', obtainedAt: new Date().toISOString(), validFrom: new Date().toISOString(), provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: ['HEALTH'], purposes: ['CASE_COORDINATION'] }] },
      })).extensions?.code).toBe('NOT_FOUND');
    }
    const { cases } = await as.data<{ cases: { totalCount: number } }>(Operations.CASES);
    expect(cases.totalCount).toBe(0);
  });
});
