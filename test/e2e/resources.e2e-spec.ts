import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { useTestApp, type Staff } from '@renkei/testing';

const RESOURCE = 'id name nameKana organizationName description targets forms area address latitude longitude schedules { dayOfWeek opensAt closesAt note } phone email url cost accessibility languages active version updatedAt';
const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { ${RESOURCE} } }`;
const UPDATE = `mutation($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) { updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESOURCE} } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setResourceActive(id: $id, active: $active) { id active version } }`;
const ONE = `query($id: ID!) { resource(id: $id) { ${RESOURCE} } }`;
const SEARCH = `query($filter: ResourceFilter, $first: Int, $after: String) { resources(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } } } }`;
const AREAS = `{ resourceAreas }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node { action caseId details actorId } } } }`;

interface Resource {
  id: string;
  name: string;
  version: number;
  active: boolean;
}
interface Page {
  resources: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string } }[] };
}

describe('the directory of local resources (社会資源): search in Japanese, maintenance, and who may do what', () => {
  // The demo municipality (桜市) is a second tenant, with a directory of its own.
  const s = useTestApp({ DEMO_DATA: 'true' });
  let admin: Staff;
  let coordinator: Staff;
  let caseworker: Staff;
  let auditor: Staff;

  beforeAll(async () => {
    admin = await s.fixtures.staff([Role.ADMIN], { sector: Sector.ADMINISTRATION });
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  // Each test lists its resources in an area of its own, so that its searches see only them.
  const newArea = () => `テスト地区${randomBytes(4).toString('hex')}`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    name: '子ども食堂 ひまわり',
    nameKana: 'コドモショクドウ ヒマワリ',
    organizationName: 'NPO法人 Sakura',
    description: '地域のボランティアが夕食を用意します。',
    targets: ['CHILDREN', 'POVERTY'],
    forms: ['MEALS', 'IBASHO'],
    area: '中央地区',
    address: '桜市本町2-3-1',
    latitude: 35.7012,
    longitude: 139.5021,
    schedules: [{ dayOfWeek: 'WEDNESDAY', opensAt: '17:00', closesAt: '19:30', note: null }],
    phone: '0120-000-001',
    email: 'himawari@example.org',
    url: 'https://example.org/himawari',
    cost: '子ども無料',
    accessibility: '1階、段差なし',
    languages: ['ja', 'en'],
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown>, by: Staff = coordinator) => (await as(by).data<{ createResource: Resource }>(CREATE, { input: input(overrides) })).createResource;
  const search = async (filter: Record<string, unknown>, first = 20, after?: string, by: Staff = caseworker) => (await as(by).data<Page>(SEARCH, { filter, first, after })).resources;
  const names = async (filter: Record<string, unknown>) => (await search(filter)).edges.map((e) => e.node.name);

  it('finds a resource by its name in katakana, hiragana, full-width and half-width alike', async () => {
    const area = newArea();
    const { id } = await create({ area });
    const queries = ['ひまわり', 'ヒマワリ', 'ﾋﾏﾜﾘ', 'こども', 'コドモ', 'ｺﾄﾞﾓ', 'ｺﾄﾞﾓｼｮｸﾄﾞｳ', 'こども しょくどう', '子ども食堂', 'ｓａｋｕｒａ', 'SAKURA', '食', 'ボランティア'];
    for (const text of queries) {
      const found = await search({ text, area });
      expect([text, found.totalCount, found.edges.map((e) => e.node.id)]).toEqual([text, 1, [id]]);
    }
    expect((await search({ text: 'ひまわり畑', area })).totalCount).toBe(0);
  });

  it('ranks name and kana matches before organization matches before description matches, then in kana order', async () => {
    const area = newArea();
    await create({ area, name: '地域の居場所', nameKana: 'チイキノイバショ', organizationName: '桜会', description: 'やまびこ合唱団が毎月歌いに来ます。' });
    await create({ area, name: '歌の会', nameKana: 'ウタノカイ', organizationName: 'やまびこ会', description: '毎週の合唱。' });
    await create({ area, name: 'やまびこ食堂', nameKana: 'ヤマビコショクドウ', organizationName: '桜会', description: '夕食会。' });
    await create({ area, name: '山彦サロン', nameKana: 'ヤマビコサロン', organizationName: '桜会', description: '交流。' });
    expect(await names({ text: 'ヤマビコ', area })).toEqual(['山彦サロン', 'やまびこ食堂', '歌の会', '地域の居場所']);
    // Without text: the directory in kana order (五十音順).
    expect(await names({ area })).toEqual(['歌の会', '地域の居場所', '山彦サロン', 'やまびこ食堂']);
  });

  it('filters by targets, forms, area, and the day and time it is open', async () => {
    const area = newArea();
    await create({ area, name: '朝の体操', nameKana: 'アサノタイソウ', targets: ['ELDERLY'], forms: ['HOBBY'], schedules: [{ dayOfWeek: 'MONDAY', opensAt: '09:00', closesAt: '10:00' }] });
    await create({ area, name: '夜の学習会', nameKana: 'ヨルノガクシュウカイ', targets: ['YOUTH', 'POVERTY'], forms: ['LEARNING'], schedules: [{ dayOfWeek: 'MONDAY', opensAt: '18:00', closesAt: '20:00' }, { dayOfWeek: 'THURSDAY', opensAt: '18:00', closesAt: '20:00' }] });
    await create({ area, name: '週末の畑', nameKana: 'シュウマツノハタケ', targets: ['ANYONE'], forms: ['VOLUNTEER', 'HOBBY'], schedules: [{ dayOfWeek: 'SATURDAY', opensAt: '09:00', closesAt: '12:00' }] });
    const sorted = async (filter: Record<string, unknown>) => (await names({ area, ...filter })).sort();
    expect(await sorted({ targets: ['POVERTY', 'ELDERLY'] })).toEqual(['夜の学習会', '朝の体操'].sort());
    expect(await sorted({ forms: ['HOBBY'] })).toEqual(['朝の体操', '週末の畑'].sort());
    expect(await sorted({ dayOfWeek: 'MONDAY' })).toEqual(['夜の学習会', '朝の体操'].sort());
    expect(await sorted({ dayOfWeek: 'MONDAY', at: '19:00' })).toEqual(['夜の学習会']);
    expect(await sorted({ dayOfWeek: 'MONDAY', at: '10:00' })).toEqual([]);
    expect(await sorted({ at: '10:30' })).toEqual(['週末の畑']);
    expect(await sorted({ dayOfWeek: 'SUNDAY' })).toEqual([]);
    expect(await names({ area: newArea() })).toEqual([]);
  });

  it('pages through results with cursors and a total count, ranked or not', async () => {
    const area = newArea();
    const ids = new Set<string>();
    for (const kana of ['アカ', 'イト', 'ウミ', 'エキ', 'オカ']) ids.add((await create({ area, name: `${kana}の会`, nameKana: `${kana}ノカイ`, description: kana === 'ウミ' ? '会の説明' : '説明' })).id);
    for (const filter of [{ area }, { area, text: '会' }]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await search(filter, 2, after);
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? undefined;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen)).toEqual(ids);
    }
    const bad = await as(caseworker).error(SEARCH, { filter: { area }, first: 2, after: 'not-a-cursor' });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets every role of the municipality search and read; only administrators and coordinators maintain', async () => {
    const area = newArea();
    const resource = await create({ area }, admin);
    for (const staff of [admin, coordinator, caseworker, auditor]) {
      expect((await search({ area }, 20, undefined, staff)).edges.map((e) => e.node.id)).toEqual([resource.id]);
      expect((await as(staff).data<{ resource: Resource }>(ONE, { id: resource.id })).resource.id).toBe(resource.id);
      expect((await as(staff).data<{ resourceAreas: string[] }>(AREAS)).resourceAreas).toContain(area);
    }
    for (const staff of [caseworker, auditor]) {
      expect((await as(staff).error(CREATE, { input: input({ area }) })).extensions?.code).toBe('FORBIDDEN');
      expect((await as(staff).error(UPDATE, { id: resource.id, input: input({ area, name: '変更' }), expectedVersion: resource.version })).extensions?.code).toBe('FORBIDDEN');
      expect((await as(staff).error(SET_ACTIVE, { id: resource.id, active: false })).extensions?.code).toBe('FORBIDDEN');
    }
    const updated = (await as(coordinator).data<{ updateResource: Resource }>(UPDATE, { id: resource.id, input: input({ area, name: '子ども食堂 ひまわり 本町' }), expectedVersion: 1 })).updateResource;
    expect([updated.name, updated.version]).toEqual(['子ども食堂 ひまわり 本町', 2]);
  });

  it('refuses an update made on a stale version with CONFLICT, and changes nothing', async () => {
    const area = newArea();
    const { id } = await create({ area });
    await as(coordinator).data(UPDATE, { id, input: input({ area, cost: '300円' }), expectedVersion: 1 });
    const stale = await as(admin).error(UPDATE, { id, input: input({ area, cost: '500円' }), expectedVersion: 1 });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const now = (await as(caseworker).data<{ resource: { cost: string; version: number } }>(ONE, { id })).resource;
    expect(now).toMatchObject({ cost: '300円', version: 2 });
  });

  it('never shows another municipality’s resources: NOT_FOUND by id, absent from every list', async () => {
    const [demo] = await s.app.dataSource.query<{ id: string; area: string }[]>(
      `SELECT r.id, r.area FROM resources r JOIN municipalities m ON m.id = r.municipality_id WHERE m.name <> 'Testville' AND r.name = '子ども食堂 ひまわり'`,
    );
    if (!demo) throw new Error('The demo municipality has no 子ども食堂 ひまわり');
    expect((await as(caseworker).error(ONE, { id: demo.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await as(admin).error(UPDATE, { id: demo.id, input: input(), expectedVersion: 1 })).extensions?.code).toBe('NOT_FOUND');
    expect((await as(coordinator).error(SET_ACTIVE, { id: demo.id, active: false })).extensions?.code).toBe('NOT_FOUND');
    const found = await search({ text: 'ひまわり', includeInactive: true }, 100);
    expect(found.edges.map((e) => e.node.id)).not.toContain(demo.id);
    expect((await as(caseworker).data<{ resourceAreas: string[] }>(AREAS)).resourceAreas).not.toContain('北地区');
  });

  it('refuses bad input with BAD_USER_INPUT naming each field', async () => {
    const bad = await as(coordinator).error(CREATE, {
      input: input({
        nameKana: '子ども',
        latitude: 100,
        email: 'not-an-email',
        url: 'javascript:alert(1)',
        languages: ['jpn'],
        schedules: [{ dayOfWeek: 'MONDAY', opensAt: '25:00', closesAt: '10:00' }],
      }),
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = ((bad.extensions?.['violations'] ?? []) as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['nameKana', 'latitude', 'email', 'url', 'languages', 'schedules.0.opensAt']));
    const backwards = await as(coordinator).error(CREATE, { input: input({ schedules: [{ dayOfWeek: 'MONDAY', opensAt: '12:00', closesAt: '10:00' }] }) });
    expect(((backwards.extensions?.['violations'] ?? []) as { field: string }[]).map((v) => v.field)).toEqual(['schedules.0.closesAt']);
    const overlapping = await as(coordinator).error(CREATE, { input: input({ schedules: [{ dayOfWeek: 'MONDAY', opensAt: '09:00', closesAt: '12:00' }, { dayOfWeek: 'MONDAY', opensAt: '11:00', closesAt: '13:00' }] }) });
    expect(overlapping.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await as(coordinator).error(CREATE, { input: input({ name: '' }) })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await as(caseworker).error(SEARCH, { filter: { at: '7pm' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await as(caseworker).error(SEARCH, { filter: { text: 'あ'.repeat(101) } })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suspends and resumes a resource: hidden from the default search, and every change in the audit trail', async () => {
    const area = newArea();
    const { id } = await create({ area });
    await as(coordinator).data(UPDATE, { id, input: input({ area, cost: '300円' }), expectedVersion: 1 });
    expect((await as(admin).data<{ setResourceActive: Resource }>(SET_ACTIVE, { id, active: false })).setResourceActive).toMatchObject({ active: false, version: 3 });
    expect(await names({ area })).toEqual([]);
    expect((await search({ area, includeInactive: true })).edges.map((e) => e.node.id)).toEqual([id]);
    await as(admin).data(SET_ACTIVE, { id, active: true });
    expect((await search({ area })).edges.map((e) => e.node.id)).toEqual([id]);
    const trail = async (action: string) =>
      (await as(auditor).data<{ auditEvents: { edges: { node: { action: string; caseId: string | null; details: string; actorId: string } }[] } }>(AUDIT, { filter: { action } })).auditEvents.edges
        .map((e) => e.node)
        .filter((node) => (JSON.parse(node.details) as { resourceId?: string }).resourceId === id);
    expect((await trail('resource.created')).map((n) => [n.actorId, n.caseId])).toEqual([[coordinator.id, null]]);
    expect((await trail('resource.updated')).map((n) => n.actorId)).toEqual([coordinator.id]);
    expect((await trail('resource.deactivated')).map((n) => n.actorId)).toEqual([admin.id]);
    expect((await trail('resource.activated')).map((n) => n.actorId)).toEqual([admin.id]);
  });
});
