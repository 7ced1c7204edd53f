import { loadLocalSigningKey, mintLocalToken, SessionStore, signInLinkUrl } from '@ledger/access';
import { startTestApp, type TestApp } from '@ledger/testing';

const TENANT = 'oakfield-ap';
const NAME = 'Amara Okafor';
const PUPIL = 'pupil-4471';
const NARRATIVE = 'Unkind messages in a class group chat';

async function metricsOf(app: TestApp, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(`${app.url}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
}

describe('/metrics', () => {
  let sut: TestApp;
  let head: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const key = (await loadLocalSigningKey(sut.dataDir, { create: false }))!;
    head = await mintLocalToken(key, { subject: 'head-1', role: 'head', tenants: [TENANT], ttl: '10m' });
    const dsl = await mintLocalToken(key, { subject: 'dsl-1', role: 'dsl', tenants: [TENANT], ttl: '10m' });
    const governor = await mintLocalToken(key, { subject: 'gov-1', role: 'governor', tenants: [TENANT], ttl: '10m' });
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    await sut.graphql(
      `mutation { registerSetting(input: {tenantId: "${TENANT}", name: "Oakfield AP Centre", settingKind: alternative_provision, localAuthority: "Northshire", occurredAt: "2025-09-01"}) { id } }`,
      {},
      as(head),
    );
    await sut.graphql(
      `mutation { joinStaff(input: {tenantId: "${TENANT}", staffId: "dsl-1", name: "${NAME}", roles: [dsl], jobTitle: "DSL", occurredAt: "2025-09-01"}) { id } }`,
      {},
      as(head),
    );
    await sut.graphql(
      `mutation { reportIncident(input: {tenantId: "${TENANT}", category: cyberbullying, involvedPupilIds: ["${PUPIL}"], narrative: "${NARRATIVE}"}) { id } }`,
      {},
      as(dsl),
    );
    await sut.graphql(`{ trainingStatus(tenantId: "${TENANT}", asOf: "2025-10-01") { totalCount } }`, {}, as(dsl));
    await sut.graphql(`{ trainingStatus(tenantId: "${TENANT}", asOf: "2025-10-01") { totalCount } }`, {}, as(dsl));
    await sut.graphql(`{ cpdMatrix(tenantId: "${TENANT}") { totalCount } }`, {}, as(governor));
    await fetch(`${sut.url}/health`);
    // A sign-in link opened twice: one sign-in, one refusal.
    const { token } = await sut.server.app
      .get(SessionStore)
      .createLink({ subject: 'dsl-1', actorId: 'dsl-1', role: 'dsl', tenants: [TENANT] }, 60_000, new Date());
    for (let i = 0; i < 2; i += 1) await fetch(signInLinkUrl(sut.url, token), { redirect: 'manual' });
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('after a scenario over HTTP', () => {
    let text: string;

    beforeAll(async () => {
      const scraped = await metricsOf(sut);
      expect(scraped.status).toBe(200);
      text = scraped.text;
    });

    it.each([
      /^ledger_http_requests_total\{route="\/graphql",method="POST",status="200"\} \d+/m,
      /^ledger_http_requests_total\{route="\/health",method="GET",status="200"\} 1$/m,
      /^ledger_graphql_operations_total\{type="mutation",field="reportIncident",outcome="ok"\} 1$/m,
      /^ledger_graphql_operations_total\{type="query",field="cpdMatrix",outcome="FORBIDDEN"\} 1$/m,
      /^ledger_graphql_errors_total\{code="FORBIDDEN"\} 1$/m,
      /^ledger_graphql_operation_duration_seconds_bucket\{le="0.1",type="mutation",field="joinStaff"\} \d+/m,
      /^ledger_appends_total\{category="incident",outcome="ok"\} 1$/m,
      /^ledger_appended_events_total\{category="setting"\} \d+/m,
      /^ledger_append_duration_seconds_count\{category="staff"\} 1$/m,
      /^ledger_projection_events_behind\{projection="[a-z-]+",status="(running|idle)"\} \d+$/m,
      /^ledger_projection_seconds_behind\{projection="[a-z-]+"\} [\d.]+$/m,
      /^ledger_notary_events_behind \d+$/m,
      /^ledger_notary_seconds_since_checkpoint -?[\d.]+$/m,
      /^ledger_time_travel_replays_total\{projection="[a-z-]+",snapshot="(yes|no)"\} \d+$/m,
      // The same "as of" question twice at one head: replayed once, the second answer kept in memory.
      /^ledger_time_travel_replay_duration_seconds_count\{projection="[a-z-]+"\} 1$/m,
      /^ledger_head_position [1-9]\d*$/m,
      /^ledger_store_up\{adapter="sqlite"\} 1$/m,
      /^process_resident_memory_bytes \d+/m,
      /^ledger_sign_ins_total\{method="link",outcome="ok"\} 1$/m,
      /^ledger_sign_ins_total\{method="link",outcome="used"\} 1$/m,
    ])('should have %s', (family) => {
      expect(text).toMatch(family);
    });

    it('should carry no setting, person, pupil or narrative in any label', () => {
      for (const personal of [TENANT, NAME, PUPIL, 'dsl-1', 'head-1', 'Unkind']) expect(text).not.toContain(personal);
    });
  });

  describe('when METRICS_TOKEN is set', () => {
    it('should answer 401 without the bearer token and 200 with it', async () => {
      const token = 'a-long-metrics-token-0123456789';
      const guarded = await startTestApp({ METRICS_TOKEN: token });
      try {
        expect((await metricsOf(guarded)).status).toBe(401);
        expect((await metricsOf(guarded, { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
        const allowed = await metricsOf(guarded, { authorization: `Bearer ${token}` });
        expect(allowed.status).toBe(200);
        expect(allowed.text).toContain('ledger_head_position');
      } finally {
        await guarded.close();
      }
    });
  });

  describe('when METRICS=off', () => {
    it('should not serve /metrics', async () => {
      const off = await startTestApp({ METRICS: 'off' });
      try {
        expect((await metricsOf(off)).status).toBe(404);
      } finally {
        await off.close();
      }
    });
  });
});

describe('The HTTP edge', () => {
  describe('when a client goes over RATE_LIMIT_GRAPHQL', () => {
    it('should answer 429 with the GraphQL error code RATE_LIMITED and count it', async () => {
      const sut = await startTestApp({ RATE_LIMIT_GRAPHQL: '3' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i += 1) statuses.push((await sut.graphql('{ __typename }')).status);
        const refused = await sut.graphql('{ __typename }');
        expect(statuses).toEqual([200, 200, 200]);
        expect(refused.status).toBe(429);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
        // Other routes are not limited by it.
        expect((await fetch(`${sut.url}/health/live`)).status).toBe(200);
        expect((await metricsOf(sut)).text).toMatch(/^ledger_http_rate_limited_total\{limit="graphql"\} 1$/m);
      } finally {
        await sut.close();
      }
    });
  });

  describe('when a client goes over RATE_LIMIT_SIGN_IN', () => {
    it('should send the browser to the sign-in page with a reason and the security headers, and count it', async () => {
      const sut = await startTestApp({ RATE_LIMIT_SIGN_IN: '2' });
      try {
        const open = () => fetch(`${sut.url}/auth/link?token=made-up-token`, { redirect: 'manual' });
        const locations = [(await open()).headers.get('location'), (await open()).headers.get('location')];
        const refused = await open();
        expect(locations).toEqual(['/sign-in?problem=link-invalid', '/sign-in?problem=link-invalid']);
        expect(refused.status).toBe(303);
        expect(refused.headers.get('location')).toBe('/sign-in?problem=too-many-attempts');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(refused.headers.get('content-security-policy')).toBeTruthy();
        expect(refused.headers.get('x-request-id')).toBeTruthy();
        expect((await metricsOf(sut)).text).toMatch(/^ledger_http_rate_limited_total\{limit="sign_in"\} 1$/m);
        expect((await metricsOf(sut)).text).toMatch(/^ledger_sign_ins_total\{method="link",outcome="invalid"\} 2$/m);
      } finally {
        await sut.close();
      }
    });

    it('should never hold up people signing in with links that work, however many share one address', async () => {
      const sut = await startTestApp({ RATE_LIMIT_SIGN_IN: '2' });
      try {
        const sessions = sut.server.app.get(SessionStore);
        const principal = { subject: 'staff-1', actorId: 'staff-1', role: 'staff', tenants: [TENANT] } as const;
        const locations: (string | null)[] = [];
        for (let i = 0; i < 5; i += 1) {
          const { token } = await sessions.createLink(principal, 60_000, new Date());
          locations.push((await fetch(signInLinkUrl(sut.url, token), { redirect: 'manual' })).headers.get('location'));
        }
        expect(locations).toEqual(['/', '/', '/', '/', '/']);
        expect((await metricsOf(sut)).text).not.toMatch(/^ledger_http_rate_limited_total\{limit="sign_in"\}/m);
      } finally {
        await sut.close();
      }
    });
  });

  describe.each([
    ['off', [200, 200, 429]],
    ['1', [200, 200, 200]],
  ])('when TRUST_PROXY=%s and two clients come through one proxy', (trustProxy, expected) => {
    it('should limit per forwarded client only when the proxy is trusted', async () => {
      const sut = await startTestApp({ RATE_LIMIT_GRAPHQL: '2', TRUST_PROXY: trustProxy });
      try {
        const from = async (client: string) => (await sut.graphql('{ __typename }', {}, { 'x-forwarded-for': client })).status;
        expect([await from('203.0.113.1'), await from('203.0.113.1'), await from('203.0.113.2')]).toEqual(expected);
      } finally {
        await sut.close();
      }
    });
  });

  describe('when a request arrives', () => {
    it('should answer with an x-request-id, keeping a well-formed one from the proxy', async () => {
      const sut = await startTestApp();
      try {
        const fresh = await fetch(`${sut.url}/health/live`);
        expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        const kept = await fetch(`${sut.url}/health/live`, { headers: { 'x-request-id': 'lb-7f3a9c' } });
        expect(kept.headers.get('x-request-id')).toBe('lb-7f3a9c');
        const replaced = await fetch(`${sut.url}/health/live`, { headers: { 'x-request-id': 'no spaces or <tags> allowed' } });
        expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        await sut.close();
      }
    });
  });
});
