// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen';

// The typed operations are generated from apps/api/schema.gql and committed; when the schema
// or an operation changes without `npm run codegen`, this fails and names the stale file.
describe('generated GraphQL types', () => {
  it('match the schema and the operations in the source', async () => {
    const root = resolve(import.meta.dirname, '../../../..');
    process.chdir(root);
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(resolve(root, output.filename), 'utf8');
      expect({ file: output.filename, fresh: committed === output.content }).toEqual({ file: output.filename, fresh: true });
    }
  }, 60_000);
});
