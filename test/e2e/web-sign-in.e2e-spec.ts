import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPermitted, loadLocalSigningKey, mintLocalToken, OPERATIONS, SessionStore, signInLinkUrl, type Principal } from '@ledger/access';
import { ROLES } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const DSL: Principal = { subject: 'riverside-ap-staff-2', actorId: 'riverside-ap-staff-2', role: 'dsl', tenants: ['riverside-ap'] };
const VIEWER = '{ viewer { subject staffId role tenantIds signInMethod sessionExpiresAt operations } }';
const MINUTE = 60_000;

type Gql = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

/** Fetch without following redirects: the tests look at each 303. */
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });

function sessionCookieOf(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='));
  return cookie?.split(';')[0]!.slice('ledger_session='.length) || undefined;
}

describe('The web edge: static files, sign-in links and sessions', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'ledger-web-'));
  let sut: TestApp;
  let sessions: SessionStore;

  const graphql = async (query: string, headers: Record<string, string> = {}): Promise<Gql> =>
    (await sut.graphql(query, {}, headers)).body as Gql;

  const codeAndReason = (body: Gql) => [body.errors?.[0]?.extensions?.code, body.errors?.[0]?.extensions?.reason];

  /** Mints a link as `ledger sign-in-link` does, minted `ageMs` ago. */
  const link = async (principal: Principal = DSL, ttlMs = 15 * MINUTE, ageMs = 0) =>
    signInLinkUrl(sut.url, (await sessions.createLink(principal, ttlMs, new Date(Date.now() - ageMs))).token);

  const signIn = async (principal: Principal = DSL): Promise<string> => {
    const response = await get(await link(principal));
    expect(response.status).toBe(303);
    return sessionCookieOf(response)!;
  };

  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Ledger</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'index-3f9a1c.js'), 'console.info("app")');
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    sut = await startTestApp({ WEB_ROOT: webRoot, SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '1' });
    sessions = sut.server.app.get(SessionStore);
  });

  afterAll(async () => {
    await sut.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe('when a browser asks for the web app', () => {
    it('should serve hashed assets for a year and immutable', async () => {
      const response = await get(`${sut.url}/assets/index-3f9a1c.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/javascript/);
    });

    it('should serve index.html at / and never let it be cached', async () => {
      const response = await get(`${sut.url}/`, { accept: 'text/html' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    });

    it('should answer a client-side route with index.html', async () => {
      const response = await get(`${sut.url}/incidents/01JABC?tab=chronology`, { accept: 'text/html,application/xhtml+xml' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    });

    it('should not answer a missing asset, or a request that does not want HTML, with index.html', async () => {
      expect((await get(`${sut.url}/assets/missing-123.js`, { accept: 'text/html' })).status).toBe(404);
      expect((await get(`${sut.url}/some/route`, { accept: 'application/json' })).status).toBe(404);
    });

    it.each(['/graphql', '/health', '/health/live', '/auth/nothing-here', '/metrics'])(
      'should leave %s to the server, not the web app',
      async (path) => {
        const response = await get(`${sut.url}${path}`, { accept: 'text/html' });
        expect(await response.text()).not.toContain('<div id="root">');
      },
    );

    it('should put the security headers on every kind of response', async () => {
      const responses = [
        await get(`${sut.url}/`, { accept: 'text/html' }),
        await get(`${sut.url}/assets/index-3f9a1c.js`),
        await get(`${sut.url}/health`),
        await get(`${sut.url}/auth/link?token=nothing`),
        await fetch(`${sut.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ ledger { version } }"}',
        }),
      ];
      for (const response of responses) {
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toMatch(/unsafe-inline|https?:/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('permissions-policy')).toContain('camera=()');
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('should relax the policy for GraphiQL only, on GET /graphql in development', async () => {
      const ide = await get(`${sut.url}/graphql`, { accept: 'text/html' });
      expect(ide.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline' https://unpkg.com");
      expect(ide.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const page = await get(`${sut.url}/graphql-ide`, { accept: 'text/html' });
      expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    });
  });

  describe('when someone opens a sign-in link', () => {
    it('should sign them in once and refuse the same link a second time', async () => {
      const url = await link();
      const first = await get(url);
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe('/');
      expect(sessionCookieOf(first)).toBeDefined();
      const second = await get(url);
      expect(second.status).toBe(303);
      expect(second.headers.get('location')).toBe('/sign-in?problem=link-used');
      expect(sessionCookieOf(second)).toBeUndefined();
    });

    it('should refuse a link past its time', async () => {
      const response = await get(await link(DSL, 15 * MINUTE, 16 * MINUTE));
      expect(response.headers.get('location')).toBe('/sign-in?problem=link-expired');
      expect(sessionCookieOf(response)).toBeUndefined();
    });

    it('should refuse a link it never issued, or none', async () => {
      expect((await get(`${sut.url}/auth/link?token=made-up-token`)).headers.get('location')).toBe('/sign-in?problem=link-invalid');
      expect((await get(`${sut.url}/auth/link`)).headers.get('location')).toBe('/sign-in?problem=link-invalid');
    });

    it('should set an httpOnly, SameSite=Lax session cookie for the whole site, not Secure on plain http to this machine', async () => {
      const response = await get(await link());
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='))!;
      const attributes = cookie.split(';').map((part) => part.trim());
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
      expect(attributes).not.toContain('Secure');
      expect(attributes.some((a) => /^(Max-Age|Expires)=/i.test(a))).toBe(false);
    });

    it('should make the cookie Secure when the browser reached the ledger by another name', async () => {
      const url = new URL(await link());
      const setCookie = await new Promise<string[]>((done, fail) =>
        httpRequest(
          { host: '127.0.0.1', port: url.port, path: url.pathname + url.search, headers: { host: 'ledger.school.example' } },
          (res) => {
            res.resume();
            done(res.headers['set-cookie'] ?? []);
          },
        )
          .on('error', fail)
          .end(),
      );
      expect(setCookie.find((c) => c.startsWith('ledger_session='))).toContain('; Secure');
    });

    it('should store neither the link token nor the session id, only their hashes', async () => {
      const url = await link();
      const token = new URL(url).searchParams.get('token')!;
      const id = sessionCookieOf(await get(url))!;
      const files = ['ledger.sqlite', 'ledger.sqlite-wal'].map((f) => {
        try {
          return readFileSync(join(sut.dataDir, f)).toString('latin1');
        } catch {
          return '';
        }
      });
      for (const content of files) {
        expect(content).not.toContain(token);
        expect(content).not.toContain(id);
      }
    });
  });

  describe('when people sign in and out', () => {
    const signInEvents = async (tenantId: string) => {
      const events = [];
      for await (const event of sut.server.store.readAll({ tenantId, categories: ['signin'], after: '0' })) events.push(event);
      return events;
    };

    it('should record the sign-in, the sign-out and a second use of the link in the ledger, with who and how but no address', async () => {
      const person: Principal = { subject: 'head-sub', actorId: 'hollins-park-staff-1', role: 'head', tenants: ['hollins-park'] };
      const url = await link(person);
      const id = sessionCookieOf(await get(url))!;
      await get(url);
      await fetch(`${sut.url}/auth/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: `ledger_session=${id}` } });
      const events = await signInEvents('hollins-park');
      expect(events.map((e) => e.type)).toEqual(['SignedIn', 'SignInLinkRefused', 'SignedOut']);
      for (const event of events) expect(event.meta.actor).toEqual({ id: 'hollins-park-staff-1', role: 'head' });
      expect(events[0]!.data).toMatchObject({ method: 'link', subject: 'head-sub', linkRef: expect.any(String) });
      expect(events[1]!.data).toMatchObject({ reason: 'used', linkRef: (events[0]!.data as { linkRef: string }).linkRef });
      expect(events[2]!.data).toMatchObject({ reason: 'signed_out', sessionRef: (events[0]!.data as { sessionRef: string }).sessionRef });
      expect(JSON.stringify(events)).not.toMatch(/127\.0\.0\.1|::1|localhost/);
    });

    it('should record a trust sign-in in each of its settings', async () => {
      const trust: Principal = { subject: 'ta-1', actorId: 'ta-1', role: 'trust_admin', tenants: ['trust-a', 'school-a'] };
      await get(await link(trust));
      expect((await signInEvents('trust-a')).map((e) => e.type)).toEqual(['SignedIn']);
      expect((await signInEvents('school-a')).map((e) => e.type)).toEqual(['SignedIn']);
    });

    it('should record nothing for a link it never issued', async () => {
      const before = await sut.server.store.headPosition();
      await get(`${sut.url}/auth/link?token=never-issued-token`);
      expect(await sut.server.store.headPosition()).toBe(before);
    });
  });

  describe('when GraphQL is asked with the session cookie', () => {
    it('should know the signed-in person as the session says', async () => {
      const id = await signIn();
      const body = await graphql(VIEWER, { cookie: `ledger_session=${id}` });
      expect(body.errors).toBeUndefined();
      expect(body.data!.viewer).toMatchObject({
        subject: DSL.subject,
        staffId: DSL.actorId,
        role: 'dsl',
        tenantIds: ['riverside-ap'],
        signInMethod: 'link',
      });
      const expiresAt = Date.parse(body.data!.viewer.sessionExpiresAt);
      expect(expiresAt).toBeGreaterThan(Date.now() + 29 * MINUTE);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * MINUTE);
    });

    it('should answer signed_out with no cookie and no bearer token', async () => {
      expect(codeAndReason(await graphql(VIEWER))).toEqual(['UNAUTHENTICATED', 'signed_out']);
    });

    it('should answer session_expired for a session it does not know', async () => {
      expect(codeAndReason(await graphql(VIEWER, { cookie: 'ledger_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }))).toEqual([
        'UNAUTHENTICATED',
        'session_expired',
      ]);
    });

    it('should end a session left unused for longer than the idle time', async () => {
      const { id } = await sessions.start(DSL, 'link', new Date(Date.now() - 31 * MINUTE));
      expect(codeAndReason(await graphql(VIEWER, { cookie: `ledger_session=${id}` }))).toEqual(['UNAUTHENTICATED', 'session_expired']);
    });

    it('should keep a session in use alive, and still end it at the absolute limit', async () => {
      const { id } = await sessions.start(DSL, 'link', new Date(Date.now() - 70 * MINUTE));
      // Used every 25 minutes: never idle for 30, but signed in 70 minutes ago with SESSION_MAX_HOURS=1.
      expect((await sessions.resume(id, new Date(Date.now() - 45 * MINUTE))).status).toBe('active');
      expect((await sessions.resume(id, new Date(Date.now() - 20 * MINUTE))).status).toBe('active');
      expect(codeAndReason(await graphql(VIEWER, { cookie: `ledger_session=${id}` }))).toEqual(['UNAUTHENTICATED', 'session_expired']);
    });

    it('should sign out: end the session, clear the cookie and send the browser to the sign-in page', async () => {
      const id = await signIn();
      const response = await fetch(`${sut.url}/auth/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `ledger_session=${id}` },
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/sign-in?problem=signed-out');
      expect(response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='))).toMatch(/^ledger_session=;.*Max-Age=0/);
      expect(codeAndReason(await graphql(VIEWER, { cookie: `ledger_session=${id}` }))).toEqual(['UNAUTHENTICATED', 'session_expired']);
    });

    it('should keep Apollo’s CSRF prevention: a simple cross-site form post is refused', async () => {
      const id = await signIn();
      const response = await fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie: `ledger_session=${id}` },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(response.status).toBe(400);
    });
  });

  describe('when asked who is signed in', () => {
    it.each(ROLES.map((role) => [role]))('should list exactly the operations of the permission table for a %s', async (role) => {
      const key = (await loadLocalSigningKey(sut.dataDir, { create: false }))!;
      const token = await mintLocalToken(key, { subject: `${role}-1`, role, tenants: ['riverside-ap'], ttl: '5m' });
      const body = await graphql('{ viewer { operations signInMethod sessionExpiresAt } }', { authorization: `Bearer ${token}` });
      expect(body.data!.viewer).toEqual({
        operations: OPERATIONS.filter((operation) => isPermitted(role, operation)),
        signInMethod: 'bearer',
        sessionExpiresAt: null,
      });
    });

    it('should tell the sign-in page that links are how people sign in here', async () => {
      const body = await graphql('{ ledger { signIn { oidc links } } }');
      expect(body.data!.ledger.signIn).toEqual({ oidc: false, links: true });
    });
  });
});

describe('The web edge before the web app is built', () => {
  let sut: TestApp;
  const emptyRoot = mkdtempSync(join(tmpdir(), 'ledger-web-empty-'));

  beforeAll(async () => (sut = await startTestApp({ WEB_ROOT: emptyRoot })));
  afterAll(async () => {
    await sut.close();
    rmSync(emptyRoot, { recursive: true, force: true });
  });

  it('should answer / with a short page saying how to build it', async () => {
    const response = await get(`${sut.url}/`, { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('npm run build');
  });
});
