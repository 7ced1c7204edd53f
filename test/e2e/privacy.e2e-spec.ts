import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { eventLeaf, exportLog, isEncryptedField, verifyConsistency, verifyInclusion, verifyLog } from '@ledger/ledger';
import { toPrivacyStreamId } from '@ledger/privacy';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '@ledger/testing';

/**
 * Privacy and the law over HTTP, on SQLite and on PostgreSQL: a withdrawn photo consent erased;
 * an allegation found malicious erased while the member of staff's other records stay; a legal
 * hold blocking a child-protection file's erasure at the end of its retention, then lifted; a
 * subject access export withholding another pupil's words; every proof still verifying, in the
 * store and in an export; and an erasure interrupted by a crash completed on restart.
 */
const T = 'brook-academy';
const CLI = resolve('dist/apps/cli/src/main.js');
const run = promisify(execFile);
const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
const PEOPLE = {
  head: { sub: 'head-1', role: 'head' },
  dsl: { sub: 'dsl-1', role: 'dsl' },
  teacher: { sub: 'teacher-1', role: 'staff' },
  auditor: { sub: 'auditor-1', role: 'auditor' },
} as const satisfies Record<string, { sub: string; role: Role }>;
type Who = keyof typeof PEOPLE;
type Body = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** A date of birth 25 years and 60 days ago: a child-protection file whose retention (DOB + 25 years) has ended. */
function longAgoBirth(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 25);
  d.setUTCDate(d.getUTCDate() - 60);
  return d.toISOString().slice(0, 10);
}

const STORES: Array<[string, () => Promise<{ env: Record<string, string>; drop?: () => Promise<void> }>]> = [
  ['SQLite', async () => ({ env: {} })],
  [
    'PostgreSQL',
    async () => {
      const database: TestDatabase = await createTestDatabase();
      return { env: { LEDGER_STORE: 'postgres', DATABASE_URL: database.url }, drop: () => database.drop() };
    },
  ],
];

