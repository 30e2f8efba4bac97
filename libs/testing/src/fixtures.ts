import { randomBytes } from 'node:crypto';
import type { Role, Sector } from '@renkei/kernel';
import { CREATE_AGENCY, CREATE_USER } from './operations.js';
import { TEST_ADMIN, type TestApp } from './test-app.js';

export interface Staff {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly agencyId: string;
  readonly token: string;
}

/** What fixtures need of an application: its API, in this process or in a server process. */
export type ApiAccess = Pick<TestApp, 'http' | 'login'>;

/** Arranges data through the public API, as an administrator would. */
export class Fixtures {
  private adminToken: string | undefined;

  constructor(private readonly testApp: ApiAccess) {}

  async admin(): Promise<string> {
    this.adminToken ??= await this.testApp.login(TEST_ADMIN.email, TEST_ADMIN.password);
    return this.adminToken;
  }

  async agency(sector: Sector, name = `${sector} office ${randomBytes(3).toString('hex')}`): Promise<string> {
    const data = await this.testApp.http.as(await this.admin()).data<{ createAgency: { id: string } }>(CREATE_AGENCY, { input: { name, sector } });
    return data.createAgency.id;
  }

  /** A signed-in user with `roles` in `agencyId` (a new agency of `sector` when not given). */
  async staff(roles: Role[], options: { sector?: Sector; agencyId?: string } = {}): Promise<Staff> {
    const agencyId = options.agencyId ?? (await this.agency(options.sector ?? ('WELFARE' as Sector)));
    const email = `staff-${randomBytes(4).toString('hex')}@test.example`;
    const password = `password-${randomBytes(6).toString('hex')}`;
    const data = await this.testApp.http
      .as(await this.admin())
      .data<{ createUser: { id: string } }>(CREATE_USER, { input: { email, displayName: 'Test Staff', password, agencyId, roles } });
    return { id: data.createUser.id, email, password, agencyId, token: await this.testApp.login(email, password) };
  }
}
