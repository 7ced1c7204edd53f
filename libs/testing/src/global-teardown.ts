/** Stops the PostgreSQL server the global setup started (see global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __ledgerPostgres?: { stop(): Promise<void> } }).__ledgerPostgres;
  await server?.stop();
}
