import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, Sector } from '@renkei/kernel';
import { CaseFixtures, createTestDatabase, freePort, GraphQLHttpClient, Operations, runServer, TEST_ADMIN, testServerEnvironment, useTestApp, type ServerProcess, type Staff, type TestDatabase } from '@renkei/testing';
import { getNamedType, isEnumType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The schema as a typed client meets it: Apollo Client's normalising cache, strict date and
 * time scalars, the contract's fields and types, Relay's node(id:).
 */
describe('a schema a typed client can trust', () => {
  const s = useTestApp();
  let coordinator: Staff;
  let cases: CaseFixtures;

  beforeAll(async () => {
    coordinator = await s.fixtures.staff([Role.COORDINATOR], { sector: Sector.WELFARE });
    cases = new CaseFixtures(s.app);
  });
  const schema = (): GraphQLSchema => s.app.app.get(GraphQLSchemaHost).schema;

  async function assignee(): Promise<{ worker: Staff; caseId: string }> {
    const worker = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.HOUSING });
    const caseId = await cases.openCase(coordinator.token);
    await s.app.http.as(coordinator.token).data(Operations.ADD_TEAM_MEMBER, { caseId, agencyId: worker.agencyId });
    return { worker, caseId };
  }

  describe('task events carry a past version of the task as a TaskSnapshot, never as the live Task', () => {
    it('TaskSnapshot has no id (its taskId names the task) and links to the live Task', () => {
      const snapshot = schema().getType('TaskSnapshot');
      if (!isObjectType(snapshot)) throw new Error('TaskSnapshot is not an object type');
      expect(Object.keys(snapshot.getFields())).not.toContain('id');
      expect(String(snapshot.getFields()['taskId']?.type)).toBe('ID!');
      expect(String(snapshot.getFields()['task']?.type)).toBe('Task');
      const event = schema().getType('TaskEvent');
      expect(isObjectType(event) && String(event.getFields()['task']?.type)).toBe('TaskSnapshot!');
    });

    it('Apollo Client’s InMemoryCache keeps the current Task while old events arrive, so the next update is not a CONFLICT', async () => {
      const { worker, caseId } = await assignee();
      const { assignTask } = await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'cached', assigneeUserId: worker.id } });
      const cache = new InMemoryCache();
      const http = new ApolloClient({ cache, link: new HttpLink({ uri: s.app.graphqlUrl, headers: { authorization: `Bearer ${worker.token}` } }) });
      const wsClient = createClient({ url: s.app.wsUrl, webSocketImpl: WebSocket, connectionParams: { authToken: worker.token }, retryAttempts: 0 });
      const ws = new ApolloClient({ cache, link: new GraphQLWsLink(wsClient) });
      const UPDATE = gql`
        mutation Update($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {
          updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { id status version }
        }
      `;
      const cachedVersion = () => cache.readFragment<{ version: number }>({ id: cache.identify({ __typename: 'Task', id: assignTask.id }), fragment: gql`fragment Current on Task { version }` })?.version;
      try {
        // The client moves the task on twice: the cache holds version 3.
        await http.mutate({ mutation: UPDATE, variables: { id: assignTask.id, status: 'ACCEPTED', expectedVersion: 1 } });
        await http.mutate({ mutation: UPDATE, variables: { id: assignTask.id, status: 'IN_PROGRESS', expectedVersion: 2 } });
        expect(cachedVersion()).toBe(3);

        // Catching up reads old events (versions 1 and 2): the cached task stays at 3.
        const page = await http.query<{ taskEventsSince: { edges: { node: { task: { version: number; task: { version: number } } } }[] } }>({
          query: gql`
            query Since { taskEventsSince(first: 2) { edges { node { id type task { taskId status version task { id status version } } } } } }
          `,
          fetchPolicy: 'network-only',
        });
        expect(page.data?.taskEventsSince.edges.map((e) => [e.node.task.version, e.node.task.task.version])).toEqual([
          [1, 3],
          [2, 3],
        ]);
        expect(cachedVersion()).toBe(3);

        // So do the same events replayed over the subscription.
        const received: number[] = [];
        await new Promise<void>((resolve, reject) => {
          const subscription = ws
            .subscribe<{ taskEvents: { task: { version: number } } }>({
              query: gql`
                subscription Events($after: String) { taskEvents(after: $after) { id type task { taskId status version } } }
              `,
              variables: { after: '0' },
            })
            .subscribe({
              next: (result) => {
                if (result.data) received.push(result.data.taskEvents.task.version);
                if (received.length === 3) {
                  subscription.unsubscribe();
                  resolve();
                }
              },
              error: reject,
            });
        });
        expect(received).toEqual([1, 2, 3]);
        expect(cachedVersion()).toBe(3);

        // The next update, from the version the cache holds, is accepted.
        const next = await http.mutate<{ updateTaskStatus: { version: number } }>({ mutation: UPDATE, variables: { id: assignTask.id, status: 'ON_HOLD', expectedVersion: cachedVersion() } });
        expect(next.data?.updateTaskStatus.version).toBe(4);
        expect(cachedVersion()).toBe(4);
      } finally {
        await wsClient.dispose();
        http.stop();
        ws.stop();
      }
    });
  });

  describe('DateTime is an RFC 3339 instant with an offset; LocalDate a calendar date', () => {
    const ASSIGN = `mutation Assign($input: AssignTaskInput!) { assignTask(input: $input) { id dueAt } }`;

    it('reads an offset, never the server’s time zone, and serves UTC', async () => {
      const { worker, caseId } = await assignee();
      const examples = [
        ['2026-12-01T10:00:00+09:00', '2026-12-01T01:00:00.000Z'],
        ['2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000Z'],
        ['2026-12-01t10:00:00.123456z', '2026-12-01T10:00:00.123Z'],
        ['2026-12-01T10:00:00-05:30', '2026-12-01T15:30:00.000Z'],
        ['2028-02-29T00:00:00+00:00', '2028-02-29T00:00:00.000Z'],
      ];
      for (const [dueAt, served] of examples) {
        const { assignTask } = await s.app.http.as(coordinator.token).data<{ assignTask: { dueAt: string } }>(ASSIGN, { input: { caseId, title: 'dated', assigneeUserId: worker.id, dueAt } });
        expect([dueAt, assignTask.dueAt]).toEqual([dueAt, served]);
      }
    });

    it('refuses a date-time without an offset, or in any other form, with BAD_USER_INPUT — as a variable and as a literal', async () => {
      const { worker, caseId } = await assignee();
      for (const dueAt of ['2026-12-01T10:00:00', '2026-12-01', '2026-12-01 10:00:00Z', 'Dec 1, 2026 10:00 GMT', '1764554400000', '2026-02-30T10:00:00Z', '2026-12-01T24:00:00Z', '2026-12-01T10:00:00+24:00', '']) {
        const error = await s.app.http.as(coordinator.token).error(ASSIGN, { input: { caseId, title: 'dated', assigneeUserId: worker.id, dueAt } });
        expect([dueAt, error.extensions?.code]).toEqual([dueAt, 'BAD_USER_INPUT']);
      }
      const literal = await s.app.http.as(coordinator.token).error(`mutation { assignTask(input: { caseId: "${caseId}", title: "x", assigneeUserId: "${worker.id}", dueAt: "2026-12-01T10:00:00" }) { id } }`);
      expect(literal.extensions?.code).toBe('BAD_USER_INPUT');
      expect(literal.message).toContain('offset');
    });

    it('birth dates are LocalDates: a real calendar date, YYYY-MM-DD, nothing else', async () => {
      const subject = { fullName: '山田 花子', fullNameKana: 'ヤマダ ハナコ', address: '桜市中央1-2-3' };
      const open = (birthDate: string) => s.app.http.as(coordinator.token).request<{ openCase: { subject: { birthDate: string } } }>(Operations.OPEN_CASE, { input: { title: 'born', subject: { ...subject, birthDate }, needs: [] } });
      expect((await open('1968-02-29')).data?.openCase.subject.birthDate).toBe('1968-02-29');
      for (const birthDate of ['1967-02-29', '1968-02-30', '1968-4-1', '1968-04-01T00:00:00Z', '19680401', 'April 1, 1968']) {
        expect([birthDate, (await open(birthDate)).errors?.[0]?.extensions?.code]).toEqual([birthDate, 'BAD_USER_INPUT']);
      }
      expect((await open('1968-04-01')).data?.openCase.subject.birthDate).toBe('1968-04-01');
      const field = (schema().getType('CaseSubject') as { getFields?: () => Record<string, { type: unknown }> }).getFields?.()['birthDate'];
      expect(String(field?.type)).toBe('LocalDate!');
    });
  });

  describe('the contract’s fields and types', () => {
    it('Task.conference: the action item’s conference, under conference(id)’s rules', async () => {
      const { worker, caseId } = await assignee();
      const { scheduleConference } = await s.app.http.as(coordinator.token).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
        input: { kind: 'MULTI_AGENCY_MEETING', title: '第1回', scheduledAt: new Date().toISOString(), agencyIds: [coordinator.agencyId], caseIds: [caseId] },
      });
      const { assignTask } = await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, {
        input: { caseId, conferenceId: scheduleConference.id, title: 'action item', assigneeAgencyId: coordinator.agencyId },
      });
      const asCoordinator = await s.app.http.as(coordinator.token).data<{ task: { conference: { id: string } | null } }>(Operations.TASK_CONFERENCE, { id: assignTask.id });
      expect(asCoordinator.task.conference?.id).toBe(scheduleConference.id);
      // A task without a conference has none.
      const { assignTask: plain } = await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'plain', assigneeUserId: worker.id } });
      expect((await s.app.http.as(worker.token).data<{ task: { conference: unknown } }>(Operations.TASK_CONFERENCE, { id: plain.id })).task.conference).toBeNull();
    });

    it('lookups by id are nullable; counts are Int; the audit sequence is a 64-bit string; ConferenceEvent.status an enum', () => {
      const query = schema().getQueryType()?.getFields() ?? {};
      for (const name of ['case', 'task', 'conference', 'node']) expect([name, String(query[name]?.type).endsWith('!')]).toEqual([name, false]);
      const floats = Object.values(schema().getTypeMap()).flatMap((type) =>
        isObjectType(type) && !type.name.startsWith('__') ? Object.values(type.getFields()).filter((f) => getNamedType(f.type).name === 'Float').map((f) => `${type.name}.${f.name}`) : [],
      );
      // Counts are Int, never Float; a resource's map position is fractional, and so are the
      // indicators' figures (指標: a median of days, an average) and their targets.
      const indicatorFloats = ['Indicator.target', 'Indicator.value', 'IndicatorCell.value', 'IndicatorMonth.value', 'IndicatorTarget.value', 'NationalReportRow.value'];
      expect(floats.sort()).toEqual([...indicatorFloats, 'Resource.latitude', 'Resource.longitude'].sort());
      const field = (type: string, name: string) => {
        const found = schema().getType(type);
        return isObjectType(found) ? String(found.getFields()[name]?.type) : undefined;
      };
      expect(field('AuditEvent', 'sequence')).toBe('String!');
      expect(field('AuditChainReport', 'checked')).toBe('Int!');
      expect(field('ConferenceEvent', 'status')).toBe('ConferenceStatus');
    });

    it('enum values come in their domain order (a case’s life cycle), not alphabetically', () => {
      const values = (name: string) => {
        const type = schema().getType(name);
        return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
      };
      expect(values('CaseStatus')).toEqual(['INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT', 'REVIEW', 'WATCHING', 'CLOSED']);
      expect(values('TaskStatus')).toEqual(['REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED']);
      expect(values('ConferenceStatus')).toEqual(['SCHEDULED', 'IN_PROGRESS', 'ENDED', 'CANCELLED']);
    });

    it('connections have the full PageInfo and state their page-size limit', async () => {
      const pageInfo = schema().getType('PageInfo');
      expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
      const first = schema().getQueryType()?.getFields()['cases']?.args.find((a) => a.name === 'first');
      expect(first?.description).toContain('100');
      await cases.openCase(coordinator.token);
      await cases.openCase(coordinator.token);
      const page = async (after?: string) =>
        (
          await s.app.http.as(coordinator.token).data<{ cases: { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string }[] } }>(
            `query Page($after: String) { cases(first: 1, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`,
            { after },
          )
        ).cases;
      const one = await page();
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: one.edges[0]?.cursor, endCursor: one.edges[0]?.cursor });
      const two = await page(one.pageInfo.endCursor ?? undefined);
      expect(two.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: two.edges[0]?.cursor });
    });

    it('node(id:) refetches a Case, a Task or a Conference under the rules of their typed lookups', async () => {
      const node = schema().getType('Node');
      expect(isInterfaceType(node)).toBe(true);
      for (const name of ['Case', 'Task', 'Conference']) {
        const type = schema().getType(name);
        expect([name, isObjectType(type) && type.getInterfaces().map((i) => i.name)]).toEqual([name, ['Node']]);
      }
      const { worker, caseId } = await assignee();
      const { assignTask } = await s.app.http.as(coordinator.token).data<{ assignTask: { id: string } }>(Operations.ASSIGN_TASK, { input: { caseId, title: 'refetched', assigneeUserId: worker.id } });
      const { scheduleConference } = await s.app.http.as(coordinator.token).data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
        input: { kind: 'MULTI_AGENCY_MEETING', title: 'refetched', scheduledAt: new Date().toISOString(), agencyIds: [coordinator.agencyId], caseIds: [caseId] },
      });
      const fetch = async (token: string, id: string) => (await s.app.http.as(token).request<{ node: { __typename: string; id: string } | null }>(Operations.NODE, { id })).data?.node ?? null;
      expect(await fetch(worker.token, caseId)).toMatchObject({ __typename: 'Case', id: caseId });
      expect(await fetch(worker.token, assignTask.id)).toMatchObject({ __typename: 'Task', id: assignTask.id, title: 'refetched' });
      expect(await fetch(coordinator.token, scheduleConference.id)).toMatchObject({ __typename: 'Conference', id: scheduleConference.id });
      // What the typed lookups refuse, node refuses too: not a participant; not on the case team; no such id.
      const outsider = await s.fixtures.staff([Role.CASEWORKER], { sector: Sector.EDUCATION });
      expect(await fetch(worker.token, scheduleConference.id)).toBeNull();
      expect(await fetch(outsider.token, caseId)).toBeNull();
      expect(await fetch(outsider.token, assignTask.id)).toBeNull();
      expect(await fetch(worker.token, '00000000-0000-4000-8000-000000000000')).toBeNull();
      expect((await s.app.http.as(outsider.token).error(Operations.CASE, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
    });
  });
});

