import { Inject, Injectable } from '@nestjs/common';
import type { Clock, DecisionContext, StaffFacts } from '@ledger/kernel';
import { CLOCK, LEDGER, type Ledger } from '@ledger/ledger';
import { toSettingStreamId, toStaffStreamId } from '../domain/people.decider.js';

/**
 * Looks up what a decider may need from other aggregates — when the setting was
 * registered, whether named staff were on the staff at the time — plus the ledger clock.
 */
@Injectable()
export class DecisionFacts {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async contextFor(tenantId: string, staffIds: Iterable<string>): Promise<DecisionContext> {
    let settingRegisteredAt: string | undefined;
    for await (const event of this.ledger.store.readStream(toSettingStreamId(tenantId))) {
      if (event.type === 'SettingRegistered') settingRegisteredAt = event.meta.occurredAt;
      break;
    }
    const staff: Record<string, StaffFacts> = {};
    for (const staffId of new Set(staffIds)) {
      let facts: StaffFacts | undefined;
      for await (const event of this.ledger.store.readStream(toStaffStreamId(tenantId, staffId))) {
        if (event.type === 'StaffMemberJoined') facts = { staffId, status: 'current', joinedOn: event.meta.occurredAt };
        if (event.type === 'StaffMemberLeft' && facts) facts = { ...facts, status: 'left', leftOn: event.meta.occurredAt };
      }
      if (facts) staff[staffId] = facts;
    }
    return { now: this.clock.now().toISOString(), settingRegisteredAt, staff };
  }
}
