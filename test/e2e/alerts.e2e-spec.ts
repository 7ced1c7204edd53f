import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import { signWebhook, WEBHOOK_HEADERS } from '@ledger/alerts';
import { loadConfig, type LedgerConfig } from '@ledger/config';
import { addWorkingDays, londonDate, NO_SETTING_CALENDAR, type RecordedEvent, type Role } from '@ledger/kernel';
import type { RunningServer } from '../../apps/api/src/index.js';

const T = 'alder-brook';
const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const NARRATIVE = 'Quentin Zebedee showed me messages from an adult he met online';
const CHILDS_WORDS = 'He said not to tell my mum';
const DSL_EMAIL = 'dsl.alerts@alder-brook.example';
const DEPUTY_EMAIL = 'deputy.alerts@alder-brook.example';

interface Mail {
  readonly to: string[];
  readonly raw: string;
}
interface Hook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

/** Polls until `check` holds (or fails after `ms`). */
async function eventually(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Alerts over real channels: a real SMTP server (smtp-server) and a real HTTP receiver, both
 * started here, and the real app over HTTP, restarted on the same data directory.
 */
describe('Alerts', () => {
  const mails: Mail[] = [];
  const hooks: Hook[] = [];
  let smtp: SMTPServer;
  let receiver: Server;
  let dataDir: string;
  let config: LedgerConfig;
  let server: RunningServer;
  let key: LocalSigningKey;
  /** The receiver answers 500 to the first request of each alert, then 200: the ledger must retry. */
  const refusedOnce = new Set<string>();

  const tokenOf = (subject: string, role: Role) => mintLocalToken(key, { subject, role, tenants: [T], ttl: '1h' });

  async function graphql(token: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, { id: string }>; errors?: Array<{ extensions?: { code?: string } }> };
  }

  async function run(token: string, mutation: string, input: Record<string, unknown>): Promise<string> {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const body = await graphql(token, `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, {
      input: { tenantId: T, occurredAt: new Date(Date.now() - 60_000).toISOString(), ...input },
    });
    if (body.errors) throw new Error(`${mutation} failed: ${JSON.stringify(body.errors)}`);
    return body.data![mutation]!.id;
  }

  async function alertsSent(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of server.runtime.store.readAll({ types: ['AlertSent'] })) events.push(event);
    return events;
  }

  async function start(): Promise<void> {
    const { startServer } = await import('../../apps/api/src/index.js');
    server = await startServer(config);
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const alertId = String(request.headers[WEBHOOK_HEADERS.alertId]);
        const status = refusedOnce.has(alertId) ? 200 : 500;
        refusedOnce.add(alertId);
        hooks.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-alerts-'));
    config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      RATE_LIMIT_GRAPHQL: '0',
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      ALERT_FROM: 'ledger@alder-brook.example',
      ALERT_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_LINK_URL: 'https://ledger.alder-brook.example',
      ALERT_RETRY_MS: '20',
    });
    await start();
    key = (await loadLocalSigningKey(dataDir, { create: true }))!;
    const head = await tokenOf('head-1', 'head');
    const setUp = new Date(Date.now() - 3_600_000).toISOString();
    await run(head, 'registerSetting', {
      name: 'Alder Brook School',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: setUp,
    });
    const joined = { occurredAt: new Date(Date.now() - 1_800_000).toISOString() };
    await run(head, 'joinStaff', { staffId: 'head-1', name: 'Harriet Head', roles: ['head'], jobTitle: 'Headteacher', ...joined });
    await run(head, 'joinStaff', { staffId: 'dsl-1', name: 'Dora Lead', roles: ['dsl'], jobTitle: 'DSL', ...joined });
    await run(head, 'joinStaff', { staffId: 'deputy-1', name: 'Dev Uty', roles: ['deputy_dsl'], jobTitle: 'Deputy DSL', ...joined });
    await run(head, 'joinStaff', { staffId: 'teacher-1', name: 'Tess Teacher', roles: ['staff'], jobTitle: 'Teacher', ...joined });
    await run(head, 'appointSafeguardingRole', { appointment: 'dsl', personId: 'dsl-1' });
    await run(head, 'appointSafeguardingRole', { appointment: 'deputy_dsl', personId: 'deputy-1' });
    await run(head, 'setAlertAddress', { staffId: 'dsl-1', email: DSL_EMAIL });
    await run(head, 'setAlertAddress', { staffId: 'deputy-1', email: DEPUTY_EMAIL });
    // This setting allows 3 working days to triage: the alert's deadline must say so.
    await run(head, 'setClockRule', { clock: 'concern_triage', workingDays: 3, note: 'Local protocol' });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('when an alert address is not an email address', () => {
    it('should refuse it and record nothing', async () => {
      const before = await server.runtime.store.streamHead('staff-alder-brook.dsl-1');
      const body = await graphql(
        await tokenOf('head-1', 'head'),
        'mutation ($input: SetAlertAddressInput!) { setAlertAddress(input: $input) { id } }',
        {
          input: { tenantId: T, occurredAt: new Date().toISOString(), staffId: 'dsl-1', email: 'not an address' },
        },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await server.runtime.store.streamHead('staff-alder-brook.dsl-1')).toEqual(before);
    });
  });

  describe('when a member of staff reports a concern', () => {
    let incidentId: string;
    let reportedAt: string;

    beforeAll(async () => {
      reportedAt = new Date().toISOString();
      incidentId = await run(await tokenOf('teacher-1', 'staff'), 'reportIncident', {
        category: 'grooming',
        involvedPupilIds: ['pupil-quentin'],
        narrative: NARRATIVE,
        childsWords: CHILDS_WORDS,
        occurredAt: reportedAt,
      });
      await eventually(async () => mails.length >= 2 && hooks.some((hook) => hook.status === 200) && (await alertsSent()).length >= 3);
    }, 30_000);

    it('should email the DSL and the deputy at once, with no personal data: a category, a deadline and a link', () => {
      expect(mails.flatMap((mail) => mail.to).sort()).toEqual([DEPUTY_EMAIL, DSL_EMAIL].sort());
      for (const mail of mails) {
        expect(mail.raw).toContain('grooming');
        expect(mail.raw).toContain('https://ledger.alder-brook.example/');
        expect(mail.raw).toContain(`Triage by: ${addWorkingDays(NO_SETTING_CALENDAR, londonDate(reportedAt), 3)}`);
        for (const personal of ['Quentin', 'Zebedee', 'mum', 'pupil-quentin', 'Tess', 'Dora', 'Dev Uty', incidentId])
          expect(mail.raw).not.toContain(personal);
      }
    });

    it('should POST the webhook signed with HMAC-SHA256 over the timestamp and the body, and retry after a 500', () => {
      expect(hooks.map((hook) => hook.status)).toEqual([500, 200]);
      const [refused, accepted] = hooks as [Hook, Hook];
      expect(accepted.headers[WEBHOOK_HEADERS.alertId]).toBe(refused.headers[WEBHOOK_HEADERS.alertId]);
      const timestamp = String(accepted.headers[WEBHOOK_HEADERS.timestamp]);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      expect(accepted.headers[WEBHOOK_HEADERS.signature]).toBe(signWebhook(SECRET, timestamp, accepted.body));
      expect(accepted.headers[WEBHOOK_HEADERS.signature]).not.toBe(
        signWebhook('another-secret-of-at-least-32-characters', timestamp, accepted.body),
      );
      const body = JSON.parse(accepted.body) as Record<string, unknown>;
      expect(body).toMatchObject({ rule: 'new_concern', setting: T, link: 'https://ledger.alder-brook.example/' });
      for (const personal of ['Quentin', 'mum', 'pupil-quentin', 'teacher-1', incidentId]) expect(accepted.body).not.toContain(personal);
    });

    it('should record AlertSent for each, naming rule, recipient and channel but no content and no address', async () => {
      const sent = await alertsSent();
      expect(sent.map((event) => `${event.data.channel}:${event.data.recipientId}`).sort()).toEqual(
        ['email:deputy-1', 'email:dsl-1', `webhook:${T}`].sort(),
      );
      for (const event of sent) {
        expect(event.data.rule).toBe('new_concern');
        expect(event.meta.tenantId).toBe(T);
        expect(JSON.stringify(event.data)).not.toContain('@');
      }
    });

    describe('and the server restarts', () => {
      beforeAll(async () => {
        await server.close();
        await start();
        // A second concern after the restart: once its alerts are out, the first one has been looked at again.
        await run(await tokenOf('teacher-1', 'staff'), 'reportIncident', {
          category: 'cyberbullying',
          involvedPupilIds: ['pupil-quentin'],
          narrative: NARRATIVE,
        });
        await eventually(
          async () => mails.length >= 4 && hooks.filter((hook) => hook.status === 200).length >= 2 && (await alertsSent()).length >= 6,
        );
      }, 60_000);

      it('should not send the first concern’s alerts again', async () => {
        expect(mails).toHaveLength(4);
        expect(mails.slice(2).every((mail) => mail.raw.includes('cyberbullying'))).toBe(true);
        expect(hooks.filter((hook) => hook.status === 200)).toHaveLength(2);
        const sent = await alertsSent();
        expect(sent).toHaveLength(6);
        expect(new Set(sent.map((event) => event.data.alertId)).size).toBe(6);
      });

      it('should count alerts by channel and rule in /metrics', async () => {
        const text = await (await fetch(`${server.url}/metrics`)).text();
        expect(text).toContain('ledger_alerts_sent_total{channel="email",rule="new_concern"} 2');
        expect(text).toContain('ledger_alerts_sent_total{channel="webhook",rule="new_concern"} 1');
      });
    });
  });
});
