import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, countStatements, useTestApp, type Staff } from '@renkei/testing';

const NOTE = 'id kind supportedOn note needsFollowUp resolvedAt createdAt agency { id } resource { id name }';
const RECORD = `mutation($input: RecordHostSupportInput!) { recordHostSupport(input: $input) { ${NOTE} } }`;
const RESOLVE = `mutation($id: ID!) { resolveHostSupport(id: $id) { ${NOTE} } }`;
const RESOURCE = `query($id: ID!) { resource(id: $id) { id activeReferrals hostSupport { ${NOTE} } } }`;
const NEEDING = `{ hostsNeedingSupport { openNotes lastSupportedOn activeReferrals resource { id name } } }`;
const AREA_DIGEST = `query($area: String!) { resources(filter: { area: $area }, first: 50) { edges { node { id activeReferrals hostSupport { id agency { id } resource { id } } } } } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { id name } }`;
const REFER = `mutation($input: ReferToResourceInput!) { referToResource(input: $input) { id version } }`;
const UPDATE_REFERRAL = `mutation($id: ID!, $status: ReferralStatus!, $expectedVersion: Int!, $endReason: ReferralEndReason) {
  updateReferral(id: $id, status: $status, expectedVersion: $expectedVersion, endReason: $endReason) { id version } }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node { action details actorId } } } }`;

interface Note {
  id: string;
  kind: string;
  supportedOn: string;
  note: string;
  needsFollowUp: boolean;
  resolvedAt: string | null;
  agency: { id: string };
  resource: { id: string; name: string };
}
interface Host {
  openNotes: number;
  lastSupportedOn: string | null;
  activeReferrals: number;
  resource: { id: string; name: string };
}

