import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, jstDate, Role, Sector } from '@renkei/kernel';
import { CsvEncoding, decodeCsv } from '@renkei/spreadsheets';
import { CaseFixtures, Operations, SUBJECT, useTestApp, type Staff } from '@renkei/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const FILE = 'filename contentType base64';
const CASES_FILE = `query($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: CaseStatus, $search: String) {
  casesFile(format: $format, encoding: $encoding, status: $status, search: $search) { ${FILE} } }`;
const MY_TASKS_FILE = `query($format: SpreadsheetFormat!, $encoding: CsvEncoding) { myTasksFile(format: $format, encoding: $encoding) { ${FILE} } }`;
const PROVISIONS_FILE = `query($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) { provisionRecordsFile(caseId: $caseId, format: $format, encoding: $encoding) { ${FILE} } }`;
const REFERRALS_FILE = `query($caseId: ID!, $format: SpreadsheetFormat!, $encoding: CsvEncoding) { referralsFile(caseId: $caseId, format: $format, encoding: $encoding) { ${FILE} } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { id name } }`;
const REFER = `mutation($input: ReferToResourceInput!) { referToResource(input: $input) { id } }`;

interface DownloadFile {
  filename: string;
  contentType: string;
  base64: string;
}
type Cell = string | number | Date | null;

/** The three ways a list is saved, each read back to rows of cells (the header first). */
const WAYS = [
  { way: 'Excel', format: 'XLSX', encoding: null, extension: 'xlsx' },
  { way: 'CSV (UTF-8)', format: 'CSV', encoding: CsvEncoding.UTF8, extension: 'csv' },
  { way: 'CSV (Shift_JIS)', format: 'CSV', encoding: CsvEncoding.SHIFT_JIS, extension: 'csv' },
] as const;

async function readBack(file: DownloadFile, encoding: CsvEncoding | null): Promise<Cell[][]> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (!encoding) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: Cell[][] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as Cell[]).slice(1).map((v) => v ?? null)));
    return rows;
  }
  const decoded = decodeCsv(bytes);
  expect(decoded.encoding).toBe(encoding);
  return parse(decoded.text) as string[][];
}

