import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'bench/results/**', 'test-results/**', 'apps/web/src/gql/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Kysely's untyped databases and JSON payloads use `any` at the edges on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Streams are named by their context's helper (which calls streamId in libs/kernel), never
    // built inline: a misspelt category silently reads or writes the wrong stream.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/kernel/src/streams.ts', '**/*spec.ts', 'libs/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateLiteral[quasis.0.value.raw=/^[a-z]+-$/][quasis.1.value.raw=/^\\./]',
          message: "Name streams with the context's stream helper (streamId from @ledger/kernel), not a template string.",
        },
        {
          selector: "TemplateLiteral[quasis.1.value.raw='-'][quasis.2.value.raw='.']",
          message: "Name streams with the context's stream helper (streamId from @ledger/kernel), not a template string.",
        },
      ],
    },
  },
  {
    files: ['bench/**', 'bin/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
