import type { Ledger } from '@ledger/ledger';
import { retentionReview, type RetentionReviewRow } from '../domain/retention-review.js';
import { privacyRegister, settingRecords } from './record-facts.js';
import type { PrivacyState } from '../domain/privacy.decider.js';

/** The retention review of a setting on a day, and the register it was decided with (its holds and rules). */
export async function reviewRetention(
  ledger: Ledger,
  tenantId: string,
  today: string,
): Promise<{ rows: RetentionReviewRow[]; register: PrivacyState }> {
  const [records, register] = await Promise.all([settingRecords(ledger, tenantId), privacyRegister(ledger, tenantId)]);
  return { rows: retentionReview(records.values(), register, today), register };
}
