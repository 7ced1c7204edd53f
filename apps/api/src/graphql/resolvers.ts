import { INSPECTION_ACCESS_CATALOGUE } from '@ledger/access';
import { FILTERING_CATALOGUE } from '@ledger/filtering';
import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { POLICIES_CATALOGUE } from '@ledger/policies';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { TRAINING_CATALOGUE } from '@ledger/training';
import { catalogueResolver } from './commands/catalogue.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';
import { EventQueries } from './views/events.resolver.js';
import { ProofQueries } from './views/proofs.resolver.js';
import { StaffDirectory } from './views/staff-directory.js';
import { CpdRowFields, TrainingRowFields, ViewQueries } from './views/views.resolver.js';

/** Every catalogued command, each becoming one mutation. */
export const CATALOGUES = [
  PEOPLE_CATALOGUE,
  POLICIES_CATALOGUE,
  SEARCHES_CATALOGUE,
  TRAINING_CATALOGUE,
  INCIDENT_CATALOGUE,
  FILTERING_CATALOGUE,
  INSPECTION_ACCESS_CATALOGUE,
];

/** Every resolver of the API, and the services only they use. */
export const GRAPHQL_RESOLVERS = [
  LedgerInfoResolver,
  ...CATALOGUES.flatMap((catalogue) => catalogue.entries.map(catalogueResolver)),
  ViewQueries,
  TrainingRowFields,
  CpdRowFields,
  EventQueries,
  ProofQueries,
  StaffDirectory,
];