describe('lists saved as CSV and Excel (exports)', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff; // on the team; the consent names its sector
  let health: Staff; // on the team; no consent for it
  let outsider: Staff;
  let auditor: Staff;
  let withheldCase: string; // no consent: the coordinator's record is withheld from the other agencies
  let consentedCase: string;
  let dueAt: Date;
  const today = jstDate(new Date());

  const as = (staff: Staff) => s.app.http.as(staff.token);
  const save = async (staff: Staff, query: string, field: string, variables: Record<string, unknown>): Promise<DownloadFile> =>
    (await as(staff).data<Record<string, DownloadFile>>(query, variables))[field] as DownloadFile;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    health = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HEALTH });
    outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    const cases = new CaseFixtures(s.app);
    withheldCase = await cases.openCase(coordinator.token, '住まいの相談（非開示）');
    consentedCase = await cases.openCase(coordinator.token, '住まいの相談（同意あり）');
    for (const caseId of [withheldCase, consentedCase]) {
      for (const member of [housing, health]) await as(coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: member.agencyId });
    }
    await cases.recordConsent(coordinator.token, consentedCase, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC, DataCategory.PARTICIPATION] }] });
    // Due at 23:30 in Japan (14:30 UTC): the file shows the JST day and time.
    dueAt = new Date(`${jstDate(new Date(Date.now() + 3 * 86_400_000))}T14:30:00Z`);
    await as(coordinator).data(Operations.ASSIGN_TASK, { input: { caseId: withheldCase, title: '家賃の滞納を確認', assigneeAgencyId: housing.agencyId, dueAt: dueAt.toISOString() } });
  });

  it.each(WAYS)('saves ケース一覧 as $way: names only where the record may be seen, and records the provision', async ({ format, encoding, extension }) => {
    const file = await save(housing, CASES_FILE, 'casesFile', { format, encoding });
    expect(file.filename).toBe(`ケース一覧_${today}.${extension}`);
    const rows = await readBack(file, encoding);
    expect(rows[0]).toEqual(['ケース', '氏名', 'ふりがな', '状態', '支援が必要な分野', 'ケースチーム', '受付日時', '更新日時']);
    const byTitle = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byTitle.size).toBe(2);
    expect(byTitle.get('住まいの相談（同意あり）')?.slice(1, 5)).toEqual([SUBJECT.fullName, SUBJECT.fullNameKana, 'アセスメント', '住まい']);
    // The coordinator's record of the other case is withheld: its person is never in the file.
    expect(byTitle.get('住まいの相談（非開示）')?.slice(1, 3)).toEqual(['非開示', '非開示']);
    expect(rows.filter((row) => row.includes(SUBJECT.fullName))).toHaveLength(1);
    const opened = byTitle.get('住まいの相談（同意あり）')?.[6];
    if (encoding) expect(opened).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    else expect(opened).toBeInstanceOf(Date);

    // Returning the name is a provision to the housing agency, as the list's own read records it.
    const records = await as(auditor).data<{ provisionRecords: { recipientAgency: { id: string } }[] }>(Operations.PROVISION_RECORDS, { caseId: consentedCase });
    expect(records.provisionRecords.map((r) => r.recipientAgency.id)).toContain(housing.agencyId);
    const withheld = await as(auditor).data<{ provisionRecords: unknown[] }>(Operations.PROVISION_RECORDS, { caseId: withheldCase });
    expect(withheld.provisionRecords).toEqual([]);
  });

  it('filters ケース一覧 as the list does, and saves nothing of cases an agency may not know of', async () => {
    const filtered = await readBack(await save(housing, CASES_FILE, 'casesFile', { format: 'CSV', search: 'ヤマダ' }), CsvEncoding.UTF8);
    expect(filtered.slice(1).map((row) => row[0])).toEqual(['住まいの相談（同意あり）']);
    const outsiders = await readBack(await save(outsider, CASES_FILE, 'casesFile', { format: 'XLSX' }), null);
    expect(outsiders).toHaveLength(1);
  });

  it.each(WAYS)('saves マイタスク as $way with the due time in JST', async ({ format, encoding, extension }) => {
    const file = await save(housing, MY_TASKS_FILE, 'myTasksFile', { format, encoding });
    expect(file.filename).toBe(`マイタスク_${today}.${extension}`);
    const rows = await readBack(file, encoding);
    expect(rows[0]).toEqual(['タスク', 'ケース', '状態', '期限', '担当機関', '依頼日時', '更新日時']);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['家賃の滞納を確認', '住まいの相談（非開示）', '依頼中', encoding ? `${dueAt.toISOString().slice(0, 10)} 23:30` : new Date(`${dueAt.toISOString().slice(0, 10)}T23:30:00Z`)],
    ]);
  });

  it.each(WAYS)('saves 提供記録 as $way for the auditor only', async ({ format, encoding, extension }) => {
    await save(housing, CASES_FILE, 'casesFile', { format: 'CSV' });
    const file = await save(auditor, PROVISIONS_FILE, 'provisionRecordsFile', { caseId: consentedCase, format, encoding });
    expect(file.filename).toBe(`提供記録_${today}.${extension}`);
    const rows = await readBack(file, encoding);
    expect(rows[0]).toEqual(['提供日時', '本人', '提供した情報', '根拠', '提供元', '提供先']);
    expect(rows.slice(1).length).toBeGreaterThan(0);
    expect(rows[1]?.slice(1, 4)).toEqual([SUBJECT.fullName, '基本情報', '本人同意']);
    const refused = await as(housing).error(PROVISIONS_FILE, { caseId: consentedCase, format, encoding });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('saves the referrals of a case with each one’s content only where the reader has a basis', async () => {
    const resource = (
      await as(coordinator).data<{ createResource: { id: string; name: string } }>(CREATE_RESOURCE, {
        input: {
          name: 'さくら子ども食堂',
          nameKana: 'サクラコドモショクドウ',
          organizationName: 'NPO法人 さくら',
          description: '夕食を用意します。',
          targets: ['CHILDREN'],
          forms: ['MEALS'],
          area: '中央地区',
          address: '桜市本町2-3-1',
          schedules: [],
          cost: '無料',
          accessibility: '',
          languages: ['ja'],
        },
      })
    ).createResource;
    await as(housing).data(REFER, { input: { caseId: consentedCase, resourceId: resource.id, note: '夕食の場で人と話す機会を' } });

    for (const { format, encoding, extension } of WAYS) {
      const own = await save(housing, REFERRALS_FILE, 'referralsFile', { caseId: consentedCase, format, encoding });
      expect(own.filename).toBe(`参加支援_${today}.${extension}`);
      const rows = await readBack(own, encoding);
      expect(rows[0]?.slice(0, 5)).toEqual(['紹介先', '状態', '終了理由', 'つないだ機関', 'メモ']);
      expect(rows[1]?.[0]).toBe('さくら子ども食堂');
      expect(rows[1]?.[4]).toBe('夕食の場で人と話す機会を');
    }
    // The health agency is on the team without a basis: the referral is there, its content is not.
    const theirs = await readBack(await save(health, REFERRALS_FILE, 'referralsFile', { caseId: consentedCase, format: 'CSV' }), CsvEncoding.UTF8);
    expect(theirs.slice(1).map((row) => [row[0], row[4]])).toEqual([['非開示', '非開示']]);
    expect(JSON.stringify(theirs)).not.toContain('夕食');
    expect((await as(outsider).error(REFERRALS_FILE, { caseId: consentedCase, format: 'CSV' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('audits every export with the list, format and row count', async () => {
    await save(housing, MY_TASKS_FILE, 'myTasksFile', { format: 'CSV', encoding: 'SHIFT_JIS' });
    const events = await as(auditor).data<{ auditEvents: { edges: { node: { actorId: string; details: string } }[] } }>(Operations.AUDIT_EVENTS, {
      filter: { action: 'export.created', actorId: housing.id },
      first: 1,
    });
    expect(JSON.parse(events.auditEvents.edges[0]?.node.details ?? '{}')).toMatchObject({ list: 'マイタスク', format: 'CSV', encoding: 'SHIFT_JIS', rows: 1 });
  });

  it.each([
    ['an unknown format', CASES_FILE, { format: 'PDF' }],
    ['an unknown encoding', MY_TASKS_FILE, { format: 'CSV', encoding: 'EUC_JP' }],
    ['a missing format', MY_TASKS_FILE, {}],
    ['a search of 101 characters', CASES_FILE, { format: 'CSV', search: 'あ'.repeat(101) }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, query, variables) => {
    expect((await as(coordinator).error(query, variables)).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses Shift_JIS for a list holding a character it cannot write, naming the encoding', async () => {
    await new CaseFixtures(s.app).openCase(coordinator.token, '𠮷田さんの相談');
    const error = await as(coordinator).error(CASES_FILE, { format: 'CSV', encoding: 'SHIFT_JIS' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('encoding');
    expect((await save(coordinator, CASES_FILE, 'casesFile', { format: 'CSV', encoding: 'UTF8' })).filename).toMatch(/\.csv$/);
  });
});
