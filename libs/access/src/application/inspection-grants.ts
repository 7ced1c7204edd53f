import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@ledger/kernel';
import { LEDGER, type Ledger } from '@ledger/ledger';
import type { InspectionAccessEvent } from '../domain/inspection-access.events.js';
import { inspectionAccessDecider, toInspectionAccessStreamId, type InspectionGrant } from '../domain/inspection-access.decider.js';

/** The inspection grants of a setting, folded from its access stream on every request (it holds a handful of events). */
@Injectable()
export class InspectionGrants {
  constructor(@Inject(LEDGER) private readonly ledger: Ledger) {}

  async of(tenantId: string): Promise<InspectionGrant[]> {
    const events: InspectionAccessEvent[] = [];
    for await (const event of this.ledger.store.readStream(toInspectionAccessStreamId(tenantId)))
      events.push({ type: event.type, data: event.data } as InspectionAccessEvent);
    return Object.values(fold(inspectionAccessDecider, events).grants);
  }
}
