import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { startTestApp, type TestApp } from '@ledger/testing';

/** Who the test provider signs in next (its login page is skipped: the test decides). */
const ACCOUNTS: Record<string, Record<string, unknown>> = {
  'amara@hollins.example': { role: 'dsl', tenants: ['hollins-park'], staff_id: 'hollins-park-staff-2' },
  'ben@hollins.example': { roles: ['Teacher', 'staff'], tenant: 'hollins-park' },
  'visitor@hollins.example': { tenants: ['hollins-park'] },
};
const CLIENT_ID = 'ledger-web';

/**
 * A browser without a screen: follows redirects across the ledger and the provider, keeping
 * cookies per host as a browser does, and stops at the first URL `stop` accepts.
 */
class Browser {
  private readonly jar = new Map<string, Map<string, { value: string; path: string }>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name)?.value;
  }

  async get(url: string): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jar.get(target.hostname) ?? new Map()).entries()]
      .filter(([, c]) => target.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
    const response = await fetch(target, { redirect: 'manual', headers: cookies ? { cookie: cookies } : {} });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';').map((p) => p.trim());
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const gone = value === '' || attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=thu, 01 jan 1970/i.test(a));
      const cookies = this.jar.get(target.hostname) ?? new Map();
      if (gone) cookies.delete(name);
      else cookies.set(name, { value, path });
      this.jar.set(target.hostname, cookies);
    }
    return response;
  }

  /** Follows redirects from `url` until `stop` says so; returns the URL it stopped at (not requested). */
  async follow(url: string, stop: (next: URL) => boolean): Promise<URL> {
    let next = new URL(url);
    for (let hops = 0; hops < 20; hops += 1) {
      if (stop(next)) return next;
      const response = await this.get(next.href);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`stopped at ${next.href} with ${response.status}: ${await response.text()}`);
      }
      next = new URL(location, next);
    }
    throw new Error('too many redirects');
  }
}

