import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { BOOT_TIMEOUT_MS, startTestApp, type TestApp } from '@renkei/testing';
import { printSchema } from 'graphql';

const SCHEMA_FILE = fileURLToPath(new URL('../../apps/api/schema.gql', import.meta.url));
const HEADER = '# Generated from the code-first GraphQL types. Do not edit: run `npm run schema`.\n\n';

describe('the committed schema and migrations match the code', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  it('apps/api/schema.gql is the SDL the server serves (npm run schema rewrites it)', () => {
    const served = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });

  it('after every migration has run, the entities need no further migration', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
