import { CommandBus } from '@nestjs/cqrs';
import { SignJWT, generateKeyPair } from 'jose';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  loadLocalSigningKey,
  mintLocalToken,
  PERMISSIONS,
  type LocalSigningKey,
  type Operation,
} from '@ledger/access';
import { newId, ROLES, type Role } from '@ledger/kernel';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { startTestApp, type TestApp } from '@ledger/testing';

const A = 'hollins-park';
const B = 'riverside-ap';
const REGISTERED = '2024-09-01T08:00:00.000Z';

/** The people of each setting, by role; the staff id doubles as the token subject. */
const STAFF: ReadonlyArray<{ id: string; role: Role }> = [
  { id: 'head-1', role: 'head' },
  { id: 'dsl-1', role: 'dsl' },
  { id: 'slt-1', role: 'slt' },
  { id: 'teacher-1', role: 'staff' },
];

type Gql = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

describe('Access control over HTTP', () => {
  let sut: TestApp;
  let key: LocalSigningKey;

  const token = (role: Role, tenants: readonly string[] = [A], sub = `${role}-1`) =>
    mintLocalToken(key, { subject: sub, role, tenants, ttl: '10m' });

  const ask = async (query: string, bearer?: string, variables?: Record<string, unknown>): Promise<Gql> =>
    (await sut.graphql(query, variables, bearer ? { authorization: `Bearer ${bearer}` } : {})).body as Gql;

  const codeOf = (body: Gql) => body.errors?.[0]?.extensions?.code as string | undefined;

  async function seed(tenantId: string): Promise<void> {
    const bus = sut.server.app.get(CommandBus);
    const meta = (actor: { id: string; role: string }, at: string) => ({ commandId: newId(), tenantId, actor, occurredAt: at });
    await bus.execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name: tenantId,
        settingKind: 'school',
        localAuthority: 'Northshire',
        ...meta({ id: 'trust-admin-1', role: 'trust_admin' }, REGISTERED),
      } as never),
    );
    for (const person of STAFF) {
      await bus.execute(
        PEOPLE_CATALOGUE.execute({
          kind: 'JoinStaff',
          staffId: person.id,
          name: `${person.role} of ${tenantId}`,
          roles: [person.role],
          jobTitle: person.role,
          ...meta({ id: 'trust-admin-1', role: 'trust_admin' }, '2024-09-01T09:00:00.000Z'),
        } as never),
      );
    }
  }

  const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id stream viewsUpToDate events { type } } }`;
  const report = (bearer: string, tenantId = A) =>
    ask(REPORT, bearer, {
      input: { tenantId, category: 'cyberbullying', involvedPupilIds: ['pupil-7'], narrative: 'Messages in a class group chat' },
    });

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: false }))!;
    await seed(A);
    await seed(B);
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('sign-in', () => {
    const QUERY = `{ overdueReviews(tenantId: "${A}") { totalCount } }`;

    it('should answer UNAUTHENTICATED without a token', async () => {
      const body = await ask(QUERY);
      expect(codeOf(body)).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toMatch(/Bearer/);
    });

    it('should let the public ledger info through without a token', async () => {
      expect((await ask('{ ledger { version } }')).data?.ledger.version).toEqual(expect.any(String));
    });

    it('should accept a token issued a minute ahead (clock skew)', async () => {
      const ahead = await new SignJWT({ role: 'head', tenants: [A] })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('head-1')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(Math.floor(Date.now() / 1000) + 60)
        .setExpirationTime('5m')
        .sign(key.privateKey);
      expect((await ask(QUERY, ahead)).errors).toBeUndefined();
    });

    it('should accept a token minted by ledger token', async () => {
      expect((await ask(QUERY, await token('head'))).data?.overdueReviews.totalCount).toBe(0);
    });

    it.each([
      [
        'a wrong signature',
        async () => {
          const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
          return new SignJWT({ role: 'head', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('head-1')
            .setIssuer(LOCAL_ISSUER)
            .setAudience(LOCAL_AUDIENCE)
            .setExpirationTime('5m')
            .sign(other.privateKey);
        },
        /signature/,
      ],
      [
        'alg none',
        async () => {
          const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
          const exp = Math.floor(Date.now() / 1000) + 300;
          return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'head-1', role: 'head', tenants: [A], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp })}.`;
        },
        /not valid|algorithm/,
      ],
      [
        'an expired token',
        async () =>
          new SignJWT({ role: 'head', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('head-1')
            .setIssuer(LOCAL_ISSUER)
            .setAudience(LOCAL_AUDIENCE)
            .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
            .sign(key.privateKey),
        /expired/,
      ],
      [
        'a token issued ten years in the future',
        async () =>
          new SignJWT({ role: 'head', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('head-1')
            .setIssuer(LOCAL_ISSUER)
            .setAudience(LOCAL_AUDIENCE)
            .setIssuedAt(Math.floor(Date.now() / 1000) + 10 * 365 * 86_400)
            .setExpirationTime(Math.floor(Date.now() / 1000) + 10 * 365 * 86_400 + 3600)
            .sign(key.privateKey),
        /future/,
      ],
      [
        'a wrong issuer',
        async () =>
          new SignJWT({ role: 'head', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('head-1')
            .setIssuer('https://login.example.org')
            .setAudience(LOCAL_AUDIENCE)
            .setExpirationTime('5m')
            .sign(key.privateKey),
        /iss/,
      ],
      [
        'a wrong audience',
        async () =>
          new SignJWT({ role: 'head', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('head-1')
            .setIssuer(LOCAL_ISSUER)
            .setAudience('another-app')
            .setExpirationTime('5m')
            .sign(key.privateKey),
        /aud/,
      ],
      [
        'no ledger role',
        async () =>
          new SignJWT({ role: 'caretaker', tenants: [A] })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject('x')
            .setIssuer(LOCAL_ISSUER)
            .setAudience(LOCAL_AUDIENCE)
            .setExpirationTime('5m')
            .sign(key.privateKey),
        /role/,
      ],
    ])('should answer UNAUTHENTICATED for %s', async (_what, make, message) => {
      const body = await ask(QUERY, await make());
      expect(codeOf(body)).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.data ?? null).toBeNull();
    });
  });

  describe('the permission table', () => {
    const READS: ReadonlyArray<[Operation, string]> = [
      ['trainingStatus', `{ trainingStatus(tenantId: "${A}") { totalCount } }`],
      ['overdueReviews', `{ overdueReviews(tenantId: "${A}") { totalCount } }`],
      ['cpdMatrix', `{ cpdMatrix(tenantId: "${A}") { totalCount } }`],
      ['governorReport', `{ governorReport(tenantId: "${A}", academicYear: 2024) { academicYear } }`],
      ['evidenceTrail', `{ evidenceTrail(tenantId: "${A}", subjectKind: document, subjectId: "none") { totalCount } }`],
      ['events', `{ events(tenantId: "${A}", first: 1) { pageInfo { hasNextPage } } }`],
      ['readLog', `{ readLog(tenantId: "${A}") { totalCount } }`],
      ['inspectionGrants', `{ inspectionGrants(tenantId: "${A}") { grantId } }`],
      ['settingOverview', `{ settingOverview(tenantId: "${A}") { trainingPercentCompliant overdueReviews openIncidents } }`],
    ];
    const roles = ROLES.filter((r) => r !== 'inspector');

    it.each(roles.flatMap((role) => READS.map(([operation, query]) => [role, operation, query] as const)))(
      'a %s using %s is allowed exactly when the table says so',
      async (role, operation, query) => {
        const body = await ask(query, await token(role));
        const allowed = (PERMISSIONS[operation] as readonly string[]).includes(role);
        if (allowed) expect(body.errors).toBeUndefined();
        else {
          expect(codeOf(body)).toBe('FORBIDDEN');
          expect(body.errors?.[0]?.extensions?.reason).toBe('role');
        }
      },
    );

    it('should refuse a governor the evidence trail and the raw events but give the anonymised report', async () => {
      const governor = await token('governor');
      expect(codeOf(await ask(READS[4]![1], governor))).toBe('FORBIDDEN');
      expect(codeOf(await ask(READS[5]![1], governor))).toBe('FORBIDDEN');
      const body = await ask(READS[3]![1], governor);
      expect(body.data?.governorReport.academicYear).toBe('2024/25');
    });

    it('should refuse time travel to a role without it, and allow it to an auditor', async () => {
      const query = `{ overdueReviews(tenantId: "${A}", asOf: "2025-01-01") { at } }`;
      const governor = await ask(query, await token('governor'));
      expect(codeOf(governor)).toBe('FORBIDDEN');
      expect(governor.errors?.[0]?.extensions?.operation).toBe('overdueReviews');
      expect((await ask(query, await token('auditor'))).data?.overdueReviews.at).toBe('2025-01-01');
    });

    it('should let any member of staff report a concern but not triage it', async () => {
      const teacher = await token('staff', [A], 'teacher-1');
      const reported = await report(teacher);
      expect(reported.errors).toBeUndefined();
      const triage = await ask(`mutation($input: TriageIncidentInput!) { triageIncident(input: $input) { id } }`, teacher, {
        input: { tenantId: A, incidentId: reported.data?.reportIncident.id, decision: 'monitor', rationale: 'x' },
      });
      expect(codeOf(triage)).toBe('FORBIDDEN');
    });
  });

  describe('tenant isolation', () => {
    it('should refuse a token for A reading or writing B', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      expect(codeOf(await ask(`{ trainingStatus(tenantId: "${B}") { totalCount } }`, dsl))).toBe('FORBIDDEN');
      const write = await report(dsl, B);
      expect(codeOf(write)).toBe('FORBIDDEN');
      expect(write.errors?.[0]?.extensions?.reason).toBe('tenant');
    });

    it("should not reach B's incident through its id from A", async () => {
      const inB = await report(await token('dsl', [B], 'dsl-1'), B);
      const incidentId = inB.data?.reportIncident.id as string;
      const dslA = await token('dsl', [A], 'dsl-1');
      const triage = await ask(`mutation($input: TriageIncidentInput!) { triageIncident(input: $input) { id } }`, dslA, {
        input: { tenantId: A, incidentId, decision: 'monitor', rationale: 'Looks like ours' },
      });
      expect(codeOf(triage)).toBe('NOT_FOUND');
      expect(triage.errors?.[0]?.extensions?.domainCode).toBe('INCIDENT.NOT_FOUND');
      const trail = await ask(
        `{ evidenceTrail(tenantId: "${A}", subjectKind: incident, subjectId: "${incidentId}") { totalCount } }`,
        dslA,
      );
      expect(trail.data?.evidenceTrail.totalCount).toBe(0);
    });

    it('should let a trust token for both settings read each', async () => {
      const admin = await token('trust_admin', [A, B]);
      for (const tenant of [A, B]) {
        expect((await ask(`{ overdueReviews(tenantId: "${tenant}") { totalCount } }`, admin)).errors).toBeUndefined();
      }
    });
  });

  describe('inspectors', () => {
    const GRANT = `mutation($input: GrantInspectionAccessInput!) { grantInspectionAccess(input: $input) { id } }`;
    const REVOKE = `mutation($input: RevokeInspectionAccessInput!) { revokeInspectionAccess(input: $input) { id } }`;
    const TRAINING = `{ trainingStatus(tenantId: "${A}") { totalCount } }`;
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

    it('should read only while a grant recorded in the ledger is in force', async () => {
      const inspector = await token('inspector', [A], 'ofsted-hmi-42');
      const head = await token('head', [A], 'head-1');
      const before = await ask(TRAINING, inspector);
      expect(codeOf(before)).toBe('FORBIDDEN');
      expect(before.errors?.[0]?.extensions?.reason).toBe('no_grant');

      const future = await ask(GRANT, head, {
        input: {
          tenantId: A,
          inspectorId: 'ofsted-hmi-42',
          inspectorate: 'ofsted',
          validFrom: hours(24),
          validUntil: hours(48),
          purpose: 'Next week',
        },
      });
      expect(future.errors).toBeUndefined();
      expect(codeOf(await ask(TRAINING, inspector))).toBe('FORBIDDEN');

      const granted = await ask(GRANT, head, {
        input: {
          tenantId: A,
          inspectorId: 'ofsted-hmi-42',
          inspectorate: 'ofsted',
          validFrom: hours(-1),
          validUntil: hours(8),
          purpose: 'Graded inspection day 1',
        },
      });
      expect(granted.errors).toBeUndefined();
      expect((await ask(TRAINING, inspector)).errors).toBeUndefined();
      expect(codeOf(await ask(`{ trainingStatus(tenantId: "${A}") { totalCount } }`, await token('inspector', [A], 'someone-else')))).toBe(
        'FORBIDDEN',
      );

      const grants = await ask(`{ inspectionGrants(tenantId: "${A}") { grantId inForce grantedBy } }`, head);
      expect(grants.data?.inspectionGrants).toEqual(
        expect.arrayContaining([{ grantId: granted.data?.grantInspectionAccess.id, inForce: true, grantedBy: 'head-1' }]),
      );

      expect(
        (await ask(REVOKE, head, { input: { tenantId: A, grantId: granted.data?.grantInspectionAccess.id, reason: 'Inspection over' } }))
          .errors,
      ).toBeUndefined();
      expect(codeOf(await ask(TRAINING, inspector))).toBe('FORBIDDEN');
    });

    it('should refuse a grant longer than the time box with its domain code', async () => {
      const body = await ask(GRANT, await token('head', [A], 'head-1'), {
        input: {
          tenantId: A,
          inspectorId: 'isi-1',
          inspectorate: 'isi',
          validFrom: hours(0),
          validUntil: hours(24 * 30),
          purpose: 'Too long',
        },
      });
      expect(codeOf(body)).toBe('ACCESS.GRANT_TOO_LONG');
    });
  });

  describe('the read log', () => {
    it('should record every read of an incident trail, and let the DSL list them', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const incidentId = (await report(dsl)).data?.reportIncident.id as string;
      const auditor = await token('auditor', [A], 'la-auditor-3');
      const trail = await ask(
        `{ evidenceTrail(tenantId: "${A}", subjectKind: incident, subjectId: "${incidentId}") { edges { node { type data } } } }`,
        auditor,
      );
      expect(trail.data?.evidenceTrail.edges[0].node).toMatchObject({
        type: 'IncidentReported',
        data: expect.objectContaining({ narrative: 'Messages in a class group chat' }),
      });
      const log = await ask(
        `{ readLog(tenantId: "${A}", subjectId: "${incidentId}") { totalCount edges { node { readerId readerRole subjectKind view readAt } } } }`,
        dsl,
      );
      expect(log.data?.readLog.totalCount).toBe(1);
      expect(log.data?.readLog.edges[0].node).toMatchObject({
        readerId: 'la-auditor-3',
        readerRole: 'auditor',
        subjectKind: 'incident',
        view: 'evidenceTrail',
      });
      expect(codeOf(await ask(`{ readLog(tenantId: "${A}") { totalCount } }`, await token('staff', [A], 'teacher-1')))).toBe('FORBIDDEN');
    });
  });

  describe('when one request reads the same record many times', () => {
    it('should record one read per record for the request', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const incidentId = (await report(dsl)).data?.reportIncident.id as string;
      const auditor = await token('auditor', [A], 'la-auditor-4');
      // As many aliases as an operation may have (30 with the events page): the 800 of the
      // original report are now refused before they run.
      const aliases = Array.from(
        { length: 29 },
        (_, i) => `t${i}:evidenceTrail(tenantId:$t,subjectKind:incident,subjectId:$s,first:1){totalCount}`,
      );
      const events = `e:events(tenantId:$t,first:50){totalCount}`;
      const head = (await ask('{ ledger { headPosition } }')).data?.ledger.headPosition;
      const flood = await ask(`query($t:ID!,$s:ID!){${aliases.join(' ')} ${events}}`, auditor, { t: A, s: incidentId });
      expect(flood.errors).toBeUndefined();
      const log = await ask(`{ readLog(tenantId: "${A}", subjectId: "${incidentId}") { totalCount } }`, dsl);
      expect(log.data?.readLog.totalCount).toBe(1);
      const appended = BigInt((await ask('{ ledger { headPosition } }')).data?.ledger.headPosition) - BigInt(head);
      expect(appended).toBeLessThan(10n);
    });
  });

  describe('the read log of raw events', () => {
    it("should record the incidents an auditor's page of raw events touched", async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const incidentId = (await report(dsl)).data?.reportIncident.id as string;
      const auditor = await token('auditor', [A], 'la-auditor-9');
      const page = await ask(
        `{ events(tenantId: "${A}", types: ["IncidentReported"], first: 200) { edges { node { stream } } } }`,
        auditor,
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.events.edges.map((e: { node: { stream: string } }) => e.node.stream)).toContain(`incident-${A}.${incidentId}`);
      const log = await ask(
        `{ readLog(tenantId: "${A}", subjectId: "${incidentId}") { edges { node { readerId view subjectKind } } } }`,
        dsl,
      );
      expect(log.data?.readLog.edges).toEqual([{ node: { readerId: 'la-auditor-9', view: 'events', subjectKind: 'incident' } }]);
    });
  });

  describe('mutations', () => {
    it('should return after the views show the change (read your own writes)', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const QUERY = `{ governorReport(tenantId: "${A}", academicYear: ${new Date().getUTCMonth() >= 8 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1}) { incidents { total } } }`;
      const before = (await ask(QUERY, dsl)).data?.governorReport.incidents.total as string;
      for (let i = 0; i < 3; i += 1) {
        const body = await report(dsl);
        expect(body.data?.reportIncident).toMatchObject({ viewsUpToDate: true, events: [{ type: 'IncidentReported' }] });
      }
      const after = (await ask(QUERY, dsl)).data?.governorReport.incidents.total as string;
      expect(after).not.toBe(before);
      expect(Number(after)).toBeGreaterThanOrEqual(3);
    });

    it('should answer BAD_USER_INPUT naming every wrong field, and record nothing', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const head = (await ask('{ ledger { headPosition } }')).data?.ledger.headPosition;
      const body = await ask(REPORT, dsl, {
        input: {
          tenantId: A,
          occurredAt: 'last tuesday',
          category: 'cyberbullying',
          involvedPupilIds: ['pupil 7'],
          narrative: 'x',
          commandId: 'short',
        },
      });
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
      expect((body.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
        'commandId',
        'involvedPupilIds',
        'occurredAt',
      ]);
      expect((await ask('{ ledger { headPosition } }')).data?.ledger.headPosition).toBe(head);
    });

    it('should return the first result when a commandId is retried', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const input = {
        tenantId: A,
        commandId: `retry-${newId()}`,
        category: 'grooming',
        involvedPupilIds: ['pupil-9'],
        narrative: 'Contact from an adult',
      };
      const first = await ask(REPORT.replace('viewsUpToDate', 'viewsUpToDate replayed'), dsl, { input });
      const second = await ask(REPORT.replace('viewsUpToDate', 'viewsUpToDate replayed'), dsl, { input });
      expect(second.data?.reportIncident.replayed).toBe(true);
      expect(second.data?.reportIncident.stream).toBe(first.data?.reportIncident.stream);
    });
  });

  describe('idempotency keys', () => {
    const REPORT_REPLAYED = REPORT.replace('viewsUpToDate', 'viewsUpToDate replayed');
    const headPosition = async () => (await ask('{ ledger { headPosition } }')).data?.ledger.headPosition;

    it("should record another setting's command normally when it uses the same commandId", async () => {
      const commandId = `shared-${newId()}`;
      const input = { category: 'grooming', involvedPupilIds: ['pupil-9'], narrative: 'Contact from an adult', commandId };
      const inA = await ask(REPORT_REPLAYED, await token('dsl', [A], 'dsl-1'), { input: { ...input, tenantId: A } });
      const inB = await ask(REPORT_REPLAYED, await token('dsl', [B], 'dsl-1'), { input: { ...input, tenantId: B } });
      expect(inA.data?.reportIncident.replayed).toBe(false);
      expect(inB.errors).toBeUndefined();
      expect(inB.data?.reportIncident.replayed).toBe(false);
      expect(inB.data?.reportIncident.stream).toContain(`-${B}.`);
      expect(inB.data?.reportIncident.stream).not.toBe(inA.data?.reportIncident.stream);
    });

    it('should refuse a commandId sent again with other input or another mutation, recording nothing', async () => {
      const dsl = await token('dsl', [A], 'dsl-1');
      const commandId = `reused-${newId()}`;
      const input = { tenantId: A, category: 'grooming', involvedPupilIds: ['pupil-9'], narrative: 'Contact from an adult', commandId };
      expect((await ask(REPORT_REPLAYED, dsl, { input })).data?.reportIncident.replayed).toBe(false);
      const head = await headPosition();
      const otherInput = await ask(REPORT_REPLAYED, dsl, { input: { ...input, narrative: 'Something else entirely' } });
      expect(codeOf(otherInput)).toBe('COMMAND.ID_REUSED');
      const otherMutation = await ask(
        `mutation($input: RecordFilterDecisionInput!) { recordFilterDecision(input: $input) { id replayed } }`,
        await token('slt', [A], 'dsl-1'),
        { input: { tenantId: A, decision: 'allow', target: 'bbc.co.uk/bitesize', rationale: 'Curriculum resource', commandId } },
      );
      expect(codeOf(otherMutation)).toBe('COMMAND.ID_REUSED');
      expect(await headPosition()).toBe(head);
    });
  });

  describe('query limits', () => {
    it('should refuse an operation whose cost is over the limit', async () => {
      const fields = Array.from(
        { length: 10 },
        (_, i) => `a${i}: trainingStatus(tenantId: "${A}", first: 200) { edges { node { staffId courseId status expiresOn } } }`,
      );
      const { status, body } = await sut.graphql(`{ ${fields.join(' ')} }`, undefined, { authorization: `Bearer ${await token('head')}` });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/cost/i);
      const one = await sut.graphql(`{ ${fields[0]} }`, undefined, { authorization: `Bearer ${await token('head')}` });
      expect(one.status).toBe(200);
      expect(one.body.errors).toBeUndefined();
    });
  });
});
