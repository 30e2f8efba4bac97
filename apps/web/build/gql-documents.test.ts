import { generatedDocuments, inlineDocuments } from './gql-documents';

const GENERATED = [
  'export const MeDocument = {"kind":"Document","definitions":[{"name":"Me"}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;',
  'export const TaskRowFragmentDoc = {"kind":"Document","definitions":[{"name":"TaskRow"}]} as unknown as DocumentNode<TaskRowFragment, unknown>;',
].join('\n');

describe('inlineDocuments: each graphql() call becomes the document codegen generated for it', () => {
  const documents = generatedDocuments(GENERATED);

  it('reads the generated documents by export name', () => {
    expect([...documents.keys()]).toEqual(['MeDocument', 'TaskRowFragmentDoc']);
  });

  it('writes each operation’s and fragment’s document in place of its call', () => {
    const source = ["import { graphql } from '../gql';", 'const Me = graphql(`\n  query Me {\n    me { id }\n  }\n`);', 'const Row = graphql(`fragment TaskRow on Task { id }`);'].join('\n');
    const code = inlineDocuments(source, documents) ?? '';
    expect(code).toContain('const Me = ({"kind":"Document","definitions":[{"name":"Me"}]});');
    expect(code).toContain('const Row = ({"kind":"Document","definitions":[{"name":"TaskRow"}]});');
    expect(code).not.toContain('graphql(`');
  });

  it('leaves a source without a call alone', () => {
    expect(inlineDocuments("import { graphql } from '../gql';\nexport const x = 1;", documents)).toBeNull();
  });

  it('refuses an anonymous operation, and one codegen has not generated', () => {
    expect(() => inlineDocuments('graphql(`{ me { id } }`)', documents)).toThrow(/named operation/);
    expect(() => inlineDocuments('graphql(`query Stale { me { id } }`)', documents)).toThrow(/npm run codegen/);
  });

  it('finds every document the client’s own code asks for', () => {
    expect(generatedDocuments().size).toBeGreaterThan(100);
  });
});
