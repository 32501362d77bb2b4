import type { CodegenConfig } from '@graphql-codegen/cli';

// Runs offline: the schema is the committed introspection result (graphql/schema.graphql, refreshed by
// `npm run codegen:schema`), the documents are the one-operation-per-file .graphql files beside it.
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['graphql/**/*.graphql', '!graphql/schema.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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
