import { CommandBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComplianceViews, findDisclosures } from '@ledger/compliance';
import { systemClock } from '@ledger/kernel';
import { openLedger, Projector, type LedgerRuntime } from '@ledger/ledger';
import { createDomainContext, PERSONAL_DATA } from '../../apps/api/src/index.js';
import { PROJECTIONS } from '../../apps/api/src/projections.js';
import { demoPlan, DEMO_SETTINGS } from '../../apps/cli/src/demo/demo-plan.js';

describe('Compliance projections over the demo data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-views-'));
  let runtime: LedgerRuntime;
  let projector: Projector;

  beforeAll(async () => {
    runtime = await openLedger(
      { store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') },
      { personalData: PERSONAL_DATA },
    );
    projector = new Projector(runtime.store, runtime.readModels, PROJECTIONS);
    projector.start();
    const app = await createDomainContext(runtime);
    const bus = app.get(CommandBus);
    for (const step of demoPlan(5)) await bus.execute(step.message);
    await app.close();
    expect(await projector.waitFor(await runtime.store.headPosition(), 60_000)).toBe(true);
    await projector.stop();
  }, 180_000);

  afterAll(async () => {
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should rebuild every projection from zero to documents identical to the live ones', async () => {
    const snapshot = async () => {
      const out: Record<string, unknown> = {};
      for (const projection of PROJECTIONS)
        for (const setting of DEMO_SETTINGS)
          out[`${projection.name}/${setting.id}`] = await runtime.readModels.list(projection.name, setting.id);
      return out;
    };
    const live = await snapshot();
    // Every projection has documents in some demo setting (an AP setting places no pupils elsewhere, so not in each).
    const empty = PROJECTIONS.filter((p) => DEMO_SETTINGS.every((setting) => (live[`${p.name}/${setting.id}`] as unknown[]).length === 0));
    expect(empty.map((p) => p.name)).toEqual([]);
    for (const projection of PROJECTIONS) await projector.rebuild(projection.name);
    expect(await snapshot()).toEqual(live);
  });

  it('should answer from the live documents exactly what an in-memory replay of the same projections answers', async () => {
    const views = new ComplianceViews(runtime.store, runtime.readModels, systemClock);
    const farFuture = '2999-12-31T23:59:59.999Z';
    for (const setting of DEMO_SETTINGS) {
      // "As of" today replays every event in memory: it must equal the live view, which reads the projected documents.
      const today = new Date().toISOString().slice(0, 10);
      const live = await views.trainingStatus(setting.id);
      expect(live.rows.length).toBeGreaterThan(0);
      expect(await views.trainingStatus(setting.id, { asOf: today })).toEqual(live);
      expect(await views.governorReport(setting.id, 2023, { knownAt: farFuture })).toEqual(await views.governorReport(setting.id, 2023));
    }
    const report = await views.governorReport('riverside-ap', 2023);
    expect(report.policies.reviews.some((r) => r.title === 'Internet & E-Safety Policy' && r.daysLate === 329)).toBe(true);
    expect(report.filteringAndMonitoring.reviewHeld).toBe(false);
    // Replays that start from snapshots answer exactly what a full replay answers.
    const withSnapshots = new ComplianceViews(runtime.store, runtime.readModels, systemClock, 100);
    await withSnapshots.trainingStatus('hollins-park', { asOf: '2030-01-01' });
    for (const asOf of ['2023-01-15', '2024-03-01', '2025-08-31']) {
      const fresh = new ComplianceViews(runtime.store, runtime.readModels, systemClock, 100);
      expect(await withSnapshots.trainingStatus('hollins-park', { asOf })).toEqual(await fresh.trainingStatus('hollins-park', { asOf }));
      expect(await withSnapshots.overdueReviews('hollins-park', { asOf })).toEqual(await fresh.overdueReviews('hollins-park', { asOf }));
    }
    expect(await withSnapshots.governorReport('hollins-park', 2024, { knownAt: farFuture })).toEqual(
      await views.governorReport('hollins-park', 2024),
    );

    const trust = await views.trustTrainingStatus('northfield-learning-trust', { asOf: '2025-06-30' });
    expect(trust.settings.map((s) => s.settingId)).toEqual(['hollins-park', 'riverside-ap']);
    const required = trust.settings.reduce((sum, s) => sum + s.totals.required, 0);
    const compliant = trust.settings.reduce((sum, s) => sum + s.totals.compliant, 0);
    expect(trust.percentCompliant).toBe(Math.round((compliant / required) * 1000) / 10);
  });

  it("should publish no governors' report from which a hidden count can be worked out, in any year of the demo", async () => {
    const views = new ComplianceViews(runtime.store, runtime.readModels, systemClock);
    const thisYear = new Date().getUTCFullYear();
    let hidden = 0;
    for (const setting of DEMO_SETTINGS)
      for (let year = thisYear - 4; year <= thisYear; year += 1) {
        const report = await views.governorReport(setting.id, year);
        expect({ setting: setting.id, year, disclosed: findDisclosures(report) }).toEqual({ setting: setting.id, year, disclosed: [] });
        hidden += (JSON.stringify(report).match(/fewer than 3|withheld/g) ?? []).length;
      }
    expect(hidden).toBeGreaterThan(0);
  });

  it('should keep replay snapshots, replayed documents and computed views within their byte budgets, answering the same', async () => {
    const budget = { snapshotBytes: 300_000, resultBytes: 300_000, viewBytes: 100_000, sliceMs: 10, concurrent: 2 };
    const bounded = new ComplianceViews(runtime.store, runtime.readModels, systemClock, 100, undefined, budget);
    const reference = new ComplianceViews(runtime.store, runtime.readModels, systemClock, 100);
    for (let month = 0; month < 36; month += 1) {
      const asOf = new Date(Date.UTC(2023, month, 28)).toISOString().slice(0, 10);
      const answers = await Promise.all([bounded.trainingStatus('hollins-park', { asOf }), bounded.cpdMatrix('hollins-park', { asOf })]);
      if (month % 6 === 0)
        expect(answers).toEqual([
          await reference.trainingStatus('hollins-park', { asOf }),
          await reference.cpdMatrix('hollins-park', { asOf }),
        ]);
      const held = bounded.cachedBytes;
      expect(held.snapshots).toBeLessThanOrEqual(budget.snapshotBytes);
      expect(held.results).toBeLessThanOrEqual(budget.resultBytes);
      expect(held.views).toBeLessThanOrEqual(budget.viewBytes);
    }
    // The unbounded reference kept more than the budget: the bound is what held the bounded one.
    const kept = reference.cachedBytes;
    expect(kept.snapshots + kept.results).toBeGreaterThan(budget.snapshotBytes);
  });
});
