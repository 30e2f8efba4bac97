import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role, Sector } from '@renkei/kernel';
import { useTestApp, type Staff } from '@renkei/testing';
import iconv from 'iconv-lite';

const IMPORT = `mutation($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) { importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {
  dryRun created updated encoding errors { line field message } } }`;
const EXPORT = `query($encoding: CsvEncoding) { resourcesCsv(encoding: $encoding) }`;
const RESOURCE = 'id name nameKana organizationName description targets forms area address latitude longitude schedules { dayOfWeek opensAt closesAt note } phone email url cost accessibility languages active';
const IN_AREA = `query($area: String!) { resources(filter: { area: $area, includeInactive: true }, first: 100) { totalCount edges { node { ${RESOURCE} version } } } }`;
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node { action details } } } }`;

interface ImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  encoding: string;
  errors: { line: number; field: string; message: string }[];
}
type Listed = Record<string, unknown> & { id: string; name: string; version: number };

const HEADER = 'name,alternate_name,organization_name,description,eligibility,participation_forms,service_area,address_1,latitude,longitude,schedule,phone,email,url,fees,accessibility,languages';
/** Two resources of 桜市 in `area`, with the characters municipal spreadsheets hold (①, ㈱, 髙, a quoted comma, a line break). */
const rows = (area: string) => [
  `さくら子ども食堂,サクラコドモショクドウ,NPO法人さくら,"毎週木曜の夕食、
