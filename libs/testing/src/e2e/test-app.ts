import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@ledger/config';
import type { RunningServer } from '../../../../apps/api/src/index.js';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

export interface TestApp {
  readonly url: string;
  readonly dataDir: string;
  readonly server: RunningServer;
  /** POSTs a GraphQL request and returns the parsed body and status. */
  graphql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }>;
  close(): Promise<void>;
}

/** Boots the real app on a random port against a temporary data directory. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LEDGER_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    RATE_LIMIT_GRAPHQL: '0',
    ...env,
  });
  // Loaded on demand so that pure specs importing @ledger/testing do not load Nest.
  const { startServer } = await import('../../../../apps/api/src/index.js');
  const server = await startServer(config);
  return {
    url: server.url,
    dataDir,
    server,
    graphql: async (query, variables, headers = {}) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<never>['body'] };
    },
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
