import { fold, type WithoutContext } from '@ledger/kernel';
import type { Ledger } from '@ledger/ledger';
import type { PrivacyCommand, PrivacyRequest } from '../domain/privacy.commands.js';
import { privacyDecider, toPrivacyStreamId, unitOf, type PrivacyState } from '../domain/privacy.decider.js';
import type { PrivacyEvent } from '../domain/privacy.events.js';
import { indexRecords, INDEXED_EVENT_TYPES, type RecordFacts } from '../domain/retention.js';

/** Every record of a setting the privacy rules apply to, from its events (read with personal fields decrypted). */
export async function settingRecords(ledger: Ledger, tenantId: string): Promise<Map<string, RecordFacts>> {
  const events = [];
  for await (const event of ledger.readAll({ tenantId, types: [...INDEXED_EVENT_TYPES] })) events.push(event);
  return indexRecords(events);
}

/** The setting's privacy register, folded. */
export async function privacyRegister(ledger: Ledger, tenantId: string): Promise<PrivacyState> {
  const events: PrivacyEvent[] = [];
  for await (const event of ledger.store.readStream(toPrivacyStreamId(tenantId)))
    events.push({ type: event.type, data: event.data } as PrivacyEvent);
  return fold(privacyDecider, events);
}

/** A privacy command with the facts of the record it names, looked up from the setting's events. */
export async function withRecordFacts(ledger: Ledger, request: PrivacyRequest): Promise<WithoutContext<PrivacyCommand>> {
  switch (request.kind) {
    case 'EraseSubject':
    case 'ExtendRetention': {
      let unitId: string;
      try {
        unitId = unitOf(request.target);
      } catch {
        return { ...request, record: null };
      }
      return { ...request, record: (await settingRecords(ledger, request.tenantId)).get(unitId) ?? null };
    }
    case 'ConfirmErasure': {
      const pending = (await privacyRegister(ledger, request.tenantId)).pending[request.erasureId];
      const record = pending ? ((await settingRecords(ledger, request.tenantId)).get(pending.unitId) ?? null) : null;
      return { ...request, record };
    }
    default:
      return request;
  }
}