/**
 * The same date operations on a built server running under TZ=Asia/Tokyo and on the in-process
 * one (UTC): the answers must be identical — nothing the server does with times may depend
 * on the time zone of the machine.
 */
describe('the server’s behaviour does not depend on TZ', () => {
  const s = useTestApp();
  let database: TestDatabase;
  let tokyo: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    tokyo = runServer({
      NODE_ENV: 'test',
      TZ: 'Asia/Tokyo',
      PORT: String(await freePort()),
      ...testServerEnvironment(database.url),
      LOG_LEVEL: 'error',
    });
    await tokyo.healthy();
  }, 90_000);
  afterAll(async () => {
    await tokyo?.stop();
    await database?.drop();
  });

  /** A few operations with dates and times, as a client would send them; their answers, without generated ids. */
  async function transcript(graphqlUrl: string): Promise<unknown[]> {
    const anonymous = new GraphQLHttpClient(graphqlUrl);
    const admin = anonymous.as((await anonymous.data<{ login: { token: string } }>(Operations.LOGIN, TEST_ADMIN)).login.token);
    const { createAgency } = await admin.data<{ createAgency: { id: string } }>(Operations.CREATE_AGENCY, { input: { name: '桜市 福祉課', sector: 'WELFARE' } });
    const credentials = { email: 'tz-coordinator@test.example', password: 'tz-coordinator-password' };
    await admin.data(Operations.CREATE_USER, { input: { ...credentials, displayName: '調整 太郎', agencyId: createAgency.id, roles: ['COORDINATOR'] } });
    const me = anonymous.as((await anonymous.data<{ login: { token: string } }>(Operations.LOGIN, credentials)).login.token);
    const answers: unknown[] = [];
    const { openCase } = await me.data<{ openCase: { id: string; subject: { birthDate: string } } }>(Operations.OPEN_CASE, {
      input: { title: 'tz', subject: { fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ', birthDate: '1968-04-01', address: '桜市' }, needs: [] },
    });
    answers.push(openCase.subject);
    const { scheduleConference } = await me.data<{ scheduleConference: { id: string } }>(Operations.SCHEDULE_CONFERENCE, {
      input: { kind: 'MULTI_AGENCY_MEETING', title: '第1回', scheduledAt: '2026-12-01T10:00:00+09:00', agencyIds: [createAgency.id], caseIds: [openCase.id] },
    });
    const DAY = `query Day($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { title scheduledAt } }`;
    answers.push(await me.data(DAY, { from: '2026-12-01T00:00:00+09:00', to: '2026-12-02T00:00:00+09:00' }));
    answers.push(await me.data(DAY, { from: '2026-12-01T00:00:00Z', to: '2026-12-01T01:00:00Z' }));
    const { assignTask } = await me.data<{ assignTask: { dueAt: string } }>(`mutation A($input: AssignTaskInput!) { assignTask(input: $input) { dueAt } }`, {
      input: { caseId: openCase.id, conferenceId: scheduleConference.id, title: 'due', assigneeAgencyId: createAgency.id, dueAt: '2026-12-24T17:00:00+09:00' },
    });
    answers.push(assignTask);
    answers.push((await me.error(`mutation A($input: AssignTaskInput!) { assignTask(input: $input) { dueAt } }`, { input: { caseId: openCase.id, title: 'x', assigneeAgencyId: createAgency.id, dueAt: '2026-12-24T17:00:00' } })).extensions?.code);
    await me.data(Operations.ACKNOWLEDGE, { id: scheduleConference.id });
    answers.push((await me.data<{ conferenceRecord: string }>(Operations.CONFERENCE_RECORD, { id: scheduleConference.id })).conferenceRecord.split('\n').filter((line) => /\d{4}-\d{2}-\d{2}/.test(line)));
    return answers;
  }

  it('answers the same under TZ=Asia/Tokyo as under UTC', async () => {
    const utc = await transcript(s.app.graphqlUrl);
    expect(JSON.stringify(utc)).toContain('2026-12-01T01:00:00.000Z');
    expect(await transcript(`${tokyo.url}/graphql`)).toEqual(utc);
  });
});