// The calendar date in Japan `days` from now, as the server counts it.
const jstDay = (days = 0) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('support given to host sites (受入先への支援)', () => {
  // The demo municipality (桜市) is a second tenant, with a directory of its own.
  // Booting tells the whole demo story first: as long as demo-data.e2e-spec.ts allows it.
  jest.setTimeout(60_000);
  const s = useTestApp({ DEMO_DATA: 'true' });
  let coordinator: Staff;
  let caseworker: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EMPLOYMENT });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  async function newResource(area = '中央地区'): Promise<{ id: string; name: string }> {
    const input = {
      name: `就労体験 ${randomBytes(3).toString('hex')}`,
      nameKana: 'シュウロウタイケン',
      organizationName: '有限会社 テスト',
      description: '袋詰めの体験。',
      targets: ['YOUTH'],
      forms: ['WORK_EXPERIENCE'],
      area,
      address: '桜市本町2-8-4',
      schedules: [],
      cost: '無料',
      accessibility: '',
      languages: ['ja'],
    };
    return (await as(coordinator).data<{ createResource: { id: string; name: string } }>(CREATE_RESOURCE, { input })).createResource;
  }
  const input = (resourceId: string, overrides: Record<string, unknown> = {}) => ({ resourceId, kind: 'VISIT', supportedOn: jstDay(-1), note: '受入れ担当者と面談', needsFollowUp: false, ...overrides });
  const record = async (by: Staff, resourceId: string, overrides: Record<string, unknown> = {}) => (await as(by).data<{ recordHostSupport: Note }>(RECORD, { input: input(resourceId, overrides) })).recordHostSupport;
  const violations = async (by: Staff, resourceId: string, overrides: Record<string, unknown>) => {
    const error = await as(by).error(RECORD, { input: input(resourceId, overrides) });
    return [error.extensions?.code, ((error.extensions?.['violations'] ?? []) as { field: string }[]).map((v) => v.field)];
  };
  const hosts = async (by: Staff = auditor) => (await as(by).data<{ hostsNeedingSupport: Host[] }>(NEEDING)).hostsNeedingSupport;

  it('lets coordinators and caseworkers record support, and every user read it on the resource, newest first', async () => {
    const resource = await newResource();
    const older = await record(coordinator, resource.id, { kind: 'TRAINING', supportedOn: jstDay(-10), note: '職員向けの説明会' });
    const newer = await record(caseworker, resource.id, { kind: 'CONSULTATION', supportedOn: jstDay(), note: '声かけの仕方を相談された', needsFollowUp: true });
    expect(newer).toMatchObject({ kind: 'CONSULTATION', supportedOn: jstDay(), needsFollowUp: true, resolvedAt: null, agency: { id: caseworker.agencyId }, resource });
    expect((await as(auditor).error(RECORD, { input: input(resource.id) })).extensions?.code).toBe('FORBIDDEN');

    const read = (await as(auditor).data<{ resource: { hostSupport: Note[] } }>(RESOURCE, { id: resource.id })).resource.hostSupport;
    expect(read.map((n) => [n.id, n.agency.id])).toEqual([
      [newer.id, caseworker.agencyId],
      [older.id, coordinator.agencyId],
    ]);

    const trail = (await as(auditor).data<{ auditEvents: { edges: { node: { details: string; actorId: string } }[] } }>(AUDIT, { filter: { action: 'host_support.recorded' } })).auditEvents.edges
      .map((e) => e.node)
      .filter((n) => (JSON.parse(n.details) as { resourceId?: string }).resourceId === resource.id);
    expect(trail.map((n) => n.actorId).sort()).toEqual([coordinator.id, caseworker.id].sort());
  });

  it('refuses bad input naming the field: an empty note, a future date, another municipality’s or an unknown resource', async () => {
    const resource = await newResource();
    const [demo] = await s.app.dataSource.query<{ id: string }[]>(`SELECT r.id FROM resources r JOIN municipalities m ON m.id = r.municipality_id WHERE m.name <> 'Testville' LIMIT 1`);
    if (!demo) throw new Error('The demo municipality has no resources');
    expect(await violations(caseworker, resource.id, { note: '  ' })).toEqual(['BAD_USER_INPUT', ['note']]);
    expect(await violations(caseworker, resource.id, { note: 'あ'.repeat(2001) })).toEqual(['BAD_USER_INPUT', ['note']]);
    expect(await violations(caseworker, resource.id, { supportedOn: jstDay(1) })).toEqual(['BAD_USER_INPUT', ['supportedOn']]);
    expect(await violations(caseworker, demo.id, {})).toEqual(['BAD_USER_INPUT', ['resourceId']]);
    expect(await violations(caseworker, '00000000-0000-4000-8000-000000000000', {})).toEqual(['BAD_USER_INPUT', ['resourceId']]);
    expect((await as(auditor).data<{ resource: { hostSupport: Note[] } }>(RESOURCE, { id: resource.id })).resource.hostSupport).toEqual([]);
  });

  it('lists the hosts needing support, most open notes first; resolving (idempotent) removes the need', async () => {
    const [one, three, two, settled] = [await newResource(), await newResource(), await newResource(), await newResource()];
    await record(coordinator, one.id, { needsFollowUp: true, supportedOn: jstDay(-3) });
    const threeNotes: Note[] = [];
    for (const days of [-20, -5, -4]) threeNotes.push(await record(caseworker, three.id, { needsFollowUp: true, supportedOn: jstDay(days) }));
    await record(caseworker, three.id, { needsFollowUp: false, supportedOn: jstDay(-1) });
    for (const days of [-8, -6]) await record(coordinator, two.id, { needsFollowUp: true, supportedOn: jstDay(days) });
    const settledNote = await record(coordinator, settled.id, { needsFollowUp: true });
    await as(caseworker).data(RESOLVE, { id: settledNote.id });

    const mine = (list: Host[]) => list.filter((h) => [one, three, two, settled].some((r) => r.id === h.resource.id)).map((h) => [h.resource.name, h.openNotes, h.lastSupportedOn]);
    expect(mine(await hosts())).toEqual([
      [three.name, 3, jstDay(-1)],
      [two.name, 2, jstDay(-6)],
      [one.name, 1, jstDay(-3)],
    ]);

    const [first] = threeNotes;
    if (!first) throw new Error('no note');
    const resolved = (await as(caseworker).data<{ resolveHostSupport: Note }>(RESOLVE, { id: first.id })).resolveHostSupport;
    expect(resolved.resolvedAt).not.toBeNull();
    const again = (await as(coordinator).data<{ resolveHostSupport: Note }>(RESOLVE, { id: first.id })).resolveHostSupport;
    expect(again).toEqual(resolved);
    for (const note of threeNotes.slice(1)) await as(coordinator).data(RESOLVE, { id: note.id });
    expect(mine(await hosts())).toEqual([
      [two.name, 2, jstDay(-6)],
      [one.name, 1, jstDay(-3)],
    ]);
    expect((await as(auditor).error(RESOLVE, { id: first.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await as(caseworker).error(RESOLVE, { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code).toBe('NOT_FOUND');

    const resolutions = (await as(auditor).data<{ auditEvents: { edges: { node: { details: string } }[] } }>(AUDIT, { filter: { action: 'host_support.resolved' } })).auditEvents.edges.filter(
      (e) => (JSON.parse(e.node.details) as { hostSupportNoteId?: string }).hostSupportNoteId === first.id,
    );
    expect(resolutions).toHaveLength(1);
  });

  it('counts the referrals a host is receiving people through now (INTRODUCED, STARTED, CONTINUING), never who', async () => {
    const resource = await newResource();
    const caseId = await cases.openCase(coordinator.token);
    const refer = async (path: string[]) => {
      let referral = (await as(coordinator).data<{ referToResource: { id: string; version: number } }>(REFER, { input: { caseId, resourceId: resource.id, note: '' } })).referToResource;
      for (const status of path) {
        const extra = status === 'ENDED' || status === 'DECLINED' ? { endReason: 'GOAL_REACHED' } : {};
        referral = (await as(coordinator).data<{ updateReferral: { id: string; version: number } }>(UPDATE_REFERRAL, { id: referral.id, expectedVersion: referral.version, status, ...extra })).updateReferral;
      }
    };
    await refer([]);
    await refer(['AGREED']);
    await refer(['AGREED', 'INTRODUCED']);
    await refer(['AGREED', 'INTRODUCED', 'STARTED']);
    await refer(['AGREED', 'INTRODUCED', 'STARTED', 'CONTINUING']);
    await refer(['AGREED', 'INTRODUCED', 'STARTED', 'ENDED']);
    await record(caseworker, resource.id, { needsFollowUp: true });

    expect((await as(auditor).data<{ resource: { activeReferrals: number } }>(RESOURCE, { id: resource.id })).resource.activeReferrals).toBe(3);
    expect((await hosts(caseworker)).find((h) => h.resource.id === resource.id)?.activeReferrals).toBe(3);
  });

  it('reads the notes and counts of a whole page of resources in the same number of statements as of one', async () => {
    const area = `テスト地区${randomBytes(4).toString('hex')}`;
    const digest = async () => countStatements(s.app, () => as(caseworker).data(AREA_DIGEST, { area }));
    const first = await newResource(area);
    await record(coordinator, first.id, { needsFollowUp: true });
    const few = (await digest()).length;
    for (let i = 0; i < 4; i += 1) await record(coordinator, (await newResource(area)).id, {});
    expect((await digest()).length).toBe(few);
  });
});
