import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';

const PROVISION_RECORDS_OF_PERSON = `query ProvisionRecordsOfPerson($fullNameKana: String!, $birthDate: LocalDate) {
  provisionRecordsOfPerson(fullNameKana: $fullNameKana, birthDate: $birthDate) { caseId subjectName categories basis providerAgency { id } recipientAgency { id } recipientUser { id } }
}`;

interface ProvisionRow {
  caseId: string;
  subjectName: string;
  categories: string[];
  basis: string;
  recipientUser: { id: string } | null;
}

interface Person {
  fullName: string;
  fullNameKana: string;
  birthDate: string;
}

// The same reading in three spellings, one letter per hex digit.
const SPELLINGS = {
  katakana: { prefix: 'テイキョウ ', letters: 'アイウエオカキクケコサシスセソタ' },
  hiragana: { prefix: 'ていきょう', letters: 'あいうえおかきくけこさしすせそた' },
  halfWidth: { prefix: 'ﾃｲｷｮｳ\u3000', letters: 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀ' },
};

/** A person no other test names, with their reading in each spelling. */
function newPerson(birthDate = '1970-05-06'): Person & { spelt: Record<keyof typeof SPELLINGS, string> } {
  const hex = randomBytes(4).toString('hex');
  const spell = ({ prefix, letters }: { prefix: string; letters: string }) => prefix + [...hex].map((d) => letters[parseInt(d, 16)]).join('');
  const spelt = { katakana: spell(SPELLINGS.katakana), hiragana: spell(SPELLINGS.hiragana), halfWidth: spell(SPELLINGS.halfWidth) };
  return { fullName: `提供 ${hex}`, fullNameKana: spelt.katakana, birthDate, spelt };
}

describe('提供記録 of a person across their cases', () => {
  const s = useTestApp({ DEMO_DATA: 'true' });
  let coordinator: Staff;
  let housing: Staff;
  let auditor: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    auditor = await s.fixtures.staff([Role.AUDITOR], { sector: Sector.ADMINISTRATION });
    cases = new CaseFixtures(s.app);
  });

  /** A case of the person whose record a housing caseworker read on consent: one provision. */
  async function caseProvided({ fullName, fullNameKana, birthDate }: Person, staff: { coordinator: string; housing: string; housingAgencyId: string }): Promise<string> {
    const { openCase } = await s.app.http.as(staff.coordinator).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, {
      input: { title: `提供記録 ${fullName}`, subject: { fullName, fullNameKana, birthDate, address: '桜市中央1-1-1' }, needs: [DataCategory.HOUSING] },
    });
    await s.app.http.as(staff.coordinator).data(Operations.ADD_TEAM_MEMBER, { caseId: openCase.id, agencyId: staff.housingAgencyId });
    await cases.recordConsent(staff.coordinator, openCase.id, { provisions: [{ recipientSectors: [Sector.HOUSING], dataCategories: [DataCategory.BASIC] }] });
    await s.app.http.as(staff.housing).data(Operations.CASE, { id: openCase.id });
    return openCase.id;
  }

  const inTestTown = (person: Person) => caseProvided(person, { coordinator: coordinator.token, housing: housing.token, housingAgencyId: housing.agencyId });

  const recordsOf = async (token: string, fullNameKana: string, birthDate?: string) =>
    (await s.app.http.as(token).data<{ provisionRecordsOfPerson: ProvisionRow[] }>(PROVISION_RECORDS_OF_PERSON, { fullNameKana, ...(birthDate ? { birthDate } : {}) })).provisionRecordsOfPerson;

  it('finds the records of both cases of the person, an earlier closed one first, however the reading is written', async () => {
    const person = newPerson();
    const earlier = await inTestTown(person);
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId: earlier, status: 'CLOSED' });
    // The person comes back: a new case, the reading typed in half-width kana this time.
    const later = await inTestTown({ ...person, fullNameKana: person.spelt.halfWidth });
    const expected = [earlier, later].map((caseId) =>
      expect.objectContaining({ caseId, subjectName: person.fullName, categories: [DataCategory.BASIC], basis: 'CONSENT', recipientAgency: { id: housing.agencyId }, recipientUser: { id: housing.id } }),
    );

    expect(await recordsOf(auditor.token, person.fullNameKana)).toEqual(expected);
    // In hiragana, without the space, with the birth date: the same person.
    expect(await recordsOf(auditor.token, person.spelt.hiragana, person.birthDate)).toEqual(expected);
    // Each record is also the case's own.
    const { provisionRecords } = await s.app.http.as(auditor.token).data<{ provisionRecords: unknown[] }>(Operations.PROVISION_RECORDS, { caseId: later });
    expect(provisionRecords).toHaveLength(1);
  });

  it('leaves out another person’s records: another reading, or the same reading born another day', async () => {
    const person = newPerson('1980-01-02');
    const own = await inTestTown(person);
    await inTestTown(newPerson('1980-01-02'));
    const namesake = await inTestTown({ ...person, fullName: `${person.fullName} 同姓同名`, birthDate: '1990-03-04' });

    expect((await recordsOf(auditor.token, person.fullNameKana, person.birthDate)).map((r) => r.caseId)).toEqual([own]);
    // Without the birth date, a namesake's case is listed too, under its own case id.
    expect((await recordsOf(auditor.token, person.fullNameKana)).map((r) => r.caseId)).toEqual([own, namesake]);
    // A reading is the whole reading, not a part of it.
    expect(await recordsOf(auditor.token, person.fullNameKana.slice(0, -1))).toEqual([]);
  });

  it('never finds another municipality’s records of a person of the same reading and birth date', async () => {
    const person = newPerson();
    const ours = await inTestTown(person);
    // The demo municipality, a second tenant of the same deployment, takes in the same person.
    const sakuraHousing = await s.app.login('housing@sakura.example', DEMO_PASSWORD);
    const { me } = await s.app.http.as(sakuraHousing).data<{ me: { agency: { id: string } } }>(`query { me { agency { id } } }`);
    const theirs = await caseProvided(person, { coordinator: await s.app.login('coordinator@sakura.example', DEMO_PASSWORD), housing: sakuraHousing, housingAgencyId: me.agency.id });
    const sakuraAuditor = await s.app.login('auditor@sakura.example', DEMO_PASSWORD);

    expect((await recordsOf(auditor.token, person.fullNameKana, person.birthDate)).map((r) => r.caseId)).toEqual([ours]);
    expect((await recordsOf(sakuraAuditor, person.fullNameKana, person.birthDate)).map((r) => r.caseId)).toEqual([theirs]);
  });

  it('is open to an administrator, closed to a caseworker and a coordinator', async () => {
    const person = newPerson();
    const caseId = await inTestTown(person);
    expect((await recordsOf(await s.fixtures.admin(), person.fullNameKana)).map((r) => r.caseId)).toEqual([caseId]);
    for (const staff of [housing, coordinator]) {
      expect((await s.app.http.as(staff.token).error(PROVISION_RECORDS_OF_PERSON, { fullNameKana: person.fullNameKana })).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it.each([
    ['an empty reading', { fullNameKana: '' }],
    ['only spaces', { fullNameKana: ' 　 ' }],
    ['a reading over 100 characters', { fullNameKana: 'ア'.repeat(101) }],
    ['a name not in kana', { fullNameKana: '山田 太郎' }],
    ['a birth date that is no date', { fullNameKana: 'ヤマダ', birthDate: '1970-02-30' }],
  ])('refuses %s as BAD_USER_INPUT', async (_, variables) => {
    expect((await s.app.http.as(auditor.token).error(PROVISION_RECORDS_OF_PERSON, variables)).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adds nothing to the case’s trail, as reading the case’s own 提供記録 does not', async () => {
    const person = newPerson();
    const caseId = await inTestTown(person);
    await s.app.auditLinked();
    const before = await s.app.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE case_id = $1`, [caseId]);
    await s.app.http.as(auditor.token).data(Operations.PROVISION_RECORDS, { caseId });
    await recordsOf(auditor.token, person.fullNameKana);
    const after = await s.app.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE case_id = $1`, [caseId]);
    expect(after).toEqual(before);
  });
});
