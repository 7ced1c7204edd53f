import { containerRuntimeProblem } from '../container-runtime.js';

export type EventStoreHarness =
  | { readonly available: true; readonly connectionString: string; readonly source: string; stop(): Promise<void> }
  | { readonly available: false; readonly reason: string };

/** The image of the single insecure node used when a container runtime exists. */
export const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:25.1';

/**
 * An EventStoreDB/KurrentDB node for a suite: TEST_EVENTSTORE_URL if set, else a
 * single insecure KurrentDB container through Testcontainers, else the reason why not.
 */
export async function startEventStore(): Promise<EventStoreHarness> {
  const given = process.env.TEST_EVENTSTORE_URL;
  if (given) return { available: true, connectionString: given, source: 'TEST_EVENTSTORE_URL', stop: async () => {} };
  const problem = await containerRuntimeProblem();
  if (problem !== undefined) {
    return { available: false, reason: `TEST_EVENTSTORE_URL is not set and Testcontainers found no container runtime (${problem})` };
  }
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(KURRENTDB_IMAGE)
    .withEnvironment({
      KURRENTDB_CLUSTER_SIZE: '1',
      KURRENTDB_RUN_PROJECTIONS: 'All',
      KURRENTDB_INSECURE: 'true',
      KURRENTDB_ENABLE_ATOM_PUB_OVER_HTTP: 'true',
    })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .start();
  return {
    available: true,
    connectionString: `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`,
    source: 'testcontainers',
    stop: async () => void (await container.stop()),
  };
}

/**
 * `describe` when EventStoreDB is reachable; otherwise prints one line saying why the
 * suite did not run and registers it as skipped, so Jest reports it skipped, never passed.
 */
export function describeWithEventStore(harness: EventStoreHarness, name: string, body: (connectionString: string) => void): void {
  if (harness.available) {
    describe(name, () => {
      afterAll(() => harness.stop());
      body(harness.connectionString);
    });
    return;
  }
  process.stderr.write(`EventStoreDB suite not run: ${harness.reason}\n`);
  describe.skip(name, () => {
    it('needs EventStoreDB', () => undefined);
  });
}
