import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers, from the outside in. A context may use the access policy and the platform; the
// access policy may use only the kernel, so that it can never depend on a context.
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:context', 'type:access', 'type:platform', 'type:kernel'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:app', 'type:context', 'type:access', 'type:platform', 'type:kernel'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:app', 'type:context', 'type:access', 'type:platform', 'type:kernel'] },
  { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:context', 'type:access', 'type:platform', 'type:kernel'] },
  { sourceTag: 'type:access', onlyDependOnLibsWithTags: ['type:kernel', 'type:platform'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:kernel'] },
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/data', '**/tmp', '**/*.js', '**/*.mjs', 'apps/web/src/gql/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints, banTransitiveDependencies: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The web client: React's rules of hooks; it talks to the API only over GraphQL, so it
    // imports no server lib at all.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: [...depConstraints, { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] }], banTransitiveDependencies: true },
      ],
    },
  },
  {
    // Only the test harness may load the application itself (to boot it in-process).
    files: ['libs/testing/**/*.ts', 'test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: ['@renkei/api'], depConstraints, banTransitiveDependencies: true },
      ],
    },
  },
  {
    // Nest resolvers and modules are classes by design; decorators need value imports.
    files: ['**/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-extraneous-class': 'off' },
  },
];
