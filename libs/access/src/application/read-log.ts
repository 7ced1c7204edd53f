import { Inject, Injectable } from '@nestjs/common';
import { newId, type Clock } from '@ledger/kernel';
import { CLOCK, LEDGER, type Ledger } from '@ledger/ledger';
import type { ReadSubject, SensitiveRecordRead } from '../domain/inspection-access.events.js';
import type { Principal } from '../domain/principal.js';

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

  /** Records one request's reads (one event per record read) before the answer is sent. */
  async record(
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
    await this.ledger.append(`readlog-${tenantId}.${requestId}`, 'no_stream', events);
  }

  /** The reads recorded for a setting, oldest first, after a position. */
  async list(tenantId: string, options: { after?: string; limit: number; subjectId?: string }): Promise<RecordedRead[]> {
    const reads: RecordedRead[] = [];
    for await (const event of this.ledger.store.readAll({ tenantId, categories: ['readlog'], after: options.after ?? '0' })) {
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
