import { INSPECTION_ACCESS_CATALOGUE } from '@ledger/access';
import { CLOCKS_CATALOGUE } from '@ledger/clocks';
import type { CatalogueEntry } from '@ledger/commands';
import { FILTERING_CATALOGUE } from '@ledger/filtering';
import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { POLICIES_CATALOGUE } from '@ledger/policies';
import { PRIVACY_CATALOGUE } from '@ledger/privacy';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { STATUTORY_CATALOGUE } from '@ledger/statutory';
import { TRAINING_CATALOGUE } from '@ledger/training';

/** Every context's command catalogue: each entry becomes one mutation, one row of the permission table. */
export const CATALOGUES = [
  PEOPLE_CATALOGUE,
  POLICIES_CATALOGUE,
  SEARCHES_CATALOGUE,
  TRAINING_CATALOGUE,
  INCIDENT_CATALOGUE,
  FILTERING_CATALOGUE,
  INSPECTION_ACCESS_CATALOGUE,
  STATUTORY_CATALOGUE,
  CLOCKS_CATALOGUE,
  PRIVACY_CATALOGUE,
] as const;

/** Every catalogued command of every context. */
export const CATALOGUED_COMMANDS: readonly CatalogueEntry[] = CATALOGUES.flatMap((catalogue) => catalogue.entries);
