/**
 * Module boundaries (STYLE.md rule 11), checked in CI:
 * - a `domain/` folder is pure: no Nest, no database client, no GraphQL;
 * - a library is imported by anything outside it only through its `index.ts`;
 * - libraries never reach into apps (the testing harness may boot the API);
 * - the web app's imports flow one way, shared → features → app (STYLE.md rule 16), and a
 *   feature never reaches into another feature; the browser code imports no server code.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Deciders and projections are pure: domain/ imports no framework, database or transport.',
      from: { path: '^libs/.+/domain/' },
      to: {
        path: [
          'node_modules/(@nestjs|@apollo|@as-integrations|graphql|kysely|pg|better-sqlite3|@eventstore|express|nestjs-pino|pino)(/|$)',
        ],
      },
    },
    {
      name: 'library-through-index',
      severity: 'error',
      comment: 'Another library is reached only through its index.ts, its one public surface.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-use-library-index',
      severity: 'error',
      comment: 'Apps and tests reach a library only through its index.ts.',
      from: { path: '^(apps|test)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libraries-do-not-import-apps',
      severity: 'error',
      comment: 'Apps compose libraries, never the reverse (the testing harness boots the API).',
      from: { path: '^libs/', pathNot: '^libs/testing/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-shared-is-shared',
      severity: 'error',
      comment: 'Shared web code (components, lib, generated gql) knows nothing of features or the app shell.',
      from: { path: '^apps/web/src/(components|lib|gql|styles)/' },
      to: { path: '^apps/web/src/(features|app)/' },
    },
    {
      name: 'web-features-are-independent',
      severity: 'error',
      comment: 'A feature uses shared code and its own folders only; the app shell composes features.',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: ['^apps/web/src/features/', '^apps/web/src/app/'], pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'web-is-browser-code',
      severity: 'error',
      comment:
        'The web app talks to the server over GraphQL only: it imports no library or other app, except the pure chart geometry it shares with the PDF.',
      from: { path: '^apps/web/' },
      to: { path: '^(libs/|apps/(?!web/))', pathNot: '^libs/charts/src/(index|bar-chart|governor-report-charts)\\.ts$' },
    },
    {
      name: 'charts-are-browser-safe',
      severity: 'error',
      comment: 'The chart library runs in the browser too: it imports nothing at all beyond its own files.',
      from: { path: '^libs/charts/' },
      to: { pathNot: '^libs/charts/' },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment:
        'Every import resolves (a broken alias would otherwise hide a boundary). The crash and failover child scripts load the build output on purpose.',
      from: { pathNot: '^test/(crash|failover)/[a-z-]+\\.mjs$' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
