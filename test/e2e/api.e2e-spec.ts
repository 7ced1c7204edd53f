import { readFileSync } from 'node:fs';
import { schemaSdl } from '../../apps/api/src/index.js';
import { startTestApp, type TestApp } from '@ledger/testing';

describe('The API over HTTP', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('when asked for {__typename}', () => {
    it('should answer Query', async () => {
      const { status, body } = await sut.graphql('{ __typename }');
      expect(status).toBe(200);
      expect(body).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('when introspected', () => {
    it('should describe its query type', async () => {
      const { body } = await sut.graphql<{ __schema: { queryType: { name: string }; types: Array<{ name: string }> } }>(
        '{ __schema { queryType { name } types { name } } }',
      );
      expect(body.data?.__schema.queryType.name).toBe('Query');
      expect(body.data?.__schema.types.map((t) => t.name)).toContain('LedgerInfo');
    });
  });

  describe('the committed schema.graphql', () => {
    it('should be exactly the schema the API serves (run `npm run schema` after changing the API)', () => {
      const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
      expect(schemaSdl(sut.server.app)).toBe(committed);
    });
  });

  describe('in production', () => {
    it('should refuse introspection unless GRAPHQL_INTROSPECTION=on', async () => {
      const production = await startTestApp({ NODE_ENV: 'production' });
      const opened = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'on' });
      try {
        const refused = await production.graphql('{ __schema { queryType { name } } }');
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
        expect((await opened.graphql('{ __schema { queryType { name } } }')).body.data).toEqual({
          __schema: { queryType: { name: 'Query' } },
        });
      } finally {
        await production.close();
        await opened.close();
      }
    });
  });

  describe('when the body cannot be read', () => {
    const post = async (body: string) => {
      const response = await fetch(`${sut.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return {
        status: response.status,
        body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> },
      };
    };

    it('should answer a body over the size limit as a GraphQL error with PAYLOAD_TOO_LARGE', async () => {
      const answer = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` }));
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(answer.body.errors?.[0]?.message).toEqual(expect.any(String));
    });

    it('should answer malformed JSON as a GraphQL error with BAD_REQUEST', async () => {
      const answer = await post('{"query": "{ __typename }"');
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    });
  });

  describe('in production, when a field name is wrong', () => {
    it('should not suggest the fields that introspection hides', async () => {
      const production = await startTestApp({ NODE_ENV: 'production' });
      try {
        const development = await sut.graphql('{ ledgr { version } }');
        expect(development.body.errors?.[0]?.message).toMatch(/Did you mean/);
        const answer = await production.graphql('{ ledgr { version } }');
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(answer.body.errors?.[0]?.message).not.toMatch(/Did you mean|ledger/);
      } finally {
        await production.close();
      }
    });
  });

  describe('when asked what it runs on', () => {
    it('should name the embedded store and an empty ledger', async () => {
      const { body } = await sut.graphql<{ ledger: { store: string; headPosition: string } }>('{ ledger { store headPosition } }');
      expect(body.data?.ledger).toEqual({ store: 'sqlite', headPosition: '0' });
    });
  });

  describe('when a query is malformed', () => {
    it('should answer with a GraphQL error code, not a crash', async () => {
      const { status, body } = await sut.graphql('{ nope }');
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('GET /health', () => {
    it('should report live and ready with the store up', async () => {
      const response = await fetch(`${sut.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        live: true,
        ready: true,
        checks: { store: { status: 'up', adapter: 'sqlite' } },
        projections: expect.arrayContaining([
          expect.objectContaining({ name: 'stream-summary' }),
          expect.objectContaining({ name: 'training-status' }),
        ]),
      });
    });

    it('should report not ready once the store is closed', async () => {
      const other = await startTestApp();
      await other.server.store.close();
      try {
        const response = await fetch(`${other.url}/health/ready`);
        expect(response.status).toBe(503);
      } finally {
        await other.close();
      }
    });
  });
});
