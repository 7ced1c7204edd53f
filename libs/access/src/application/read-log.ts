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
 * who, what, when — before the answer is returned. Each read is its own stream, so readers
 * never contend.
 */
@Injectable()
export class ReadLog {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(principal: Principal, tenantId: string, subjectKind: ReadSubject, subjectId: string, view: string): Promise<void> {
    const readId = newId();
    const event: SensitiveRecordRead = { type: 'SensitiveRecordRead', data: { readId, subjectKind, subjectId, view } };
    await this.ledger.append(`readlog-${tenantId}.${readId}`, 'no_stream', [
      {
        ...event,
        meta: {
          tenantId,
          actor: { id: principal.actorId, role: principal.role },
          occurredAt: this.clock.now().toISOString(),
          correlationId: readId,
          causationId: null,
        },
      },
    ]);
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
