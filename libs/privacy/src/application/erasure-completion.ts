import type { RecordedEvent } from '@ledger/kernel';
import type { HandleCommandResult, Ledger } from '@ledger/ledger';

/**
 * Destroys the keys of the units these events erased. `SubjectErased` is appended first and the
 * key destroyed after, so a crash between the two leaves a recorded erasure whose key still
 * exists: `completeErasures` finishes it on the next start. Destroying is idempotent.
 */
export async function destroyErasedKeys(ledger: Ledger, events: readonly RecordedEvent[]): Promise<number> {
  let destroyed = 0;
  for (const event of events) {
    if (event.type !== 'SubjectErased') continue;
    if (await ledger.vault.isErased(event.meta.tenantId, event.data.unitId as string)) continue;
    await ledger.vault.erase(event.meta.tenantId, event.data.unitId as string);
    destroyed += 1;
  }
  return destroyed;
}

/** After a catalogued privacy command: destroy what it erased (also when a retried command replays). */
export async function afterPrivacyAppend(ledger: Ledger, result: HandleCommandResult): Promise<void> {
  await destroyErasedKeys(ledger, result.events);
}

/**
 * Completes every recorded erasure whose key still exists (a crash between appending
 * `SubjectErased` and destroying the key). Run at every start, before the API answers.
 * Returns how many keys it destroyed.
 */
export async function completeErasures(ledger: Ledger): Promise<number> {
  const erased: RecordedEvent[] = [];
  for await (const event of ledger.store.readAll({ types: ['SubjectErased'] })) erased.push(event);
  return destroyErasedKeys(ledger, erased);
}
