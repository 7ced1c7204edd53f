import { streamId, type Clock, type Projection, type RecordedEvent } from '@ledger/kernel';
import type { EventStore, ReadModelStore } from '@ledger/ledger';
import { toSettingStreamId } from '@ledger/people';
import { caseloadProjection, type CaseloadRecord } from '../domain/caseload.projection.js';
import { evidenceTrail, type EvidenceTrailEntry } from '../domain/evidence-trail.js';
import { governorReport, type GovernorReport } from '../domain/governor-report.js';
import { policyRegisterProjection, type PolicyRecord } from '../domain/policy-register.projection.js';
import {
  cpdMatrix,
  overdueReviews,
  ownCompliance,
  type CpdRow,
  type OverdueReviewRow,
  type OwnCompliance,
} from '../domain/policy-views.js';
import { safeguardingActivityProjection, type ActivityRecord } from '../domain/safeguarding-activity.projection.js';
import type { TimeFilter } from '../domain/time-travel.js';
import { ByteBoundedCache } from './byte-bounded-cache.js';
import { DEFAULT_REPLAY_LIMITS, ReplaySnapshots, type ReplayLimits, type ReplayObserver } from './replay-snapshots.js';
import { trainingFacts, trainingStatusProjection } from '../domain/training-status.projection.js';
import { trainingStatus, type TrainingStatusView } from '../domain/training-status.view.js';
import { checkTrainingImport, parseTrainingCsv, suggestMapping, type ColumnMapping, type TrainingImportCheck } from './training-import.js';

export interface ViewOptions extends TimeFilter {
  readonly dueSoonDays?: number;
}

/** The projections the governors' report reads. */
const COMPLIANCE_INPUTS = [
  trainingStatusProjection as Projection,
  policyRegisterProjection as Projection,
  safeguardingActivityProjection as Projection,
];

/**
 * The compliance views of one setting, now or at any time. Live answers come from the
 * projected documents; "as of" and "as known at" answers replay the same projections
 * in memory over the setting's events up to that point.
 */
