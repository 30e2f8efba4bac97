import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const probes: string[] = [];

// Lint a real file inside a lib, as `npm run lint` would see it (typed rules need it on disk).
async function lintProbe(path: string, source: string): Promise<string[]> {
  const file = `${ROOT}${path}`;
  probes.push(file);
  writeFileSync(file, source);
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (enforced by lint, which npm test runs first)', () => {
  afterAll(() => probes.forEach((file) => rmSync(file, { force: true })));

  it('refuses a lib reaching into another lib’s internals', async () => {
    const messages = await lintProbe(
      'libs/identity/src/zz-boundary-probe.ts',
      "import { AgenciesService } from '../../agencies/src/agencies.service.js';\nexport const probe = AgenciesService;\n",
    );
    expect(messages.join('\n')).toMatch(/relative or absolute path/);
  });

  it('refuses the access policy depending on a bounded context', async () => {
    const messages = await lintProbe('libs/access/src/zz-boundary-probe.ts', "import { AgenciesService } from '@renkei/agencies';\nexport const probe = AgenciesService;\n");
    expect(messages.join('\n')).toMatch(/type:access|Circular dependency/);
  });

  it('accepts a context using another context through its public face', async () => {
    const messages = await lintProbe('libs/identity/src/zz-boundary-probe.ts', "import { AgenciesService } from '@renkei/agencies';\nexport const probe = AgenciesService;\n");
    expect(messages).toEqual([]);
  });
});
