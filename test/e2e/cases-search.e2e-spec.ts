import { beforeAll, describe, expect, it } from '@jest/globals';
import { DataCategory, Role, Sector } from '@renkei/kernel';
import { CaseFixtures, Operations, useTestApp, type Staff } from '@renkei/testing';

const SEARCH = `query SearchCases($search: String, $status: CaseStatus, $first: Int, $after: String) {
  cases(search: $search, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id recordRedacted subject { fullName } } }
  }
}`;

interface SearchPage {
  cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; recordRedacted: boolean; subject: { fullName: string } | null } }[] };
}

const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノ';
let people = 0;

/** A person whose name no other test of this file uses, so each search finds only its own cases. */
function uniquePerson() {
  const n = people++;
  const tag = [Math.floor(n / KANA.length), n % KANA.length].map((i) => KANA[i]).join('');
  return { fullName: `${tag}川 花子`, fullNameKana: `${tag}カワ ハナコ`, birthDate: '1975-06-15', address: '桜市北町2-3-4' };
}

describe('cases: search by name or kana, only where the record is visible', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let housing: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    housing = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    cases = new CaseFixtures(s.app);
  });

  const search = async (token: string, variables: Record<string, unknown>) => (await s.app.http.as(token).data<SearchPage>(SEARCH, variables)).cases;
  const found = async (token: string, text: string) => (await search(token, { search: text, first: 100 })).edges.map((e) => e.node.id);

  const open = async (subject: ReturnType<typeof uniquePerson>) =>
    (await s.app.http.as(coordinator.token).data<{ openCase: { id: string } }>(Operations.OPEN_CASE, { input: { title: '検索のテスト', subject, needs: [DataCategory.HOUSING] } })).openCase.id;

  const intake = async (subject: ReturnType<typeof uniquePerson>, consentToConnect: Record<string, unknown>) =>
    (
      await s.app.http.as(housing.token).data<{ registerIntake: { id: string } }>(Operations.REGISTER_INTAKE, {
        input: { subject, needs: ['HOUSING'], note: '家賃の相談', consentToConnect },
      })
    ).registerIntake.id;

  it('finds a name whatever the script, width or spacing: kana in hiragana or katakana, kanji with or without the space', async () => {
    const id = await open({ ...uniquePerson(), fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ' });
    for (const text of ['やまだ', 'ヤマダたろう', 'ﾔﾏﾀﾞ', '  やまだ  たろ ', '山田太郎', '山田　太郎', '田 太']) {
      expect({ text, found: await found(coordinator.token, text) }).toEqual({ text, found: [id] });
    }
    expect(await found(coordinator.token, 'やまだじろう')).toEqual([]);
  });

  it('counts and pages the matches, together with the status filter', async () => {
    const person = uniquePerson();
    const ids = [await open(person), await open(person), await open(person)];
    await s.app.http.as(coordinator.token).data(Operations.CHANGE_CASE_STATUS, { caseId: ids[0], status: 'CLOSED' });

    const first = await search(coordinator.token, { search: person.fullNameKana, first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(coordinator.token, { search: person.fullNameKana, first: 2, after: first.pageInfo.endCursor });
    expect(new Set([...first.edges, ...second.edges].map((e) => e.node.id))).toEqual(new Set(ids));

    const closed = await search(coordinator.token, { search: person.fullName, status: 'CLOSED' });
    expect(closed).toMatchObject({ totalCount: 1, edges: [{ node: { id: ids[0], subject: { fullName: person.fullName } } }] });
  });

  it('takes LIKE wildcards literally and treats a search of spaces as no search', async () => {
    const id = await open(uniquePerson());
    expect(await found(coordinator.token, '%')).toEqual([]);
    expect(await found(coordinator.token, '_')).toEqual([]);
    expect(await found(coordinator.token, '   ')).toContain(id);
  });

  describe('no leak: a case one may know of but whose record is withheld is never found by the name', () => {
    it('本人同意なし: the coordinator knows of the intake but does not find it by the person’s name; 本人同意あり: does', async () => {
      const withheld = uniquePerson();
      const withheldId = await intake(withheld, { given: false });
      const listed = await search(coordinator.token, { first: 100 });
      expect(listed.edges.find((e) => e.node.id === withheldId)?.node).toEqual({ id: withheldId, recordRedacted: true, subject: null });
      for (const text of [withheld.fullName, withheld.fullNameKana]) expect(await found(coordinator.token, text)).toEqual([]);
      // The counter that took the person in sees its own record, and finds it.
      expect(await found(housing.token, withheld.fullName)).toEqual([withheldId]);

      const shared = uniquePerson();
      const sharedId = await intake(shared, { given: true, method: 'WRITTEN' });
      expect(await found(coordinator.token, shared.fullNameKana)).toEqual([sharedId]);
    });

    it('a team agency without a basis for the record does not find the case by the name until a consent covers it', async () => {
      const person = uniquePerson();
      const id = await open(person);
      await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId: id, agencyId: housing.agencyId });
      const team = await search(housing.token, { first: 100 });
      expect(team.edges.find((e) => e.node.id === id)?.node.recordRedacted).toBe(true);
      const before = await s.app.http.as(housing.token).request<SearchPage>(SEARCH, { search: person.fullName, first: 100 });
      expect(before.data?.cases).toMatchObject({ totalCount: 0, edges: [] });
      expect(before.raw).not.toContain(person.fullName);

      await cases.recordConsent(coordinator.token, id, { provisions: [{ recipientAgencyIds: [housing.agencyId], dataCategories: [DataCategory.BASIC] }] });
      expect(await found(housing.token, person.fullName)).toEqual([id]);
    });

    it('an agency off the team finds nothing, even by the exact name', async () => {
      const person = uniquePerson();
      await open(person);
      const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
      expect(await search(outsider.token, { search: person.fullName })).toMatchObject({ totalCount: 0, edges: [] });
    });
  });

  it('refuses a search longer than 100 characters with BAD_USER_INPUT naming the field', async () => {
    const refused = await s.app.http.as(coordinator.token).error(SEARCH, { search: 'あ'.repeat(101) });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.extensions?.['violations'])).toContain('search');
    expect((await search(coordinator.token, { search: 'あ'.repeat(100) })).totalCount).toBe(0);
  });
});
