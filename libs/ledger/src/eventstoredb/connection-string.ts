/**
 * The schemes KurrentDB documents and what `@eventstore/db-client` 6.2.1 understands for
 * each: the client parses only `esdb://` and `esdb+discover://` (a `kurrentdb://` string
 * throws at start). The rest of the string (hosts, credentials, `tls`, `tlsCAFile`) means the
 * same under either name.
 */
const CLIENT_SCHEMES: Readonly<Record<string, string>> = {
  esdb: 'esdb',
  'esdb+discover': 'esdb+discover',
  kurrentdb: 'esdb',
  'kurrentdb+discover': 'esdb+discover',
  kurrent: 'esdb',
  'kurrent+discover': 'esdb+discover',
};

/** The connection string with its scheme spelt as the client parses it; an unknown scheme is left for the client to refuse. */
export function toClientConnectionString(connectionString: string): string {
  const match = /^\s*([a-z+]+):\/\//i.exec(connectionString);
  const scheme = match && CLIENT_SCHEMES[match[1]!.toLowerCase()];
  return scheme ? `${scheme}://${connectionString.slice(match[0].length)}` : connectionString;
}
