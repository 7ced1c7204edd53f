import { Inject, Injectable } from '@nestjs/common';
import { newId, streamId, type Clock } from '@ledger/kernel';
import { CLOCK, LEDGER, type Ledger } from '@ledger/ledger';
import type { ReadSubject, SensitiveRecordRead } from '../domain/inspection-access.events.js';
import type { Principal } from '../domain/principal.js';

/** One stream per request that read sensitive records: `readlog-<tenant>.<requestId>`. */
const READ_LOG_CATEGORY = 'readlog';

export interface RecordedRead {
  readonly readId: string;
  readonly position: string;
  readonly readerId: string;
  readonly readerRole: string;
  readonly subjectKind: ReadSubject;
  readonly subjectId: string;
  readonly view: string;
  readonly readAt: string;
}

/**
 * Every read of an incident, a search or a pupil's trail is recorded in the ledger itself —
 * who, what, when — before the answer is returned. Each request's reads are their own
 * stream, so readers never contend.
 */
@Injectable()
export class ReadLog {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Per request (the object given as `request`): the reads recorded or being recorded, by subject. */
  private readonly byRequest = new WeakMap<object, Map<string, Promise<void>>>();

  /**
   * Records one request's reads before the answer is sent: one event per record read, and one
   * per record per request however often the request asks for it (aliases, several views), so
   * a single request cannot flood the permanent log. A repeat waits for the first to be recorded.
   */
  async record(
    principal: Principal,
    tenantId: string,
    subjects: ReadonlyArray<{ kind: ReadSubject; id: string }>,
    view: string,
    request?: object,
  ): Promise<void> {
    if (request === undefined) return this.append(principal, tenantId, subjects, view);
    let seen = this.byRequest.get(request);
    if (!seen) this.byRequest.set(request, (seen = new Map()));
    const pending: Promise<void>[] = [];
    const fresh = new Map<string, { kind: ReadSubject; id: string }>();
    for (const subject of subjects) {
      const key = JSON.stringify([tenantId, subject.kind, subject.id]);
      const earlier = seen.get(key);
      if (earlier) pending.push(earlier);
      else fresh.set(key, subject);
    }
    if (fresh.size > 0) {
      const appended = this.append(principal, tenantId, [...fresh.values()], view);
      for (const key of fresh.keys()) seen.set(key, appended);
      // A failed append is not "recorded": the next ask in this request tries again.
      appended.catch(() => {
        for (const key of fresh.keys()) if (seen.get(key) === appended) seen.delete(key);
      });
      pending.push(appended);
    }
    await Promise.all(pending);
  }

  private async append(
    principal: Principal,
    tenantId: string,
    subjects: ReadonlyArray<{ kind: ReadSubject; id: string }>,
    view: string,
  ): Promise<void> {
    if (subjects.length === 0) return;
    const requestId = newId();
    const meta = {
      tenantId,
      actor: { id: principal.actorId, role: principal.role },
      occurredAt: this.clock.now().toISOString(),
      correlationId: requestId,
      causationId: null,
    };
    const events = subjects.map((subject): SensitiveRecordRead & { meta: typeof meta } => ({
      type: 'SensitiveRecordRead',
      data: { readId: newId(), subjectKind: subject.kind, subjectId: subject.id, view },
      meta,
    }));
    await this.ledger.append(streamId(READ_LOG_CATEGORY, tenantId, requestId), 'no_stream', events);
  }

  /** The reads recorded for a setting, oldest first, after a position. */
  async list(tenantId: string, options: { after?: string; limit: number; subjectId?: string }): Promise<RecordedRead[]> {
    const reads: RecordedRead[] = [];
    for await (const event of this.ledger.store.readAll({ tenantId, categories: [READ_LOG_CATEGORY], after: options.after ?? '0' })) {
      const data = event.data as SensitiveRecordRead['data'];
      if (options.subjectId !== undefined && data.subjectId !== options.subjectId) continue;
      reads.push({
        readId: data.readId,
        position: event.position,
        readerId: event.meta.actor.id,
        readerRole: event.meta.actor.role,
        subjectKind: data.subjectKind,
        subjectId: data.subjectId,
        view: data.view,
        readAt: event.meta.recordedAt,
      });
      if (reads.length >= options.limit) break;
    }
    return reads;
  }
}
