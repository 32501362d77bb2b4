import type { CodegenConfig } from '@graphql-codegen/cli';

// Runs offline: the schemas are the committed introspection results (`npm run codegen:schema`), one per role:
// graphql/schema.graphql (nest-access) and graphql/schema.admin.graphql (nest-admin). Types come from the two merged,
// so admin operations (files named *.admin.graphql) get types too; graphql/roles.test.ts checks that every operation
// is valid for the role it runs as, so a staff operation cannot quietly use an admin-only field.
const config: CodegenConfig = {
  schema: ['graphql/schema.graphql', 'graphql/schema.admin.graphql'],
  documents: ['graphql/**/*.graphql', '!graphql/schema.graphql', '!graphql/schema.admin.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      // persisted-documents.json (sha256 hash → operation text) is the allow-list /api/graphql forwards from; each
      // document carries its hash (__meta__.hash), which Apollo Client sends instead of the query.
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        // How Hasura serialises its scalars in JSON. Numeric types can arrive as strings (Hasura's
        // HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES, and the local engine), so results say so and callers convert.
        scalars: {
          uuid: 'string',
          timestamptz: 'string',
          float8: { input: 'number', output: 'number | string' },
          bigint: { input: 'number | string', output: 'number | string' },
          jsonb: { input: 'unknown', output: 'unknown' },
        },
      },
    },
  },
};

export default config;
