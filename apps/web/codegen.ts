import type { CodegenConfig } from '@graphql-codegen/cli';

// Every operation the client sends is typed from the API's committed schema. The generated
// files are committed too; `src/gql/gql.test.ts` fails when they are stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
      },
    },
    // Every enum of the schema, also those no operation uses yet, for the shared labels.
    'apps/web/src/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};
export default config;
