import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@renkei/api';
import { Role, Sector } from '@renkei/kernel';
import { BOOT_TIMEOUT_MS, Fixtures, Operations, startTestApp, type TestApp } from '@renkei/testing';

interface AgencyRow {
  id: string;
  name: string;
  sector: string;
}

describe('administration: agencies, users and roles, within one municipality', () => {
  let t: TestApp;
  let fixtures: Fixtures;
  let admin: string;
  // The demo municipality runs beside the test one: a second tenant in the same deployment.
  let otherAdmin: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
    fixtures = new Fixtures(t);
    admin = await fixtures.admin();
    otherAdmin = await t.login('admin@sakura.example', DEMO_PASSWORD);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  it('an administrator creates an agency and a user, who can then sign in', async () => {
    const { createAgency } = await t.http.as(admin).data<{ createAgency: AgencyRow }>(Operations.CREATE_AGENCY, {
      input: { name: '  Housing Support Office  ', sector: 'HOUSING' },
    });
    expect(createAgency).toMatchObject({ name: 'Housing Support Office', sector: 'HOUSING' });

    const { createUser } = await t.http.as(admin).data<{ createUser: { id: string; email: string; roles: string[]; active: boolean; agency: { id: string } } }>(
      Operations.CREATE_USER,
      { input: { email: 'Case.Worker@Test.Example', displayName: '住まい 一郎', password: 'a-long-enough-password', agencyId: createAgency.id, roles: ['CASEWORKER'] } },
    );
    expect(createUser).toMatchObject({ email: 'case.worker@test.example', roles: ['CASEWORKER'], active: true, agency: { id: createAgency.id } });
    const token = await t.login('case.worker@test.example', 'a-long-enough-password');
    const { me } = await t.http.as(token).data<{ me: { displayName: string } }>(Operations.ME);
    expect(me.displayName).toBe('住まい 一郎');
  });

  it.each([Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR])('a %s is FORBIDDEN every administration operation', async (role) => {
    const staff = await fixtures.staff([role]);
    const as = t.http.as(staff.token);
    const attempts = [
      as.error(Operations.CREATE_AGENCY, { input: { name: 'Rogue agency', sector: 'LEGAL' } }),
      as.error(Operations.CREATE_USER, { input: { email: 'x@test.example', displayName: 'X', password: 'long-enough-password', agencyId: staff.agencyId, roles: ['ADMIN'] } }),
      as.error(Operations.USERS),
      as.error(Operations.DEACTIVATE_USER, { id: staff.id }),
    ];
    for (const error of await Promise.all(attempts)) expect(error.extensions?.code).toBe('FORBIDDEN');
    // Nothing was written by the refused mutations.
    const { agencies } = await t.http.as(admin).data<{ agencies: AgencyRow[] }>(Operations.AGENCIES);
    expect(agencies.map((a) => a.name)).not.toContain('Rogue agency');
  });

  it('every member reads the agency directory of their own municipality', async () => {
    const staff = await fixtures.staff([Role.CASEWORKER]);
    const { agencies } = await t.http.as(staff.token).data<{ agencies: AgencyRow[] }>(Operations.AGENCIES);
    expect(agencies.map((a) => a.id)).toContain(staff.agencyId);
  });

  it('no query returns another municipality’s rows', async () => {
    const ours = await t.http.as(admin).data<{ agencies: AgencyRow[] }>(Operations.AGENCIES);
    const theirs = await t.http.as(otherAdmin).data<{ agencies: AgencyRow[] }>(Operations.AGENCIES);
    expect(theirs.agencies).toHaveLength(11);
    const ourIds = new Set(ours.agencies.map((a) => a.id));
    expect(theirs.agencies.some((a) => ourIds.has(a.id))).toBe(false);

    const ourUsers = await t.http.as(admin).data<{ users: { email: string }[] }>(Operations.USERS);
    expect(ourUsers.users.some((u) => u.email.endsWith('@sakura.example'))).toBe(false);
    const theirUsers = await t.http.as(otherAdmin).data<{ users: { email: string }[] }>(Operations.USERS);
    expect(theirUsers.users.every((u) => u.email.endsWith('@sakura.example'))).toBe(true);
  });

  it('another municipality’s agency and user answer NOT_FOUND, exactly like missing ones', async () => {
    const staff = await fixtures.staff([Role.CASEWORKER]);
    const missing = '00000000-0000-4000-8000-000000000000';
    const intoForeignAgency = await t.http.as(otherAdmin).error(Operations.CREATE_USER, {
      input: { email: 'spy@sakura.example', displayName: 'Spy', password: 'long-enough-password', agencyId: staff.agencyId, roles: ['ADMIN'] },
    });
    const intoMissingAgency = await t.http.as(otherAdmin).error(Operations.CREATE_USER, {
      input: { email: 'spy@sakura.example', displayName: 'Spy', password: 'long-enough-password', agencyId: missing, roles: ['ADMIN'] },
    });
    expect(intoForeignAgency.extensions?.code).toBe('NOT_FOUND');
    expect({ ...intoForeignAgency, response: undefined }).toEqual({ ...intoMissingAgency, response: undefined });

    const foreignUser = await t.http.as(otherAdmin).error(Operations.DEACTIVATE_USER, { id: staff.id });
    const missingUser = await t.http.as(otherAdmin).error(Operations.DEACTIVATE_USER, { id: missing });
    expect(foreignUser.extensions?.code).toBe('NOT_FOUND');
    expect(foreignUser.message).toBe(missingUser.message);
    expect((await t.http.as(staff.token).data<{ me: { active: boolean } }>(Operations.ME)).me.active).toBe(true);
  });

  it('an administrator cannot deactivate themselves', async () => {
    const { me } = await t.http.as(admin).data<{ me: { id: string } }>(Operations.ME);
    expect((await t.http.as(admin).error(Operations.DEACTIVATE_USER, { id: me.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('deactivation is idempotent and shows on the user', async () => {
    const staff = await fixtures.staff([Role.CASEWORKER], { sector: Sector.LEGAL });
    const first = await t.http.as(admin).data<{ deactivateUser: { active: boolean; deactivatedAt: string } }>(Operations.DEACTIVATE_USER, { id: staff.id });
    const again = await t.http.as(admin).data<{ deactivateUser: { active: boolean; deactivatedAt: string } }>(Operations.DEACTIVATE_USER, { id: staff.id });
    expect(first.deactivateUser.active).toBe(false);
    expect(again.deactivateUser.deactivatedAt).toBe(first.deactivateUser.deactivatedAt);
  });

  it('refuses a second agency of the same name and a second user of the same email with CONFLICT', async () => {
    const input = { name: 'Unique Office', sector: 'LEGAL' };
    await t.http.as(admin).data(Operations.CREATE_AGENCY, { input });
    expect((await t.http.as(admin).error(Operations.CREATE_AGENCY, { input })).extensions?.code).toBe('CONFLICT');
    // The same name is free in another municipality.
    await t.http.as(otherAdmin).data(Operations.CREATE_AGENCY, { input });

    const staff = await fixtures.staff([Role.CASEWORKER]);
    const duplicate = await t.http.as(admin).error(Operations.CREATE_USER, {
      input: { email: staff.email.toUpperCase(), displayName: 'Twin', password: 'long-enough-password', agencyId: staff.agencyId, roles: ['CASEWORKER'] },
    });
    expect(duplicate.extensions?.code).toBe('CONFLICT');
  });
});
