import { beforeAll } from '@jest/globals';
import { Operations, type GraphQLHttpClient } from '@renkei/testing';
import { DEMO_PASSWORD, type BrowserScope } from './browser-app.js';

/** Demo users (apps/api/src/demo-data.ts) who arrange a spec's data: the coordinator, the housing and the health caseworkers. */
export type DemoStaff = 'coordinator' | 'housing' | 'health';

const STAFF: readonly DemoStaff[] = ['coordinator', 'housing', 'health'];

export interface DemoStaffScope {
  /** Each one's API token, filled in before the file's tests run. */
  readonly token: Readonly<Record<DemoStaff, string>>;
  /** Each one's agency id. */
  readonly agency: Readonly<Record<DemoStaff, string>>;
  /** An API client signed in as one of them. */
  as(who: DemoStaff): GraphQLHttpClient;
}

/**
 * Signs the demo staff in through the API once for the test file (call after useBrowserApp, so the
 * server is up first) and learns their agencies, for arranging data without clicking through it.
 */
export function useDemoStaff(scope: BrowserScope): DemoStaffScope {
  const token: Record<DemoStaff, string> = { coordinator: '', housing: '', health: '' };
  const agency: Record<DemoStaff, string> = { coordinator: '', housing: '', health: '' };
  const as = (who: DemoStaff) => scope.app.http.as(token[who]);
  beforeAll(async () => {
    for (const who of STAFF) {
      token[who] = await scope.app.login(`${who}@sakura.example`, DEMO_PASSWORD);
      agency[who] = (await as(who).data<{ me: { agency: { id: string } } }>(Operations.ME)).me.agency.id;
    }
  });
  return { token, agency, as };
}
