import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every query and mutation of the web app, from the committed schema.graphql.
 * `npm run typecheck` regenerates them first, so a query that no longer matches the schema
 * fails the check (codegen validates every document against the schema).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