export class ComplianceViews {
  private readonly snapshots: ReplaySnapshots;
  private readonly computed: ByteBoundedCache<NonNullable<unknown>>;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly clock: Clock,
    snapshotEvery = 2000,
    /** Reads a stream for evidence trails; pass the ledger's reader to show personal fields decrypted. */
    private readonly readTrailStream: (stream: string) => AsyncIterable<RecordedEvent> = (stream) => store.readStream(stream),
    limits: ReplayLimits & { readonly viewBytes?: number } = DEFAULT_REPLAY_LIMITS,
    replayObserver?: ReplayObserver,
  ) {
    this.snapshots = new ReplaySnapshots(store, snapshotEvery, limits, replayObserver);
    this.computed = new ByteBoundedCache(limits.viewBytes ?? 32 * 2 ** 20);
  }

  /** Estimated bytes held in memory by replay snapshots, replayed documents and computed views. */
  get cachedBytes(): { snapshots: number; results: number; views: number } {
    return { ...this.snapshots.bytes, views: this.computed.bytes };
  }

  /** The documents of a projection for a setting, live or replayed for a time filter. */
  async documents<Doc>(projection: Projection<Doc>, tenantId: string, filter: TimeFilter = {}): Promise<Doc[]> {
    if (filter.asOf === undefined && filter.knownAt === undefined)
      return (await this.readModels.list(projection.name, tenantId)).map((d) => d.doc as Doc);
    return [...(await this.snapshots.replay(projection, tenantId, filter)).values()];
  }

  /** The date a view is evaluated at: the as-of date, else the as-known-at date, else today. */
  evaluationDate(filter: TimeFilter): string {
    return (filter.asOf ?? filter.knownAt ?? this.clock.now().toISOString()).slice(0, 10);
  }

  /**
   * A view is a pure function of its projections' documents, the time filter and the date, so
   * it is computed once per version of its inputs: live, the checkpoints of the projections it
   * reads; in time travel, the head of the log (a later append may still have happened before
   * "as of"). Computed views are kept by estimated bytes, least recently used dropped first, and
   * concurrent requests for the same view share one computation.
   */
  private async cached<T extends NonNullable<unknown>>(
    projections: readonly Projection[],
    key: string,
    options: ViewOptions,
    compute: () => Promise<T>,
  ): Promise<T> {
    const version =
      options.asOf !== undefined || options.knownAt !== undefined
        ? `head ${await this.store.headPosition()}`
        : (await Promise.all(projections.map((p) => this.readModels.checkpoint(p.name)))).map((c) => c?.position ?? '0').join('/');
    const entryKey = [
      key,
      options.asOf ?? '',
      options.knownAt ?? '',
      this.evaluationDate(options),
      options.dueSoonDays ?? 30,
      version,
    ].join('\u0000');
    return (await this.computed.getOrCompute(entryKey, compute)) as T;
  }

  async trainingStatus(tenantId: string, options: ViewOptions = {}): Promise<TrainingStatusView> {
    return this.cached([trainingStatusProjection as Projection], `training\u0000${tenantId}`, options, async () => {
      const facts = trainingFacts(await this.documents(trainingStatusProjection, tenantId, options));
      return trainingStatus(facts, this.evaluationDate(options), options.dueSoonDays ?? 30);
    });
  }

  /** Training compliance of every setting that joined the trust, and the trust's overall percentage. */
  async trustTrainingStatus(
    trustId: string,
    options: ViewOptions = {},
  ): Promise<{ trustId: string; settings: Array<{ settingId: string; totals: TrainingStatusView['totals'] }>; percentCompliant: number }> {
    const settingIds = new Set<string>();
    for await (const event of this.store.readAll({ types: ['SettingJoinedTrust'] }))
      if (event.data.trustId === trustId) settingIds.add(event.meta.tenantId);
    const settings = [];
    for (const settingId of [...settingIds].sort())
      settings.push({ settingId, totals: (await this.trainingStatus(settingId, options)).totals });
    const required = settings.reduce((sum, s) => sum + s.totals.required, 0);
    const compliant = settings.reduce((sum, s) => sum + s.totals.compliant, 0);
    return { trustId, settings, percentCompliant: required === 0 ? 100 : Math.round((compliant / required) * 1000) / 10 };
  }

  async overdueReviews(tenantId: string, options: ViewOptions = {}): Promise<OverdueReviewRow[]> {
    return this.cached([policyRegisterProjection as Projection], `overdue\u0000${tenantId}`, options, async () =>
      overdueReviews(
        await this.documents(policyRegisterProjection, tenantId, options),
        this.evaluationDate(options),
        options.dueSoonDays ?? 30,
      ),
    );
  }

  async policyRegister(tenantId: string, options: TimeFilter = {}): Promise<PolicyRecord[]> {
    return this.documents(policyRegisterProjection, tenantId, options);
  }

  async cpdMatrix(tenantId: string, options: ViewOptions = {}): Promise<CpdRow[]> {
    const projections = [trainingStatusProjection as Projection, policyRegisterProjection as Projection];
    return this.cached(projections, `cpd\u0000${tenantId}`, options, async () => {
      const facts = trainingFacts(await this.documents(trainingStatusProjection, tenantId, options));
      return cpdMatrix(
        facts,
        await this.documents(policyRegisterProjection, tenantId, options),
        this.evaluationDate(options),
        options.dueSoonDays ?? 30,
      );
    });
  }

  /**
   * The dry run of a training import: the CSV parsed, its columns mapped (as asked, else guessed),
   * and every row checked against the setting's staff (by id or name), courses (by id or title)
   * and live completions. Records nothing. `filter.knownAt` replays from the log instead of the
   * projected documents (the command line, where no projector may be running).
   */
  async trainingImportCheck(
    tenantId: string,
    csv: string,
    mapping: Partial<ColumnMapping> = {},
    filter: TimeFilter = {},
  ): Promise<TrainingImportCheck> {
    const parsed = parseTrainingCsv(csv);
    const columns = suggestMapping(parsed.columns, mapping);
    const facts = trainingFacts(await this.documents(trainingStatusProjection, tenantId, filter));
    const staffNames = new Map<string, string | null>();
    for (const staffId of Object.keys(facts.staff)) staffNames.set(staffId, await this.staffName(tenantId, staffId));
    return checkTrainingImport(parsed, columns, { tenantId, facts, staffNames, today: this.clock.now().toISOString().slice(0, 10) });
  }

  /** A member of staff's name as they joined (decrypted by the reader; null when erased). */
  private async staffName(tenantId: string, staffId: string): Promise<string | null> {
    for await (const event of this.readTrailStream(streamId('staff', tenantId, staffId)))
      if (event.type === 'StaffMemberJoined') return typeof event.data.name === 'string' ? event.data.name : null;
    return null;
  }

  /** One member of staff's own row (outstanding acknowledgements, training, signatures); null when not on the staff list. */
  async ownCompliance(tenantId: string, staffId: string, options: ViewOptions = {}): Promise<OwnCompliance | null> {
    return ownCompliance(await this.cpdMatrix(tenantId, options), await this.policyRegister(tenantId, options), staffId);
  }

  /** The report for the academic year starting 1 September `startYear`, as the ledger knew it at `knownAt` (default: now). */
  async governorReport(tenantId: string, startYear: number, options: { knownAt?: string } = {}): Promise<GovernorReport> {
    const filter = { knownAt: options.knownAt };
    return this.cached(COMPLIANCE_INPUTS, `governor\u0000${tenantId}\u0000${startYear}`, filter, async () => {
      const facts = trainingFacts(await this.documents(trainingStatusProjection, tenantId, filter));
      const activity: ActivityRecord[] = await this.documents(safeguardingActivityProjection, tenantId, filter);
      return governorReport(startYear, await this.documents(policyRegisterProjection, tenantId, filter), facts, activity);
    });
  }

  /** The setting's name as it was registered; null for a setting the ledger does not know. */
  async settingName(tenantId: string): Promise<string | null> {
    for await (const event of this.store.readStream(toSettingStreamId(tenantId))) {
      if (event.type === 'SettingRegistered' && typeof event.data.name === 'string') return event.data.name;
    }
    return null;
  }

  /** Every incident and search of the setting with where it stands (the DSL's workspace). */
  async caseload(tenantId: string): Promise<CaseloadRecord[]> {
    return this.documents(caseloadProjection, tenantId);
  }

  /** Every event of the subject's streams (an incident, a search, a document, a person: staff and training record, a pupil). */
  async evidenceTrail(
    tenantId: string,
    subject: { kind: 'incident' | 'search' | 'document' | 'staff' | 'pupil'; id: string },
    options: TimeFilter = {},
  ): Promise<EvidenceTrailEntry[]> {
    const streams =
      subject.kind === 'staff'
        ? [streamId('staff', tenantId, subject.id), streamId('training', tenantId, subject.id)]
        : [streamId(subject.kind, tenantId, subject.id)];
    const events: RecordedEvent[] = [];
    for (const stream of streams) for await (const event of this.readTrailStream(stream)) events.push(event);
    const end = (value: string) => (value.length === 10 ? `${value}T23:59:59.999Z` : value);
    return evidenceTrail(
      events.filter(
        (e) =>
          (options.asOf === undefined || e.meta.occurredAt <= end(options.asOf)) &&
          (options.knownAt === undefined || e.meta.recordedAt <= end(options.knownAt)),
      ),
    );
  }
}
