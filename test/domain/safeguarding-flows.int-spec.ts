import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { openLedger, type LedgerRuntime } from '@ledger/ledger';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { chainProblems, collect } from '@ledger/testing';
import { createDomainContext, PERSONAL_DATA } from '../../apps/api/src/index.js';

const T = 'riverside-ap';
let n = 0;
const meta = (actorId: string, role: string, occurredAt: string) => ({
  commandId: `flow-${++n}`,
  tenantId: T,
  actor: { id: actorId, role },
  occurredAt,
});

describe('Safeguarding flows through the command bus into a real SQLite ledger', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-flows-'));
  let runtime: LedgerRuntime;
  let app: INestApplicationContext;
  let bus: CommandBus;

  beforeAll(async () => {
    runtime = await openLedger(
      { store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') },
      { personalData: PERSONAL_DATA },
    );
    app = await createDomainContext(runtime);
    bus = app.get(CommandBus);
    await bus.execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name: 'Riverside AP Centre',
        settingKind: 'alternative_provision',
        localAuthority: 'Northshire',
        ...meta('trust-admin', 'trust_admin', '2023-09-01T08:00:00.000Z'),
      }),
    );
    for (const [staffId, name, roles] of [
      ['dsl-priya', 'Priya Raman', ['dsl']],
      ['teacher-tom', 'Tom Whitlock', ['staff']],
      ['ta-lena', 'Lena Kowalczyk', ['staff']],
    ] as const) {
      await bus.execute(
        PEOPLE_CATALOGUE.execute({
          kind: 'JoinStaff',
          staffId,
          name,
          roles: [...roles],
          jobTitle: roles[0],
          ...meta('head-1', 'head', '2023-09-01T09:00:00.000Z'),
        }),
      );
    }
    await bus.execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterPupilReference',
        pupilId: 'p-101',
        reference: 'RAP-0101',
        dateOfBirth: '2009-05-14',
        yearGroup: 'Year 11',
        ...meta('dsl-priya', 'dsl', '2023-09-04T09:00:00.000Z'),
      }),
    );
  });

  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should record a whole incident in order, chained, with the child’s words as ciphertext at rest', async () => {
    const incident = { incidentId: 'inc-2024-007' };
    const words = 'He said he would post the picture if I did not send another';
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'ReportIncident',
        ...incident,
        category: 'sexting',
        involvedPupilIds: ['p-101'],
        narrative: 'Pupil disclosed pressure to send images',
        childsWords: words,
        ...meta('teacher-tom', 'staff', '2024-02-05T10:15:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'TriageIncident',
        ...incident,
        decision: 'refer',
        rationale: 'Possible sextortion: police referral',
        ...meta('dsl-priya', 'dsl', '2024-02-05T11:00:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'EscalateIncident',
        ...incident,
        escalationId: 'esc-1',
        agency: 'police',
        reference: 'CAD-240205-113',
        ...meta('dsl-priya', 'dsl', '2024-02-05T11:30:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'PreserveEvidence',
        ...incident,
        evidenceId: 'ev-1',
        sha256: 'c'.repeat(64),
        heldAt: 'Sealed envelope, DSL safe',
        description: 'Screenshots of the messages',
        ...meta('dsl-priya', 'dsl', '2024-02-05T11:40:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'InformParents',
        ...incident,
        method: 'phone',
        ...meta('dsl-priya', 'dsl', '2024-02-05T12:00:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'RecordEscalationOutcome',
        ...incident,
        escalationId: 'esc-1',
        outcome: 'Police investigating; no further school action',
        ...meta('dsl-priya', 'dsl', '2024-03-01T09:00:00.000Z'),
      }),
    );
    await bus.execute(
      INCIDENT_CATALOGUE.execute({
        kind: 'CloseIncident',
        ...incident,
        outcome: 'Referred to police; support plan in place',
        ...meta('dsl-priya', 'dsl', '2024-03-01T09:30:00.000Z'),
      }),
    );

    const stream = `incident-${T}.inc-2024-007`;
    const stored = await collect(runtime.store.readStream(stream));
    expect(stored.map((e) => e.type)).toEqual([
      'IncidentReported',
      'IncidentTriaged',
      'IncidentEscalated',
      'EvidencePreserved',
      'ParentsInformed',
      'EscalationOutcomeRecorded',
      'IncidentClosed',
    ]);
    expect(chainProblems(stored)).toEqual([]);
    expect(stored[0]!.data.childsWords).toMatchObject({ $personal: 1, subject: 'p-101' });
    const bytes = Buffer.concat(
      ['ledger.sqlite', 'ledger.sqlite-wal']
        .map((f) => join(dataDir, f))
        .filter(existsSync)
        .map((f) => readFileSync(f)),
    );
    expect(bytes.includes(Buffer.from(words))).toBe(false);
    const [read] = await collect(runtime.ledger.readStream(stream));
    expect(read!.data.childsWords).toBe(words);

    await expect(
      bus.execute(
        INCIDENT_CATALOGUE.execute({
          kind: 'InformParents',
          ...incident,
          method: 'letter',
          ...meta('dsl-priya', 'dsl', '2024-03-02T09:00:00.000Z'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'INCIDENT.CLOSED' });
    expect(await collect(runtime.store.readStream(stream))).toHaveLength(7);
  });

  it('should record a whole search with confiscation and release, witness checked against the staff list', async () => {
    const search = { searchId: 'srch-2024-003' };
    await expect(
      bus.execute(
        SEARCHES_CATALOGUE.execute({
          kind: 'ConductSearch',
          ...search,
          pupilId: 'p-101',
          searcherId: 'teacher-tom',
          witnessId: 'nobody',
          place: 'Pastoral office',
          grounds: 'g',
          soughtItems: ['phone'],
          found: 'phone',
          suspectedIndecentImage: false,
          dslInformed: true,
          ...meta('teacher-tom', 'staff', '2024-04-10T13:00:00.000Z'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'STAFF.NOT_CURRENT' });
    await bus.execute(
      SEARCHES_CATALOGUE.execute({
        kind: 'ConductSearch',
        ...search,
        pupilId: 'p-101',
        searcherId: 'teacher-tom',
        witnessId: 'ta-lena',
        place: 'Pastoral office',
        grounds: 'Seen filming another pupil in the toilets',
        soughtItems: ['mobile phone'],
        found: 'Mobile phone',
        suspectedIndecentImage: false,
        dslInformed: true,
        ...meta('teacher-tom', 'staff', '2024-04-10T13:05:00.000Z'),
      }),
    );
    await bus.execute(
      SEARCHES_CATALOGUE.execute({
        kind: 'ConfiscateDevice',
        ...search,
        deviceId: 'dev-1',
        description: 'Blue phone in black case',
        heldAt: 'Office safe',
        ...meta('teacher-tom', 'staff', '2024-04-10T13:10:00.000Z'),
      }),
    );
    await bus.execute(
      SEARCHES_CATALOGUE.execute({
        kind: 'DeleteDeviceData',
        ...search,
        deviceId: 'dev-1',
        witnessId: 'ta-lena',
        goodReason: 'Video of another pupil would cause distress if shared',
        contentCategory: 'video of another pupil',
        ...meta('teacher-tom', 'staff', '2024-04-10T13:20:00.000Z'),
      }),
    );
    await bus.execute(
      SEARCHES_CATALOGUE.execute({ kind: 'InformParentsOfSearch', ...search, ...meta('dsl-priya', 'dsl', '2024-04-10T14:00:00.000Z') }),
    );
    await bus.execute(
      SEARCHES_CATALOGUE.execute({
        kind: 'ReleaseDeviceToParent',
        ...search,
        deviceId: 'dev-1',
        releasedTo: 'Ms Adeyemi (mother)',
        ...meta('dsl-priya', 'dsl', '2024-04-10T16:00:00.000Z'),
      }),
    );
    await bus.execute(
      SEARCHES_CATALOGUE.execute({
        kind: 'CompleteSearch',
        ...search,
        outcome: 'returned',
        ...meta('dsl-priya', 'dsl', '2024-04-10T16:05:00.000Z'),
      }),
    );

    const stored = await collect(runtime.store.readStream(`search-${T}.srch-2024-003`));
    expect(stored.map((e) => e.type)).toEqual([
      'SearchConducted',
      'DeviceConfiscated',
      'DeviceDataDeleted',
      'ParentsInformedOfSearch',
      'DeviceReleasedToParent',
      'SearchCompleted',
    ]);
    expect(chainProblems(stored)).toEqual([]);
    expect(stored[0]!.data.grounds).toMatchObject({ $personal: 1 });
    expect(stored[4]!.data.releasedTo).toMatchObject({ $personal: 1 });
  });
});
