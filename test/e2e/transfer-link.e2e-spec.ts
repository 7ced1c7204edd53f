import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadLocalSigningKey, mintLocalToken, SessionStore, signInLinkUrl, type LocalSigningKey, type Principal } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { verifyTransferPackage } from '@ledger/statutory';
import { startTestApp, type TestApp } from '@ledger/testing';

const run = promisify(execFile);
const A = 'elm-grove';
const REFUSALS_PER_MINUTE = 3;

/** Fetch without following redirects. */
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });
const codeOf = async (response: Response) => /data-code="([^"]+)"/.exec(await response.text())?.[1];

/**
 * The external child-protection file transfer over HTTP (KCSIE Annex C, a school not on this
 * ledger): a one-time, expiring link issued to the sending DSL, the package downloaded once, the
 * receipt confirmed by name; refused tokens rate-limited. And the day-one pack button's route.
 */
describe('Child-protection file links and the day-one pack over HTTP', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ledger-transfer-link-'));
  let sut: TestApp;
  let key: LocalSigningKey;
  let sessions: SessionStore;

  const principal = (actorId: string, role: Role): Principal => ({ subject: actorId, actorId, role, tenants: [A] });
  const cookieOf = async (who: Principal): Promise<string> => {
    const response = await get(signInLinkUrl(sut.url, (await sessions.createLink(who, 60_000, new Date())).token));
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='));
    return cookie!.split(';')[0]!;
  };
  async function must(role: Role, mutation: string, input: Record<string, unknown>) {
    const token = await mintLocalToken(key, { subject: `${role}-1`, role, tenants: [A], ttl: '1h' });
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await sut.graphql(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      { input: { tenantId: A, ...input } },
      { authorization: `Bearer ${token}` },
    );
    if (body.errors) throw new Error(`${mutation} failed: ${JSON.stringify(body.errors)}`);
  }
  const events = async (): Promise<string> => {
    const out = join(scratch, `log-${Date.now()}.jsonl`);
    await run(process.execPath, [resolve('dist/apps/cli/src/main.js'), 'export', '--out', out], {
      env: { ...process.env, LEDGER_DATA_DIR: sut.dataDir, LOG_LEVEL: 'silent' },
      maxBuffer: 2 ** 24,
    });
    return readFileSync(out, 'utf8');
  };

  beforeAll(async () => {
    sut = await startTestApp({
      LEDGER_CHECKPOINT_EVERY: '1',
      LEDGER_CHECKPOINT_SECONDS: '1',
      RATE_LIMIT_SIGN_IN: String(REFUSALS_PER_MINUTE),
    });
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    sessions = sut.server.app.get(SessionStore);
    const joined = { occurredAt: '2024-09-01T08:30:00.000Z' };
    await must('head', 'registerSetting', {
      name: 'Elm Grove School',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: '2024-09-01T08:00:00.000Z',
    });
    await must('head', 'joinStaff', { staffId: 'head-1', name: 'The Head', roles: ['head'], jobTitle: 'Headteacher', ...joined });
    await must('head', 'joinStaff', { staffId: 'dsl-1', name: 'The DSL', roles: ['dsl'], jobTitle: 'DSL', ...joined });
    await must('head', 'joinStaff', { staffId: 'staff-1', name: 'A Teacher', roles: ['staff'], jobTitle: 'Teacher', ...joined });
    for (const transferId of ['tr-ext', 'tr-old'])
      await must('dsl', 'sendChildProtectionFile', {
        transferId,
        pupilId: `pupil-${transferId}`,
        leftOn: '2025-02-07',
        toSchoolName: 'Birch Lane School',
        occurredAt: '2025-02-10T09:00:00.000Z',
      });
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('should give the DSL a link that downloads the package once, then take the receipt by name', async () => {
    const issued = await fetch(`${sut.url}/transfer/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieOf(principal('dsl-1', 'dsl')) },
      body: JSON.stringify({ tenantId: A, transferId: 'tr-ext' }),
    });
    expect(issued.status).toBe(201);
    const { url, receiptUrl, expiresAt } = (await issued.json()) as { url: string; receiptUrl: string; expiresAt: string };
    expect(receiptUrl).toBe(`${url}/receipt`);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6 * 86_400_000);

    // The package is built over a signed checkpoint; until one covers the transfer the link stays unused.
    let first = await get(url);
    for (let tries = 0; first.status === 503 && tries < 40; tries++) {
      await new Promise((r) => setTimeout(r, 250));
      first = await get(url);
    }
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(verifyTransferPackage(bytes).every((c) => c.ok)).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ transferId: 'tr-ext', toSettingId: null });

    const second = await get(url);
    expect(second.status).toBe(410);
    expect(await codeOf(second)).toBe('CPTRANSFER.LINK_NOT_VALID');

    const form = await get(`${url}/receipt`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="receivedBy"');
    const blank = await fetch(`${url}/receipt`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'receivedBy=',
    });
    expect(blank.status).toBe(400);
    const confirmed = await fetch(`${url}/receipt`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ receivedBy: 'Sam Rivers' }).toString(),
    });
    expect(confirmed.status).toBe(201);
    expect(await codeOf(confirmed)).toBe('CPTRANSFER.RECEIVED');
    const again = await get(`${url}/receipt`);
    expect(await codeOf(again)).toBe('CPTRANSFER.ALREADY_RECEIVED');

    const log = await events();
    expect(log).toContain('"ChildProtectionFileLinkIssued"');
    expect(log).toContain('"ChildProtectionFileDownloaded"');
    expect(log).toMatch(
      /"ChildProtectionFileReceived".*"receivedBy":"Sam Rivers".*"route":"link"|"ChildProtectionFileReceived".*"route":"link".*"receivedBy":"Sam Rivers"/,
    );
    // The token itself is never recorded, only its hash.
    const token = url.split('/transfer/')[1]!;
    expect(log).not.toContain(token);
    expect(log).toContain(createHash('sha256').update(token).digest('hex'));
  }, 60_000);

  it('should let a member of staff issue no link', async () => {
    const refused = await fetch(`${sut.url}/transfer/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieOf(principal('staff-1', 'staff')) },
      body: JSON.stringify({ tenantId: A, transferId: 'tr-old' }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
  });

  it('should hand the DSL the day-one pack as a zip and record it, and refuse staff', async () => {
    const pack = await get(`${sut.url}/reports/day-one.zip?tenantId=${A}`, { cookie: await cookieOf(principal('dsl-1', 'dsl')) });
    expect(pack.status).toBe(200);
    expect(pack.headers.get('content-type')).toBe('application/zip');
    const zip = join(scratch, 'pack.zip');
    writeFileSync(zip, Buffer.from(await pack.arrayBuffer()));
    const listing = await run('unzip', ['-l', zip]);
    expect(listing.stdout).toContain('index.html');
    expect(listing.stdout).toContain('checkpoint.json');
    expect(await events()).toContain('"DayOnePackGenerated"');

    const staff = await get(`${sut.url}/reports/day-one.zip?tenantId=${A}`, { cookie: await cookieOf(principal('staff-1', 'staff')) });
    expect(staff.status).toBe(403);
    expect(((await staff.json()) as { code: string }).code).toBe('FORBIDDEN');
    expect((await get(`${sut.url}/reports/day-one.zip?tenantId=${A}`)).status).toBe(401);
  }, 60_000);

  it('should refuse an expired link and an unknown one, then limit the address that keeps guessing', async () => {
    // A link issued (through the API, with the hash, as the route does) to expire in a second, and then waited out.
    const expired = `${A}.tr-old.${randomBytes(32).toString('base64url')}`;
    await must('dsl', 'issueChildProtectionFileLink', {
      transferId: 'tr-old',
      tokenHash: createHash('sha256').update(expired).digest('hex'),
      expiresAt: new Date(Date.now() + 1_000).toISOString(),
    });
    await new Promise((r) => setTimeout(r, 1_500));
    const old = await get(`${sut.url}/transfer/${expired}`);
    expect(old.status).toBe(410);
    expect(await codeOf(old)).toBe('CPTRANSFER.LINK_NOT_VALID');
    const unknown = await get(`${sut.url}/transfer/${A}.tr-old.${randomBytes(32).toString('base64url')}`);
    expect(unknown.status).toBe(410);
    expect(await codeOf(unknown)).toBe('CPTRANSFER.LINK_NOT_VALID');
    // Refused tokens count (sign-in links' limit): within a few more guesses the address is turned away.
    const answers: number[] = [];
    for (let i = 0; i < 2 * REFUSALS_PER_MINUTE + 2 && !answers.includes(429); i++)
      answers.push((await get(`${sut.url}/transfer/nonsense-${i}`)).status);
    expect(answers).toContain(429);
    const limited = await get(`${sut.url}/transfer/nonsense`);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { code: string }).code).toBe('RATE_LIMITED');
  });
});
