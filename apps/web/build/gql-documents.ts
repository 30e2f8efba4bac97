import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

// The typed documents graphql-codegen generates: one line each, `export const <Name> = <JSON> as unknown as DocumentNode<…>;`.
const GENERATED = resolve(import.meta.dirname, '../src/gql/graphql.ts');
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The generated documents' JSON by export name (`MeDocument`, `TaskRowFragmentDoc`). */
export function generatedDocuments(source = readFileSync(GENERATED, 'utf8')): Map<string, string> {
  return new Map([...source.matchAll(DOCUMENT)].map(([, name, json]) => [name as string, json as string]));
}

/**
 * The source with each `graphql(`…`)` call replaced by the document codegen generated for it,
 * written in place. `graphql()` looks a document up in a map of every operation of the
 * client, and codegen's module of documents is one module: either way every document went
 * into the first chunk, the login page's, though each screen loads its own chunk when first
 * shown. Written in place, a document travels with the screen that sends it (a document
 * two screens send is in both). Null when the source makes no such call.
 */
export function inlineDocuments(code: string, documents: ReadonlyMap<string, string>): string | null {
  let calls = 0;
  const replaced = code.replace(CALL, (_call, text: string) => {
    const [definition] = parse(text).definitions;
    if ((definition?.kind !== Kind.OPERATION_DEFINITION && definition?.kind !== Kind.FRAGMENT_DEFINITION) || !definition.name) {
      throw new Error(`graphql() needs a named operation or fragment: ${text.trim().slice(0, 60)}`);
    }
    const name = `${definition.name.value}${definition.kind === Kind.FRAGMENT_DEFINITION ? 'FragmentDoc' : 'Document'}`;
    const document = documents.get(name);
    if (!document) throw new Error(`No generated document ${name}: run npm run codegen`);
    calls += 1;
    return `(${document})`;
  });
  return calls === 0 ? null : replaced;
}

/** The build's side of {@link inlineDocuments}: development and tests keep codegen's map, which they load once. */
export function gqlDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: 'renkei:gql-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      documents ??= generatedDocuments();
      const inlined = inlineDocuments(code, documents);
      return inlined === null ? null : { code: inlined, map: null };
    },
  };
}
