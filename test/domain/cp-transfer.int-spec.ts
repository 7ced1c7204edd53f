import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { systemClock } from '@ledger/kernel';
import { loadSigningKey, MerkleLog, Notary, openLedger, ProofService, type LedgerRuntime } from '@ledger/ledger';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { buildTransferPackage, STATUTORY_CATALOGUE, transferPackageBytes, verifyTransferPackage } from '@ledger/statutory';
import { createDomainContext, PERSONAL_DATA } from '../../apps/api/src/index.js';

const A = 'oakfield-school';
const B = 'hillside-academy';
let n = 0;
const as = (tenantId: string, id: string, role: string, occurredAt = '2025-01-15T09:00:00.000Z') => ({
  commandId: `cp-${++n}`,
  tenantId,
  actor: { id, role },
  occurredAt,
});

/** Given two settings on one ledger and a pupil with a concern in the first. */
async function twoSettings(bus: CommandBus): Promise<void> {
  for (const [tenantId, name] of [
    [A, 'Oakfield School'],
    [B, 'Hillside Academy'],
  ] as const) {
    await bus.execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name,
        settingKind: 'school',
        localAuthority: 'Northshire',
        ...as(tenantId, 'admin', 'trust_admin', '2023-09-01T08:00:00.000Z'),
      }),
    );
    await bus.execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'JoinStaff',
        staffId: 'dsl',
        name: `DSL of ${name}`,
        roles: ['dsl'],
        jobTitle: 'DSL',
        ...as(tenantId, 'admin', 'trust_admin', '2023-09-01T09:00:00.000Z'),
      }),
    );
  }
  await bus.execute(
    PEOPLE_CATALOGUE.execute({
      kind: 'RegisterPupilReference',
      pupilId: 'p-7',
      reference: 'OAK-0007',
      dateOfBirth: '2012-05-04',
      yearGroup: 'Year 8',
      ...as(A, 'dsl', 'dsl', '2024-09-04T09:00:00.000Z'),
    }),
  );
  await bus.execute(
    INCIDENT_CATALOGUE.execute({
      kind: 'ReportIncident',
      incidentId: 'inc-1',
      category: 'cyberbullying',
      narrative: 'Messages in a group chat about p-7',
      childsWords: 'They keep posting about me',
      involvedPupilIds: ['p-7'],
      ...as(A, 'dsl', 'dsl', '2024-11-04T09:00:00.000Z'),
    }),
  );
}

describe('Child-protection file transfer between two settings on one ledger', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-cp-'));
  let runtime: LedgerRuntime;
  let app: INestApplicationContext;
  let bus: CommandBus;
  let file: string;

  beforeAll(async () => {
    runtime = await openLedger(
      { store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') },
      { personalData: PERSONAL_DATA },
    );
    app = await createDomainContext(runtime);
    bus = app.get(CommandBus);
    await twoSettings(bus);
    await bus.execute(
      STATUTORY_CATALOGUE.execute({
        kind: 'SendChildProtectionFile',
        transferId: 'tr-1',
        pupilId: 'p-7',
        leftOn: '2025-01-10',
        toSettingId: B,
        toSchoolName: null,
        ...as(A, 'dsl', 'dsl'),
      }),
    );
    const notary = new Notary(
      runtime.ledger,
      new MerkleLog(runtime.store, runtime.merkleTree),
      () => loadSigningKey(dataDir),
      { every: 1000, intervalMs: 3_600_000 },
      systemClock,
    );
    await notary.catchUpAndSign();
    const tree = new MerkleLog(runtime.store, runtime.merkleTree);
    await tree.load();
    await tree.catchUp();
    const pkg = await buildTransferPackage(runtime.ledger, new ProofService(runtime.store, tree), A, 'tr-1');
    file = join(dataDir, 'tr-1.json');
    writeFileSync(file, transferPackageBytes(pkg));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const types = async (stream: string) => {
    const out: string[] = [];
    for await (const e of runtime.store.readStream(stream)) out.push(e.type);
    return out;
  };

  it('should package the pupil’s events, each with its inclusion proof, and their personal fields for the receiver', async () => {
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    expect(pkg.records.map((r: { event: { type: string } }) => r.event.type).sort()).toEqual(
      ['ChildProtectionFileSent', 'IncidentReported', 'PupilReferenceRegistered'].sort(),
    );
    // Re-encrypted under the receiving setting's key: its vault opens them, as its own.
    const reference = pkg.records.find((r: { event: { type: string } }) => r.event.type === 'PupilReferenceRegistered').event.id;
    expect(await runtime.vault.decrypt(B, pkg.personal[reference])).toMatchObject({ reference: 'OAK-0007', dateOfBirth: '2012-05-04' });
    expect(JSON.stringify(pkg.personal)).not.toContain('OAK-0007');
  });

  it('should pass ledger verify-transfer with no database, and fail it after one byte changes', () => {
    const cli = (f: string) =>
      spawnSync(process.execPath, ['dist/apps/cli/src/main.js', 'verify-transfer', f], {
        encoding: 'utf8',
        env: { ...process.env, LEDGER_DATA_DIR: join(dataDir, 'none') },
      });
    const good = cli(file);
    expect(good.stdout).toContain('OK');
    expect(good.status).toBe(0);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('"IncidentReported"') + 3;
    const changed = Buffer.from(bytes);
    changed[at] = changed[at]! ^ 0x01;
    const tampered = join(dataDir, 'tampered.json');
    writeFileSync(tampered, changed);
    expect(cli(tampered).status).toBe(1);
    expect(verifyTransferPackage(changed).filter((c) => !c.ok).length).toBeGreaterThan(0);
  });

  it('should record the receipt in both settings’ ledgers when the receiving DSL confirms, once', async () => {
    const confirm = () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'ConfirmChildProtectionFileReceipt',
        transferId: 'tr-1',
        fromSettingId: A,
        receivedBy: '',
        receiverSettingId: null,
        sent: null,
        ...as(B, 'dsl', 'dsl', '2025-01-16T09:00:00.000Z'),
      });
    await bus.execute(confirm());
    expect(await types(`cptransfer-${A}.tr-1`)).toEqual(['ChildProtectionFileSent', 'ChildProtectionFileReceived']);
    expect(await types(`cptransfer-${B}.tr-1`)).toEqual(['ChildProtectionFileReceived']);
    await expect(bus.execute(confirm())).rejects.toMatchObject({ code: 'CPTRANSFER.ALREADY_RECEIVED' });
  });

  it('should refuse a receipt from a setting the file was not sent to, recording nothing', async () => {
    const head = await runtime.store.headPosition();
    await expect(
      bus.execute(
        STATUTORY_CATALOGUE.execute({
          kind: 'ConfirmChildProtectionFileReceipt',
          transferId: 'tr-1',
          fromSettingId: B,
          receivedBy: '',
          receiverSettingId: null,
          sent: null,
          ...as(A, 'dsl', 'dsl', '2025-01-16T09:00:00.000Z'),
        }),
      ),
    ).rejects.toMatchObject({ code: 'CPTRANSFER.NOT_FOR_THIS_SETTING' });
    expect(await runtime.store.headPosition()).toBe(head);
  });
});
