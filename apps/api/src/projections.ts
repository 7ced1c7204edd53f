import { COMPLIANCE_PROJECTIONS } from '@ledger/compliance';
import { STATUTORY_PROJECTIONS } from '@ledger/statutory';
import { streamSummaryProjection, type Projection } from '@ledger/ledger';

/** Every projection the ledger runs; `ledger rebuild` replays these. */
export const PROJECTIONS: readonly Projection[] = [
  streamSummaryProjection as Projection,
  ...COMPLIANCE_PROJECTIONS,
  ...STATUTORY_PROJECTIONS,
];