describe('Signing in with OpenID Connect (a real provider on localhost)', () => {
  let provider: Provider;
  let providerServer: Server;
  let issuer: string;
  let sut: TestApp;
  let nextAccount = 'amara@hollins.example';

  beforeAll(async () => {
    // The provider's address is needed to start the ledger, the ledger's to register the client: listen first, build after.
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
    providerServer = createServer((req, res) => handle(req, res));
    await new Promise<void>((done) => providerServer.listen(0, '127.0.0.1', done));
    issuer = `http://localhost:${(providerServer.address() as AddressInfo).port}`;
    sut = await startTestApp({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: CLIENT_ID, AUTH_JWKS_URL: `${issuer}/jwks` });
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    provider = new Provider(issuer, {
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: [`${sut.url}/auth/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], profile: ['role', 'roles', 'tenants', 'tenant', 'staff_id'] },
      conformIdTokenClaims: false,
      cookies: { keys: ['test-cookie-key-not-secret'] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) }),
    });
    const callback = provider.callback();
    handle = (req, res) => {
      if (!req.url?.startsWith('/interaction/')) return void callback(req, res);
      // The person signs in and consents: the test's next account, every scope asked for.
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: nextAccount, clientId: CLIENT_ID });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: nextAccount }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      })().catch((error: unknown) => res.writeHead(500).end(String(error)));
    };
  });

  afterAll(async () => {
    await sut.close();
    await new Promise((done) => providerServer.close(done));
  });

  const isCallback = (url: URL) => url.pathname === '/auth/callback';

  /** Starts at /auth/login and stops where the provider sends the browser back to the ledger. */
  async function toCallback(browser: Browser, account: string): Promise<URL> {
    nextAccount = account;
    return browser.follow(`${sut.url}/auth/login`, isCallback);
  }

  const signInEvents = async () => {
    const events = [];
    for await (const event of sut.server.store.readAll({ tenantId: 'hollins-park', categories: ['signin'], after: '0' }))
      events.push(event);
    return events;
  };

  it('should offer OpenID Connect, not links, on the sign-in page, and refuse links', async () => {
    const body = (await sut.graphql<{ ledger: { signIn: unknown } }>('{ ledger { signIn { oidc links } } }')).body;
    expect(body.data!.ledger.signIn).toEqual({ oidc: true, links: false });
    const link = await fetch(`${sut.url}/auth/link?token=anything-at-all`, { redirect: 'manual' });
    expect(link.headers.get('location')).toBe('/sign-in?problem=link-invalid');
  });

  it('should send the browser to the provider with PKCE (S256), a state and a nonce', async () => {
    const response = await new Browser().get(`${sut.url}/auth/login`);
    expect(response.status).toBe(303);
    const authorize = new URL(response.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${sut.url}/auth/callback`);
  });

  it('should sign a person with a ledger role in, mapping the claims as for a bearer token, and keep the tokens on the server', async () => {
    const browser = new Browser();
    const callback = await toCallback(browser, 'amara@hollins.example');
    const response = await browser.get(callback.href);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(await response.text()).not.toMatch(/eyJ/);
    const session = browser.cookie('localhost', 'ledger_session')!;
    expect(session).toBeDefined();
    expect(response.headers.getSetCookie().every((c) => c.startsWith('ledger_session=') || c.startsWith('ledger_oidc_state=;'))).toBe(true);

    const viewer = await sut.graphql<{ viewer: Record<string, unknown> }>(
      '{ viewer { subject staffId role tenantIds signInMethod } }',
      {},
      { cookie: `ledger_session=${session}` },
    );
    expect(viewer.body.data!.viewer).toEqual({
      subject: 'amara@hollins.example',
      staffId: 'hollins-park-staff-2',
      role: 'dsl',
      tenantIds: ['hollins-park'],
      signInMethod: 'oidc',
    });
    const recorded = (await signInEvents()).filter((e) => (e.data as { subject: string }).subject === 'amara@hollins.example');
    expect(recorded.map((e) => [e.type, (e.data as { method: string }).method, e.meta.actor])).toEqual([
      ['SignedIn', 'oidc', { id: 'hollins-park-staff-2', role: 'dsl' }],
    ]);
  });

  it('should take the role from the roles list and the setting from tenant, as the bearer path does', async () => {
    const browser = new Browser();
    await browser.get((await toCallback(browser, 'ben@hollins.example')).href);
    const viewer = await sut.graphql<{ viewer: Record<string, unknown> }>(
      '{ viewer { role tenantIds staffId } }',
      {},
      { cookie: `ledger_session=${browser.cookie('localhost', 'ledger_session')}` },
    );
    expect(viewer.body.data!.viewer).toEqual({ role: 'staff', tenantIds: ['hollins-park'], staffId: 'ben@hollins.example' });
  });

  it('should refuse a callback whose state is not the one this browser started with', async () => {
    const browser = new Browser();
    const callback = await toCallback(browser, 'amara@hollins.example');
    callback.searchParams.set('state', 'a-state-from-somewhere-else-entirely');
    const response = await browser.get(callback.href);
    expect(response.headers.get('location')).toBe('/sign-in?problem=sign-in-failed');
    expect(browser.cookie('localhost', 'ledger_session')).toBeUndefined();
  });

  it('should refuse a replayed authorization code, even with the original state cookie', async () => {
    const browser = new Browser();
    const callback = await toCallback(browser, 'amara@hollins.example');
    const state = browser.cookie('localhost', 'ledger_oidc_state')!;
    expect((await browser.get(callback.href)).headers.get('location')).toBe('/');
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: `ledger_oidc_state=${state}` } });
    expect(replay.headers.get('location')).toBe('/sign-in?problem=sign-in-failed');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('ledger_session=') && !c.startsWith('ledger_session=;'))).toBe(false);
  });

  it('should refuse someone the provider knows but who has no ledger role, and record nothing', async () => {
    const before = await sut.server.store.headPosition();
    const browser = new Browser();
    const response = await browser.get((await toCallback(browser, 'visitor@hollins.example')).href);
    expect(response.headers.get('location')).toBe('/sign-in?problem=no-role');
    expect(browser.cookie('localhost', 'ledger_session')).toBeUndefined();
    expect(await sut.server.store.headPosition()).toBe(before);
  });
});

describe('Signing in with OpenID Connect when the provider does not answer', () => {
  let sut: TestApp;

  beforeAll(async () => {
    // A port that was free a moment ago: nothing answers there.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const issuer = `http://localhost:${(probe.address() as AddressInfo).port}`;
    await new Promise((done) => probe.close(done));
    sut = await startTestApp({ AUTH_ISSUER: issuer, AUTH_AUDIENCE: CLIENT_ID, AUTH_JWKS_URL: `${issuer}/jwks` });
  });

  afterAll(() => sut.close());

  it('should send the browser to the sign-in page with a problem, not an error page', async () => {
    const response = await fetch(`${sut.url}/auth/login`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sign-in?problem=sign-in-failed');
  });
});
