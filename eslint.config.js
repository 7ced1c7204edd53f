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
    files: ['bench/**', 'bin/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