子どもは無料。",子ども; 子育て,食事（子ども食堂等）,${area},桜市中央1-2-3,35.6812,139.7671,THURSDAY 17:00-19:00 第1週は休み,03-1234-5678,sakura@example.jp,https://example.jp/sakura,無料,車いす可,ja; vi`,
  `髙橋の居場所カフェ①,タカハシノイバショ,㈱髙橋,誰でも来られる居場所。,ANYONE,IBASHO; HOBBY,${area},桜市東2-1,,,月曜日 10:00～15:00; FR 9:30-12:00,,,,1回300円,,ja`,
];
const file = (...lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';
const base64 = (bytes: Buffer) => bytes.toString('base64');
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const shiftJis = (text: string) => iconv.encode(text, 'cp932');

describe('the directory as HSDS CSV: import (all or nothing) and export', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let admin: Staff;
  let caseworker: Staff;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    admin = await s.fixtures.staff([Role.ADMIN], { sector: Sector.ADMINISTRATION });
    caseworker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
  });

  const as = (staff: Staff) => s.app.http.as(staff.token);
  // Each test lists its resources in an area of its own, so that it sees only them.
  const newArea = () => `CSV地区${randomBytes(4).toString('hex')}`;
  const importFile = async (bytes: Buffer, dryRun = false, encoding?: string, by: Staff = coordinator) =>
    (await as(by).data<{ importResources: ImportResult }>(IMPORT, { csv: base64(bytes), dryRun, ...(encoding ? { encoding } : {}) })).importResources;
  const listed = async (area: string) => (await as(caseworker).data<{ resources: { totalCount: number; edges: { node: Listed }[] } }>(IN_AREA, { area })).resources.edges.map((e) => e.node);
  const content = ({ id: _id, version: _version, area: _area, ...rest }: Listed) => rest;
  const imports = async () =>
    (await as(admin).data<{ auditEvents: { edges: { node: { details: string } }[] } }>(AUDIT, { filter: { action: 'resource.imported', actorId: coordinator.id } })).auditEvents.edges.map(
      (e) => JSON.parse(e.node.details) as { created: number; updated: number },
    );

  it('imports the same resources from Shift_JIS, UTF-8 with a BOM and UTF-8 without one', async () => {
    const imported = [];
    for (const [encode, expected] of [
      [shiftJis, 'SHIFT_JIS'],
      [utf8Bom, 'UTF8'],
      [utf8, 'UTF8'],
    ] as const) {
      const area = newArea();
      expect(await importFile(encode(file(...rows(area))))).toEqual({ dryRun: false, created: 2, updated: 0, encoding: expected, errors: [] });
      imported.push((await listed(area)).map(content));
    }
    expect(imported[0]).toHaveLength(2);
    expect(imported[0]).toContainEqual(
      expect.objectContaining({ name: '髙橋の居場所カフェ①', organizationName: '㈱髙橋', targets: ['ANYONE'], forms: ['IBASHO', 'HOBBY'], phone: null, latitude: null, active: true }),
    );
    expect(imported[0]).toContainEqual(
      expect.objectContaining({ description: '毎週木曜の夕食、\n子どもは無料。', schedules: [{ dayOfWeek: 'THURSDAY', opensAt: '17:00', closesAt: '19:00', note: '第1週は休み' }] }),
    );
    expect(imported[1]).toEqual(imported[0]);
    expect(imported[2]).toEqual(imported[0]);
    // The encoding may also be given rather than found.
    expect(await importFile(shiftJis(file(...rows(newArea()))), true, 'SHIFT_JIS')).toMatchObject({ created: 2, encoding: 'SHIFT_JIS', errors: [] });
  });

  it('imports nothing of a file with one bad row, and names its line and column', async () => {
    const area = newArea();
    const [first, second] = rows(area);
    const bad = second.replace('ANYONE', 'ANYONE; 老人').replace('タカハシノイバショ', '高橋');
    // The first row spans lines 2–3, so the bad row is line 5, after a blank line.
    const result = await importFile(utf8(file(first, '', bad, first.replace('さくら子ども食堂', 'さくら食堂 二号'))));
    expect(result).toMatchObject({ dryRun: false, created: 3, updated: 0 });
    expect(result.errors).toEqual([
      { line: 5, field: 'alternate_name', message: 'nameKana must be written in kana' },
      { line: 5, field: 'eligibility', message: expect.stringContaining('"老人"') },
    ]);
    expect(await listed(area)).toEqual([]);
  });

  it('in a dry run counts what a file would do and writes nothing, not even to the audit trail', async () => {
    const area = newArea();
    const before = await imports();
    expect(await importFile(utf8(file(...rows(area))), true)).toEqual({ dryRun: true, created: 2, updated: 0, encoding: 'UTF8', errors: [] });
    expect(await listed(area)).toEqual([]);
    expect(await imports()).toEqual(before);
    await importFile(utf8(file(...rows(area))));
    expect(await imports()).toEqual([{ created: 2, updated: 0 }, ...before]);
  });

  it('re-imports an export as updates by id, leaving the directory as it was', async () => {
    const area = newArea();
    await importFile(shiftJis(file(...rows(area))));
    const before = await listed(area);
    const exported = (await as(coordinator).data<{ resourcesCsv: string }>(EXPORT, {})).resourcesCsv;
    const bytes = Buffer.from(exported, 'base64');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain(`id,${HEADER}`);

    const result = await importFile(bytes);
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(0);
    expect(result.updated).toBeGreaterThanOrEqual(2);
    const after = await listed(area);
    expect(after.map(({ version, ...rest }) => [rest, version])).toEqual(before.map(({ version, ...rest }) => [rest, version + 1]));
    // Nothing of the directory changed: its export is the same file, in either encoding.
    expect((await as(admin).data<{ resourcesCsv: string }>(EXPORT, {})).resourcesCsv).toBe(exported);
    const sjis = (await as(admin).data<{ resourcesCsv: string }>(EXPORT, { encoding: 'SHIFT_JIS' })).resourcesCsv;
    expect(iconv.decode(Buffer.from(sjis, 'base64'), 'cp932')).toBe(bytes.subarray(3).toString('utf8'));
  });

  it('refuses an id of no resource of the municipality, and a file that is not text', async () => {
    const [row] = rows(newArea());
    const unknown = await importFile(utf8([`id,${HEADER}`, `7d3c9a52-0d7e-4a8e-9a57-3f1b2c4d5e6f,${row}`].join('\n')));
    expect(unknown.errors).toEqual([{ line: 2, field: 'id', message: expect.any(String) }]);
    const notText = await as(coordinator).error(IMPORT, { csv: base64(Buffer.from([0x41, 0x82, 0xff, 0xff])), dryRun: true });
    expect(notText.extensions?.['code']).toBe('BAD_USER_INPUT');
    const notBase64 = await as(coordinator).error(IMPORT, { csv: '%%%', dryRun: true });
    expect(notBase64.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('is for those who maintain the directory: a caseworker may neither import nor export', async () => {
    const area = newArea();
    expect((await as(caseworker).error(IMPORT, { csv: base64(utf8(file(...rows(area)))), dryRun: false })).extensions?.['code']).toBe('FORBIDDEN');
    expect((await as(caseworker).error(EXPORT, {})).extensions?.['code']).toBe('FORBIDDEN');
    expect(await listed(area)).toEqual([]);
  });
});