describe.each(STORES)('privacy and the law over the API on %s', (storeName, makeStore) => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-privacy-'));
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  let sut: TestApp;
  const tokens = new Map<Who, string>();

  const call = async (who: Who, query: string, variables?: Record<string, unknown>): Promise<Body> =>
    ((await sut.graphql(query, variables, { authorization: `Bearer ${tokens.get(who)}` })) as { body: Body }).body;
  const ask = async (who: Who, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> => {
    const body = await call(who, query, variables);
    if (body.errors) throw new Error(`${who}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const mutate = (who: Who, mutation: string, input: Record<string, unknown>) => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    return call(who, `mutation($input: ${type}!) { ${mutation}(input: $input) { id events { id type position } } }`, {
      input: { tenantId: T, ...input },
    });
  };
  const runOk = async (who: Who, mutation: string, input: Record<string, unknown>) => {
    const body = await mutate(who, mutation, input);
    if (body.errors) throw new Error(`${mutation}: ${JSON.stringify(body.errors)}`);
    return body.data![mutation] as { id: string; events: Array<{ id: string; type: string; position: string }> };
  };
  const refused = async (who: Who, mutation: string, input: Record<string, unknown>) =>
    (await mutate(who, mutation, input)).errors?.[0]?.extensions?.code;
  const trail = async (kind: string, id: string) =>
    (
      await ask(
        'head',
        `{ evidenceTrail(tenantId: "${T}", subjectKind: ${kind}, subjectId: "${id}", first: 200) { edges { node { type data position } } } }`,
      )
    ).evidenceTrail.edges.map((e: { node: { type: string; data: Record<string, unknown>; position: string } }) => e.node);
  const start = async () => {
    sut = await startTestApp({ ...env, LEDGER_DATA_DIR: dir });
    const key = (await loadLocalSigningKey(dir, { create: true }))!;
    for (const [who, p] of Object.entries(PEOPLE) as Array<[Who, (typeof PEOPLE)[Who]]>)
      tokens.set(who, await mintLocalToken(key, { subject: p.sub, role: p.role, tenants: [T], ttl: '1h' }));
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    const store = await makeStore();
    drop = store.drop;
    env = {
      ...store.env,
      LEDGER_MASTER_KEY: randomBytes(32).toString('base64'),
      LEDGER_CHECKPOINT_EVERY: '5',
      LEDGER_CHECKPOINT_SECONDS: '1',
    };
    await start();
    await runOk('head', 'registerSetting', {
      name: 'Brook Academy',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: at('2024-09-01', '08:00'),
    });
    for (const [staffId, role] of [
      ['head-1', 'head'],
      ['dsl-1', 'dsl'],
      ['teacher-1', 'staff'],
      ['teacher-2', 'staff'],
    ] as const)
      await runOk('head', 'joinStaff', {
        staffId,
        name: `Name of ${staffId}`,
        roles: [role],
        jobTitle: role,
        occurredAt: at('2024-09-01', '08:30'),
      });
    for (const [pupilId, dateOfBirth] of [
      ['pupil-a', '2012-03-01'],
      ['pupil-b', '2012-05-01'],
      ['pupil-old', longAgoBirth()],
    ])
      await runOk('dsl', 'registerPupilReference', {
        pupilId,
        reference: `REF-${pupilId}`,
        dateOfBirth,
        yearGroup: 'Year 8',
        occurredAt: at('2024-09-02'),
      });
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should erase a withdrawn photo consent so that it reads as erased everywhere, the pupil’s other records intact', async () => {
    await runOk('head', 'draftDocument', {
      documentId: 'photo-consent',
      title: 'Photograph consent form',
      documentKind: 'consent_form',
      statutory: false,
      acknowledgedBy: [],
      occurredAt: at('2024-09-03'),
    });
    await runOk('dsl', 'publishVersion', {
      documentId: 'photo-consent',
      version: '2024.1',
      contentHash: 'a'.repeat(64),
      occurredAt: at('2024-09-03', '10:00'),
    });
    const given = await runOk('dsl', 'giveConsent', {
      documentId: 'photo-consent',
      version: '2024.1',
      consent: 'photographs',
      pupilId: 'pupil-a',
      givenBy: 'Mrs Parent-of-A',
      occurredAt: at('2024-09-04'),
    });
    const target = { recordKind: 'consent', personId: 'pupil-a', documentId: 'photo-consent', consent: 'photographs' };
    expect(await refused('dsl', 'eraseSubject', { ...target, basis: 'consent_withdrawn' })).toBe('ERASURE.CONSENT_NOT_WITHDRAWN');
    await runOk('dsl', 'withdrawConsent', {
      documentId: 'photo-consent',
      consent: 'photographs',
      pupilId: 'pupil-a',
      occurredAt: at('2024-10-01'),
    });
    expect(await refused('teacher', 'eraseSubject', { ...target, basis: 'consent_withdrawn' })).toBe('FORBIDDEN');

    const erased = await runOk('dsl', 'eraseSubject', { ...target, basis: 'consent_withdrawn' });
    expect(erased.events.map((e) => e.type)).toEqual(['SubjectErased']);
    const consentEvent = (await trail('document', 'photo-consent')).find((e: { type: string }) => e.type === 'ConsentGiven');
    expect(consentEvent.data.givenBy).toMatchObject({
      $erased: true,
      subject: 'consent~photo-consent~photographs~pupil-a',
      person: 'pupil-a',
    });
    const registered = (await trail('pupil', 'pupil-a')).find((e: { type: string }) => e.type === 'PupilReferenceRegistered');
    expect(registered.data.reference).toBe('REF-pupil-a');
    // The raw events an auditor reads say the same.
    const raw = await ask('auditor', `{ events(tenantId: "${T}", first: 200) { edges { node { position type data } } } }`);
    const rawConsent = raw.events.edges.find((e: { node: { position: string } }) => e.node.position === given.events[0]!.position).node;
    expect(rawConsent.data.givenBy.$erased).toBe(true);
    // A second erasure of the same consent is refused, and nothing is recorded.
    expect(await refused('dsl', 'eraseSubject', { ...target, basis: 'consent_withdrawn' })).toBe('ERASURE.ALREADY_ERASED');
  });

  it('should erase an allegation concluded malicious, keeping the member of staff’s other records', async () => {
    const reported = await runOk('teacher', 'reportIncident', {
      category: 'misuse_by_staff',
      involvedPupilIds: ['pupil-b'],
      aboutStaffId: 'teacher-2',
      narrative: 'A pupil says teacher-2 shared a private message',
      occurredAt: at('2024-11-04'),
    });
    const target = { recordKind: 'allegation', personId: 'teacher-2', incidentId: reported.id };
    expect(await refused('head', 'eraseSubject', { ...target, basis: 'malicious_allegation' })).toBe('ERASURE.NOT_MALICIOUS');
    await runOk('head', 'recordAllegationOutcome', { incidentId: reported.id, outcome: 'malicious', occurredAt: at('2024-11-20') });
    await runOk('head', 'eraseSubject', { ...target, basis: 'malicious_allegation' });

    const incident = (await trail('incident', reported.id)).find((e: { type: string }) => e.type === 'IncidentReported');
    expect(incident.data.narrative).toMatchObject({ $erased: true, subject: `allegation~${reported.id}`, person: 'teacher-2' });
    const staff = (await trail('staff', 'teacher-2')).find((e: { type: string }) => e.type === 'StaffMemberJoined');
    expect(staff.data.name).toBe('Name of teacher-2');
  });

  it('should refuse the retention erasure of a held pupil’s file, then allow it (with a second person) once the hold is lifted', async () => {
    const file = { recordKind: 'child_protection_file', personId: 'pupil-old' };
    expect(
      await refused('dsl', 'eraseSubject', { recordKind: 'child_protection_file', personId: 'pupil-a', basis: 'retention_expired' }),
    ).toBe('ERASURE.RETENTION_NOT_EXPIRED');
    const hold = await runOk('head', 'placeLegalHold', {
      scope: 'pupil',
      scopeId: 'pupil-old',
      reason: 'Public inquiry',
      reference: 'IICSA-2025-17',
    });
    const review = (
      await ask(
        'dsl',
        `{ retentionReview(tenantId: "${T}") { on rows { unitId recordKind ruleVersion endedOn status holdId } holds { holdId scopeId } } }`,
      )
    ).retentionReview;
    expect(review.rows).toEqual([
      expect.objectContaining({
        unitId: 'pupil-old',
        recordKind: 'child_protection_file',
        ruleVersion: 0,
        status: 'held',
        holdId: hold.id,
      }),
    ]);
    expect(review.holds).toEqual([{ holdId: hold.id, scopeId: 'pupil-old' }]);
    expect(await refused('dsl', 'eraseSubject', { ...file, basis: 'retention_expired' })).toBe('ERASURE.LEGAL_HOLD');

    await runOk('head', 'liftLegalHold', { holdId: hold.id, reason: 'Inquiry closed' });
    const requested = await runOk('dsl', 'eraseSubject', { ...file, basis: 'retention_expired' });
    expect(requested.events.map((e) => e.type)).toEqual(['ErasureRequested']);
    expect((await trail('pupil', 'pupil-old')).find((e: { type: string }) => e.type === 'PupilReferenceRegistered').data.reference).toBe(
      'REF-pupil-old',
    );
    expect(await refused('dsl', 'confirmErasure', { erasureId: requested.id })).toBe('ERASURE.SECOND_PERSON_REQUIRED');
    const confirmed = await runOk('head', 'confirmErasure', { erasureId: requested.id });
    expect(confirmed.events.map((e) => e.type)).toEqual(['SubjectErased']);
    const registered = (await trail('pupil', 'pupil-old')).find((e: { type: string }) => e.type === 'PupilReferenceRegistered');
    expect(registered.data.reference).toMatchObject({ $erased: true });
    expect(registered.data.dateOfBirth).toMatchObject({ $erased: true });
  });

  it('should export what is held about a pupil, withholding another pupil’s words, and record the export', async () => {
    await runOk('teacher', 'reportIncident', {
      category: 'cyberbullying',
      involvedPupilIds: ['pupil-a', 'pupil-b'],
      narrative: 'pupil-a was sent unkind messages',
      childsWords: 'It was B who posted the photo of me',
      occurredAt: at('2024-12-02'),
    });
    const query = (subjectId: string) =>
      `{ subjectAccessExport(tenantId: "${T}", subjectId: "${subjectId}") { exportId subjectId entries { type data withheld } html } }`;
    expect((await call('teacher', query('pupil-b'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forB = (await ask('head', query('pupil-b'))).subjectAccessExport;
    const aboutB = forB.entries.find(
      (e: { type: string; data: { category?: string } }) => e.type === 'IncidentReported' && e.data.category === 'cyberbullying',
    );
    expect(aboutB.data.childsWords).toEqual({ $withheld: 'another_person' });
    expect(aboutB.data.narrative).toEqual({ $withheld: 'another_person' });
    expect(aboutB.data.involvedPupilIds).toEqual([{ $withheld: 'another_person' }, 'pupil-b']);
    expect(aboutB.withheld).toEqual(expect.arrayContaining(['narrative', 'childsWords', 'involvedPupilIds[0]']));
    expect(JSON.stringify(forB)).not.toContain('It was B who posted');
    expect(forB.entries.some((e: { type: string }) => e.type === 'PupilReferenceRegistered')).toBe(true);
    expect(forB.html).toContain('withheld: another person’s information');

    const forA = (await ask('dsl', query('pupil-a'))).subjectAccessExport;
    const aboutA = forA.entries.find(
      (e: { type: string; data: { category?: string } }) => e.type === 'IncidentReported' && e.data.category === 'cyberbullying',
    );
    expect(aboutA.data.childsWords).toBe('It was B who posted the photo of me');
    // Recorded in the ledger: who, for whom; never the content.
    const recorded = [];
    for await (const e of sut.server.runtime.store.readAll({ tenantId: T, types: ['SubjectAccessExported'] })) recorded.push(e);
    expect(recorded.map((e) => [e.data.subjectId, e.meta.actor.id])).toEqual([
      ['pupil-b', 'head-1'],
      ['pupil-a', 'dsl-1'],
    ]);
    expect(JSON.stringify(recorded)).not.toContain('posted');
  });

  // The command line runs the same catalogue entries and application code on either store; each
  // CLI start costs seconds on a busy CI machine, so it is driven once, against SQLite.
  if (storeName === 'SQLite')
    it('should erase, review retention and export subject access from the command line (ledger erase, retention review, subject-access)', async () => {
      await runOk('dsl', 'giveConsent', {
        documentId: 'photo-consent',
        version: '2024.1',
        consent: 'internet_use',
        pupilId: 'pupil-a',
        givenBy: 'Mr Parent-of-A',
        occurredAt: at('2024-09-05'),
      });
      await runOk('dsl', 'withdrawConsent', {
        documentId: 'photo-consent',
        consent: 'internet_use',
        pupilId: 'pupil-a',
        occurredAt: at('2024-10-02'),
      });
      const cliEnv = { ...process.env, ...env, LEDGER_DATA_DIR: dir, LOG_LEVEL: 'silent' };
      const cli = (...args: string[]) => run(process.execPath, [CLI, ...args], { env: cliEnv });
      const consent = [
        '--tenant',
        T,
        '--kind',
        'consent',
        '--person',
        'pupil-a',
        '--document',
        'photo-consent',
        '--consent',
        'internet_use',
      ];
      const erased = await cli('erase', ...consent, '--basis', 'consent_withdrawn', '--actor', 'dsl-1', '--role', 'dsl');
      expect(erased.stdout).toMatch(/SubjectErased at position \d+/);
      // The running API reads the erasure made by another process within the vault's recheck interval.
      await new Promise((r) => setTimeout(r, 2100));
      const given = (await trail('document', 'photo-consent')).filter((e: { type: string }) => e.type === 'ConsentGiven');
      expect(given.map((e: { data: { givenBy: unknown } }) => e.data.givenBy)).toEqual([
        expect.objectContaining({ $erased: true }),
        expect.objectContaining({ $erased: true }),
      ]);

      const review = JSON.parse((await cli('retention', 'review', '--tenant', T)).stdout) as {
        rows: Array<{ unitId: string; ruleVersion: number }>;
      };
      expect(review.rows.map((r) => r.unitId)).not.toContain('consent~photo-consent~internet_use~pupil-a');
      const out = join(dir, 'sar-pupil-b.json');
      const sar = await cli('subject-access', '--tenant', T, '--subject', 'pupil-b', '--out', out, '--actor', 'head-1', '--role', 'head');
      expect(sar.stdout).toMatch(/^Wrote \d+ records about pupil-b/);
      expect(JSON.parse(readFileSync(out, 'utf8')).subjectId).toBe('pupil-b');
      const html = readFileSync(join(dir, 'sar-pupil-b.html'), 'utf8');
      expect(html).toContain('withheld: another person’s information');
      expect(html).not.toContain('It was B who posted');
      expect(html).not.toMatch(/<script|style=/);
    }, 60_000);

  it('should count erasures by basis in the governors’ report (small numbers suppressed)', async () => {
    const year = new Date().getUTCMonth() >= 8 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const report = (await ask('head', `{ governorReport(tenantId: "${T}", academicYear: ${year}) { erasuresByBasis { key count } } }`))
      .governorReport;
    expect(report.erasuresByBasis).toEqual(
      expect.arrayContaining([
        { key: 'consent_withdrawn', count: 'fewer than 3' },
        { key: 'malicious_allegation', count: 'fewer than 3' },
        { key: 'retention_expired', count: 'fewer than 3' },
      ]),
    );
  });

  it('should keep every hash, chain, checkpoint, inclusion and consistency proof valid after the erasures, in the store and in an export without destroyed keys', async () => {
    const report = await verifyLog(sut.server.runtime.store.readAll());
    expect(report.problem).toBeUndefined();
    // Wait for a checkpoint that covers the whole log, then prove the erased consent's event in it.
    const head = Number(await sut.server.runtime.store.headPosition());
    let checkpoint: { treeSize: number; root: string } | undefined;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      checkpoint = (await ask('auditor', `{ latestCheckpoint(tenantId: "${T}") { treeSize root } }`)).latestCheckpoint;
      if (checkpoint && checkpoint.treeSize >= head) break;
    }
    expect(checkpoint!.treeSize).toBeGreaterThanOrEqual(head);
    const erasedIds: string[] = [];
    for await (const e of sut.server.runtime.store.readAll({
      tenantId: T,
      types: ['ConsentGiven', 'PupilReferenceRegistered', 'IncidentReported'],
    }))
      erasedIds.push(e.id);
    for (const eventId of erasedIds) {
      const proof = (
        await ask(
          'auditor',
          `{ inclusionProof(tenantId: "${T}", eventId: "${eventId}", treeSize: ${checkpoint!.treeSize}) { eventHash leafIndex treeSize auditPath } }`,
        )
      ).inclusionProof;
      const path = proof.auditPath.map((h: string) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(eventLeaf(proof.eventHash), proof.leafIndex, proof.treeSize, path, Buffer.from(checkpoint!.root, 'hex'))).toBe(
        true,
      );
    }
    const first = (await ask('auditor', `{ checkpoints(tenantId: "${T}") { treeSize root } }`)).checkpoints[0];
    const consistency = (
      await ask('auditor', `{ consistencyProof(tenantId: "${T}", fromSize: ${first.treeSize}, toSize: ${checkpoint!.treeSize}) { proof } }`)
    ).consistencyProof;
    expect(
      verifyConsistency(
        first.treeSize,
        checkpoint!.treeSize,
        consistency.proof.map((h: string) => Buffer.from(h, 'hex')),
        Buffer.from(first.root, 'hex'),
        Buffer.from(checkpoint!.root, 'hex'),
      ),
    ).toBe(true);

    // ledger export --with-keys: a destroyed key travels as a tombstone with no key material; the export verifies.
    const file = join(dir, 'export.jsonl');
    await exportLog(sut.server.runtime.store, file, { keys: sut.server.runtime.keys, keysFile: `${file}.keys.jsonl` });
    const keys = readFileSync(`${file}.keys.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { subjectId: string; wrappedKey: string | null });
    for (const unit of ['consent~photo-consent~photographs~pupil-a', 'pupil-old'])
      expect(keys.find((k) => k.subjectId === unit)).toMatchObject({ wrappedKey: null });
    expect(keys.find((k) => k.subjectId === 'pupil-a')!.wrappedKey).toEqual(expect.any(String));
    const verified = await run(process.execPath, [CLI, 'verify', '--export', file], {
      env: { ...process.env, ...env, LEDGER_DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    expect(verified.stdout).toMatch(/^OK: \d+ events/);
    process.stdout.write(`[${storeName}] ledger verify --export after erasures: ${verified.stdout}`);
  }, 60_000);

  it('should complete an erasure recorded just before a crash when the ledger starts again', async () => {
    // The crash: SubjectErased is in the log, but the process died before the key was destroyed.
    const ledger = sut.server.runtime.ledger;
    const head = await sut.server.runtime.store.streamHead(toPrivacyStreamId(T));
    await ledger.append(toPrivacyStreamId(T), head!.revision, [
      {
        type: 'SubjectErased',
        data: {
          recordKind: 'child_protection_file',
          unitId: 'pupil-b',
          personId: 'pupil-b',
          erasureId: 'crashed-erasure',
          basis: 'court_order',
          reference: 'COURT-1',
          authorisedBy: ['dsl-1', 'head-1'],
          ruleVersion: null,
        },
        meta: {
          tenantId: T,
          actor: { id: 'dsl-1', role: 'dsl' },
          occurredAt: new Date().toISOString(),
          correlationId: 'c',
          causationId: null,
        },
      },
    ]);
    expect((await trail('pupil', 'pupil-b')).find((e: { type: string }) => e.type === 'PupilReferenceRegistered').data.reference).toBe(
      'REF-pupil-b',
    );
    await sut.close();
    await start();
    const registered = (await trail('pupil', 'pupil-b')).find((e: { type: string }) => e.type === 'PupilReferenceRegistered');
    expect(registered.data.reference).toMatchObject({ $erased: true });
    const stored = [];
    for await (const e of sut.server.runtime.store.readAll({ tenantId: T, types: ['PupilReferenceRegistered'] })) stored.push(e);
    expect(stored.every((e) => isEncryptedField(e.data.reference))).toBe(true);
    expect((await verifyLog(sut.server.runtime.store.readAll())).problem).toBeUndefined();
  }, 60_000);
});
