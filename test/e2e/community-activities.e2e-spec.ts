import { randomBytes, randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { normalise } from '@renkei/resources';
import { useTestApp, type Staff } from '@renkei/testing';

const ACTIVITY = 'id heldOn place kind participantCount bodies note version resources { id name }';
const RECORD = `mutation($input: CommunityActivityInput!) { recordCommunityActivity(input: $input) { ${ACTIVITY} } }`;
const UPDATE = `mutation($id: ID!, $input: CommunityActivityInput!, $expectedVersion: Int!) { updateCommunityActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ${ACTIVITY} } }`;
const ONE = `query($id: ID!) { communityActivity(id: $id) { ${ACTIVITY} } }`;
const LOG = `query($from: LocalDate!, $to: LocalDate!, $kind: CommunityActivityKind) { communityActivities(from: $from, to: $to, kind: $kind) {
  items { id heldOn place participantCount bodies } totals { activities sites participants bodies } } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { id name } }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node { action details actorId } } } }`;

interface Activity {
  id: string;
  heldOn: string;
  place: string;
  kind: string;
  participantCount: number;
  bodies: string[];
  note: string;
  version: number;
  resources: { id: string; name: string }[];
}
interface Log {
  items: Pick<Activity, 'id' | 'heldOn' | 'place' | 'participantCount' | 'bodies'>[];
  totals: { activities: number; sites: number; participants: number; bodies: number };
}

// The calendar date in Japan `days` from now, as the server counts it.
const jstDay = (days = 0) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
// A month of the past no other test writes to: each test reads only its own activities.
// The period ends on the 27th so that the day after it (the 28th) exists in every month, February too.
const ownMonth = () => {
  const start = `${1950 + randomInt(60)}-${String(1 + randomInt(12)).padStart(2, '0')}`;
  return { from: `${start}-01`, to: `${start}-27`, day: (d: number) => `${start}-${String(d).padStart(2, '0')}` };
};

describe('community-building activities (地域づくり): records, totals and who may do what', () => {
  // The demo municipality (桜市) is a second tenant, with activities and a directory of its own.
  // Booting tells the whole demo story first: as long as demo-data.e2e-spec.ts allows it.
  jest.setTimeout(60_000);
  const s = useTestApp({ DEMO_DATA: 'true' });
  let coordinator: Staff;
  let caseworker: Staff;
  let auditor: Staff;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.COMMUNITY });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const tag = () => randomBytes(3).toString('hex');
  const input = (overrides: Record<string, unknown> = {}) => ({
    heldOn: jstDay(-1),
    place: `北公民館 ${tag()}`,
    kind: 'EXCHANGE',
    participantCount: 12,
    bodies: [`北町自治会 ${tag()}`],
    resourceIds: [],
    note: '',
    ...overrides,
  });
  const record = async (overrides: Record<string, unknown> = {}) => (await as(coordinator).data<{ recordCommunityActivity: Activity }>(RECORD, { input: input(overrides) })).recordCommunityActivity;
  const log = async (variables: Record<string, unknown>, by: Staff = caseworker) => (await as(by).data<{ communityActivities: Log }>(LOG, variables)).communityActivities;
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const error = await as(coordinator).error(query, variables);
    return [error.extensions?.code, ((error.extensions?.['violations'] ?? []) as { field: string }[]).map((v) => v.field)];
  };
  const demoId = async (table: 'resources' | 'community_activities') => {
    const [row] = await s.app.dataSource.query<{ id: string }[]>(`SELECT t.id FROM ${table} t JOIN municipalities m ON m.id = t.municipality_id WHERE m.name <> 'Testville' LIMIT 1`);
    if (!row) throw new Error(`The demo municipality has no ${table}`);
    return row.id;
  };

  it('lets the coordinator record and correct activities, every user read them; caseworkers may not record', async () => {
    const resource = (
      await as(coordinator).data<{ createResource: { id: string; name: string } }>(CREATE_RESOURCE, {
        input: { name: `居場所 ${tag()}`, nameKana: 'イバショ', organizationName: 'NPO', description: '居場所', targets: ['ANYONE'], forms: ['IBASHO'], area: '北地区', address: '桜市北町1', schedules: [], cost: '無料', accessibility: '', languages: ['ja'] },
      })
    ).createResource;
    const created = await record({ resourceIds: [resource.id], note: '新しい居場所の立ち上げ' });
    expect(created).toMatchObject({ version: 1, kind: 'EXCHANGE', participantCount: 12, note: '新しい居場所の立ち上げ', resources: [resource] });
    for (const reader of [caseworker, auditor]) expect((await as(reader).data<{ communityActivity: Activity }>(ONE, { id: created.id })).communityActivity).toEqual(created);

    expect((await as(caseworker).error(RECORD, { input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await as(caseworker).error(UPDATE, { id: created.id, input: input(), expectedVersion: 1 })).extensions?.code).toBe('FORBIDDEN');

    const updated = (await as(coordinator).data<{ updateCommunityActivity: Activity }>(UPDATE, { id: created.id, input: input({ participantCount: 30, place: created.place }), expectedVersion: 1 })).updateCommunityActivity;
    expect(updated).toMatchObject({ id: created.id, version: 2, participantCount: 30, resources: [] });
    expect(await refused(UPDATE, { id: created.id, input: input(), expectedVersion: 1 })).toEqual(['CONFLICT', []]);
    expect((await as(auditor).data<{ communityActivity: Activity }>(ONE, { id: created.id })).communityActivity.version).toBe(2);

    const trail = async (action: string) =>
      (await as(auditor).data<{ auditEvents: { edges: { node: { details: string; actorId: string } }[] } }>(AUDIT, { filter: { action } })).auditEvents.edges
        .map((e) => e.node)
        .filter((n) => (JSON.parse(n.details) as { communityActivityId?: string }).communityActivityId === created.id)
        .map((n) => n.actorId);
    expect([await trail('community_activity.recorded'), await trail('community_activity.updated')]).toEqual([[coordinator.id], [coordinator.id]]);
  });

  it('refuses bad input naming each field', async () => {
    expect(await refused(RECORD, { input: input({ place: ' ', participantCount: 100_001, note: 'あ'.repeat(2001) }) })).toEqual(['BAD_USER_INPUT', ['place', 'participantCount', 'note']]);
    expect(await refused(RECORD, { input: input({ participantCount: -1 }) })).toEqual(['BAD_USER_INPUT', ['participantCount']]);
    expect(await refused(RECORD, { input: input({ bodies: Array.from({ length: 31 }, (_, i) => `団体${i}`) }) })).toEqual(['BAD_USER_INPUT', ['bodies']]);
    expect(await refused(RECORD, { input: input({ bodies: ['x'.repeat(101)] }) })).toEqual(['BAD_USER_INPUT', ['bodies']]);
    expect(await refused(RECORD, { input: input({ bodies: ['サクラ会', 'ｻｸﾗ 会'] }) })).toEqual(['BAD_USER_INPUT', ['bodies.1']]);
    expect(await refused(RECORD, { input: input({ heldOn: jstDay(1) }) })).toEqual(['BAD_USER_INPUT', ['heldOn']]);
    expect(await refused(RECORD, { input: input({ resourceIds: [await demoId('resources')] }) })).toEqual(['BAD_USER_INPUT', ['resourceIds.0']]);
    expect(await refused(LOG, { from: '2025-04-02', to: '2025-04-01' })).toEqual(['BAD_USER_INPUT', ['to']]);
    expect(await refused(LOG, { from: '2023-04-01', to: '2025-04-02' })).toEqual(['BAD_USER_INPUT', ['to']]);
  });

  it('totals a period as an oracle over the records does: distinct normalised places and bodies, summed participants', async () => {
    const month = ownMonth();
    const place = `中央公民館${tag()}`;
    const body = `さくら会${tag()}`;
    const other = `北町自治会${tag()}`;
    const specs = [
      { heldOn: month.day(3), place, kind: 'EXCHANGE', participantCount: 20, bodies: [body, other] },
      // The same place and body in other spellings (full width, spaces, half-width kana).
      { heldOn: month.day(10), place: ` ${place.normalize('NFKC').replace('中央', '中央 ')}`, kind: 'LEARNING', participantCount: 7, bodies: [body.replace('さくら', 'ｻｸﾗ')] },
      { heldOn: month.day(17), place: `南広場${tag()}`, kind: 'EXCHANGE', participantCount: 0, bodies: [] },
      { heldOn: month.day(27), place: `東集会所${tag()}`, kind: 'AWARENESS', participantCount: 150, bodies: [other, `ＮＰＯ${tag()}`] },
    ];
    const created: Activity[] = [];
    for (const spec of specs) created.push(await record(spec));
    await record({ heldOn: month.day(28) }); // the day after the period

    const oracle = (chosen: typeof created) => ({
      activities: chosen.length,
      sites: new Set(chosen.map((a) => normalise(a.place))).size,
      participants: chosen.reduce((sum, a) => sum + a.participantCount, 0),
      bodies: new Set(chosen.flatMap((a) => a.bodies.map(normalise))).size,
    });
    const all = await log({ from: month.from, to: month.to });
    expect(all.totals).toEqual(oracle(created));
    expect(all.totals).toEqual({ activities: 4, sites: 3, participants: 177, bodies: 3 });
    expect(all.items.map((a) => a.heldOn)).toEqual([month.day(27), month.day(17), month.day(10), month.day(3)]);

    const exchanges = await log({ from: month.from, to: month.to, kind: 'EXCHANGE' }, auditor);
    expect(exchanges.totals).toEqual(oracle(created.filter((a) => a.kind === 'EXCHANGE')));
    expect(exchanges.items.map((a) => a.id)).toEqual([created[2]?.id, created[0]?.id]);
    expect((await log({ from: month.day(4), to: month.day(16) })).totals).toEqual(oracle([created[1] as Activity]));
  });

  it('never shows nor changes another municipality’s activities', async () => {
    const id = await demoId('community_activities');
    expect((await as(caseworker).data<{ communityActivity: Activity | null }>(ONE, { id })).communityActivity).toBeNull();
    expect(await refused(UPDATE, { id, input: input(), expectedVersion: 1 })).toEqual(['NOT_FOUND', []]);
    const [demo] = await s.app.dataSource.query<{ held_on: string }[]>(`SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on FROM community_activities WHERE id = $1`, [id]);
    const around = (await log({ from: demo?.held_on, to: demo?.held_on })).items.map((a) => a.id);
    expect(around).not.toContain(id);
  });
});
