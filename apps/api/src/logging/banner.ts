import type { LedgerConfig } from '@ledger/config';

/** What the banner shows once the server listens: where to click and what it runs on. */
export interface BannerFacts {
  readonly url: string;
  readonly store: string;
  readonly dataDir: string;
  readonly version: string;
}

/** A few lines for a person at a terminal; nothing personal, nothing secret (no token is printed). */
export function startupBanner(facts: BannerFacts, config: Pick<LedgerConfig, 'graphqlIntrospection' | 'metrics'>): string {
  const lines = [
    '',
    `  Safeguarding audit ledger ${facts.version}`,
    '',
    `  Open         ${facts.url}/graphql${config.graphqlIntrospection ? '  (GraphiQL in a browser)' : ''}`,
    `  Health       ${facts.url}/health${config.metrics.enabled ? `   Metrics ${facts.url}/metrics` : ''}`,
    `  Store        ${facts.store}${facts.store === 'sqlite' ? ` in ${facts.dataDir}` : ''}`,
  ];
  lines.push('', '  Stop with Ctrl+C.', '');
  return `${lines.join('\n')}\n`;
}

/** Printed once the demo has loaded: its settings and how to get a token for them. */
export function demoBanner(tenants: readonly string[]): string {
  return [
    '',
    `  Demo loaded: ${tenants.join(', ')}. Mint a token to try it (send it as "Authorization: Bearer <token>"):`,
    ...tenants.map((tenant) => `    npm run ledger -- token --tenant ${tenant} --role auditor --sub demo-auditor`),
    '',
  ]
    .join('\n')
    .concat('\n');
}
