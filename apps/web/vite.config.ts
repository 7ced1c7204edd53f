import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app builds into dist/web, which the API serves at `/` (hashed files under /assets/).
 * The server's Content-Security-Policy allows scripts and styles from 'self' only, so the build
 * must not inline anything: no inline module preload polyfill, no inlined assets.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // The one library the browser shares with the server: pure chart geometry, so the page and the PDF draw the same charts.
  resolve: { alias: { '@ledger/charts': fileURLToPath(new URL('../../libs/charts/src/index.ts', import.meta.url)) } },
  css: {
    preprocessorOptions: {
      // govuk-frontend's own deprecation warnings are its business, not this build's.
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/auth': 'http://localhost:3000' } },
});
