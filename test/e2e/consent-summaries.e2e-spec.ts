import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, ProvisionEffect, Purpose, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';

interface Section {
  category: string;
  body: string | null;
  redacted: boolean;
  basis: string | null;
}
interface Summary {
  agency: { id: string };
  version: number;
  sections: Section[];
}

describe('consent-governed case summaries', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff;
  let health: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  async function caseWithTeam(): Promise<string> {
    const id = await cases.openCase(coordinator.token);
    for (const member of [housing, health]) await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: member.agencyId });
    return id;
  }

  async function sectionsSeenBy(reader: Staff, caseId: string, author: Staff): Promise<Section[]> {
    const { case: found } = await s.app.http.as(reader.token).data<{ case: { summaries: Summary[] } }>(Operations.CASE_WITH_SUMMARIES, { id: caseId });
    return found.summaries.find((summary) => summary.agency.id === author.agencyId)?.sections ?? [];
  }

  it('keeps health’s section from housing until consent, shows it on CONSENT, and hides it again on revocation — at the very next request', async () => {
    const caseId = await caseWithTeam();
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH]);

    expect(await sectionsSeenBy(housing, caseId, health)).toEqual([{ category: 'HEALTH', body: null, redacted: true, basis: null }]);
    expect(await sectionsSeenBy(health, caseId, health)).toEqual([{ category: 'HEALTH', body: `HEALTH notes for ${caseId}`, redacted: false, basis: 'OWN_AGENCY' }]);

    const consentId = await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH] }] });
    expect(await sectionsSeenBy(housing, caseId, health)).toEqual([{ category: 'HEALTH', body: `HEALTH notes for ${caseId}`, redacted: false, basis: 'CONSENT' }]);

    const { provisionRecords } = await s.app.http.as(auditor.token).data<{
      provisionRecords: { subjectName: string; categories: string[]; basis: string; consentId: string; providerAgency: { id: string }; recipientAgency: { id: string }; recipientUser: { id: string } }[];
    }>(Operations.PROVISION_RECORDS, { caseId });
    expect(provisionRecords).toEqual([
      expect.objectContaining({ subjectName: '山田 太郎', categories: ['HEALTH'], basis: 'CONSENT', consentId, providerAgency: { id: health.agencyId }, recipientAgency: { id: housing.agencyId }, recipientUser: { id: housing.id } }),
    ]);

    await s.app.http.as(coordinator.token).data(Operations.REVOKE_CONSENT, { id: consentId, reason: '本人より撤回の申し出' });
    expect(await sectionsSeenBy(housing, caseId, health)).toEqual([{ category: 'HEALTH', body: null, redacted: true, basis: null }]);
  });

  it('a DENY in any consent in force beats a PERMIT for the same recipient and category', async () => {
    const caseId = await caseWithTeam();
    await cases.writeSummary(health.token, caseId, [DataCategory.HEALTH, DataCategory.BASIC]);
    await cases.recordConsent(coordinator.token, caseId, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.HEALTH, DataCategory.BASIC] }] });
    await cases.recordConsent(coordinator.token, caseId, {
      provisions: [{ effect: ProvisionEffect.DENY, recipientAgencyIds: [housing.agencyId], dataCategories: [DataCategory.HEALTH] }],
    });
    const seen = await sectionsSeenBy(housing, caseId, health);
    expect(seen.map(({ category, redacted, basis }) => ({ category, redacted, basis }))).toEqual([
      { category: 'BASIC', redacted: false, basis: 'CONSENT' },
      { category: 'HEALTH', redacted: true, basis: null },
    ]);
  });

  it('keeps every version of a summary; the current one replaces the sections', async () => {
    const caseId = await caseWithTeam();
    const write = (sections: { category: string; body: string }[]) =>
      s.app.http.as(housing.token).data<{ upsertCaseSummary: Summary }>(Operations.UPSERT_SUMMARY, { caseId, sections });
    expect((await write([{ category: 'HOUSING', body: '家賃 3か月滞納' }])).upsertCaseSummary.version).toBe(1);
    const second = await write([{ category: 'FINANCES', body: '債務整理を検討' }]);
    expect(second.upsertCaseSummary).toMatchObject({ version: 2, sections: [{ category: 'FINANCES', basis: 'OWN_AGENCY', redacted: false }] });
    const versions = await s.app.dataSource.query<{ version: number; sections: unknown }[]>(
      'SELECT v.version, v.sections FROM case_summary_versions v JOIN case_summaries s ON s.id = v.summary_id WHERE s.case_id = $1 ORDER BY v.version',
      [caseId],
    );
    expect(versions).toEqual([
      { version: 1, sections: [{ category: 'HOUSING', body: '家賃 3か月滞納' }] },
      { version: 2, sections: [{ category: 'FINANCES', body: '債務整理を検討' }] },
    ]);
  });

  it('concurrent writers of one agency each get their own version', async () => {
    const caseId = await caseWithTeam();
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => s.app.http.as(housing.token).data<{ upsertCaseSummary: Summary }>(Operations.UPSERT_SUMMARY, { caseId, sections: [{ category: 'HOUSING', body: `draft ${n}` }] })),
    );
    expect(results.map((r) => r.upsertCaseSummary.version).sort()).toEqual([1, 2, 3, 4]);
  });

  it('only team agencies write a summary; others get NOT_FOUND (the case is invisible to them)', async () => {
    const caseId = await cases.openCase(coordinator.token);
    const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    expect((await s.app.http.as(outsider.token).error(Operations.UPSERT_SUMMARY, { caseId, sections: [] })).extensions?.code).toBe('NOT_FOUND');
    expect((await s.app.http.as(outsider.token).error(Operations.CONSENTS, { caseId })).extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a category twice', [{ category: 'HOUSING', body: 'a' }, { category: 'HOUSING', body: 'b' }], 'sections'],
    ['an empty body', [{ category: 'HOUSING', body: '' }], 'body'],
    ['a body over 20,000 characters', [{ category: 'HOUSING', body: 'あ'.repeat(20_001) }], 'body'],
  ])('refuses a summary with %s', async (_case, sections, field) => {
    const caseId = await caseWithTeam();
    const error = await s.app.http.as(housing.token).error(Operations.UPSERT_SUMMARY, { caseId, sections });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(field);
  });

  describe('recording consent', () => {
    const base = (caseId: string, overrides: Record<string, unknown> = {}) => ({
      input: {
        caseId,
        method: 'WRITTEN',
        obtainedAt: new Date(Date.now() - 60_000).toISOString(),
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 86_400_000).toISOString(),
        provisions: [{ effect: 'PERMIT', recipientSectors: ['HOUSING'], dataCategories: ['HEALTH'], purposes: ['CASE_COORDINATION'] }],
        ...overrides,
      },
    });

    it.each([
      ['a period that ends before it starts', { validUntil: new Date(Date.now() - 120_000).toISOString() }, 'validUntil'],
      ['a consent obtained in the future', { obtainedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'obtainedAt'],
      ['a provision without recipients', { provisions: [{ effect: 'PERMIT', dataCategories: ['HEALTH'], purposes: ['CONFERENCE'] }] }, 'provisions'],
      ['a provision without categories', { provisions: [{ effect: 'PERMIT', recipientSectors: ['LEGAL'], dataCategories: [], purposes: ['CONFERENCE'] }] }, 'dataCategories'],
      ['no provisions', { provisions: [] }, 'provisions'],
      ['an unknown purpose', { provisions: [{ effect: 'PERMIT', recipientSectors: ['LEGAL'], dataCategories: ['HEALTH'], purposes: ['MARKETING'] }] }, 'purposes'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, overrides, field) => {
      const caseId = await caseWithTeam();
      const error = await s.app.http.as(coordinator.token).error(Operations.RECORD_CONSENT, base(caseId, overrides));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(field);
      expect((await s.app.http.as(coordinator.token).data<{ consents: unknown[] }>(Operations.CONSENTS, { caseId })).consents).toEqual([]);
    });

    it('refuses a recipient agency of another municipality or none as NOT_FOUND', async () => {
      const caseId = await caseWithTeam();
      const overrides = { provisions: [{ effect: 'PERMIT', recipientAgencyIds: ['00000000-0000-4000-8000-000000000000'], dataCategories: ['HEALTH'], purposes: ['REFERRAL'] }] };
      expect((await s.app.http.as(coordinator.token).error(Operations.RECORD_CONSENT, base(caseId, overrides))).extensions?.code).toBe('NOT_FOUND');
    });

    it('a team caseworker records consent; revoking twice is a CONFLICT; the list shows each state', async () => {
      const caseId = await caseWithTeam();
      const active = await cases.recordConsent(health.token, caseId, { provisions: [{ recipientSectors: [Sector.LEGAL], dataCategories: [DataCategory.LEGAL], purposes: [Purpose.REFERRAL] }] });
      await cases.recordConsent(health.token, caseId, { validFrom: new Date(Date.now() + 86_400_000), provisions: [{ recipientSectors: [Sector.LEGAL], dataCategories: [DataCategory.LEGAL] }] });
      await s.app.http.as(health.token).data(Operations.REVOKE_CONSENT, { id: active, reason: '撤回' });
      expect((await s.app.http.as(health.token).error(Operations.REVOKE_CONSENT, { id: active, reason: '撤回' })).extensions?.code).toBe('CONFLICT');
      const { consents } = await s.app.http.as(housing.token).data<{ consents: { state: string }[] }>(Operations.CONSENTS, { caseId });
      expect(consents.map((c) => c.state).sort()).toEqual(['PENDING', 'REVOKED']);
    });
  });
});
