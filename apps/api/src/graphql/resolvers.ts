import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { POLICIES_CATALOGUE } from '@ledger/policies';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { TRAINING_CATALOGUE } from '@ledger/training';
import { catalogueResolver } from './commands/catalogue.resolver.js';
import { InspectionAccessMutations } from './commands/access.resolver.js';
import { FilteringMutations } from './commands/filtering.resolver.js';
import { PeopleMutations } from './commands/people.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';
import { EventQueries } from './views/events.resolver.js';
import { ProofQueries } from './views/proofs.resolver.js';
import { StaffDirectory } from './views/staff-directory.js';
import { CpdRowFields, TrainingRowFields, ViewQueries } from './views/views.resolver.js';

/** Every catalogued command, each becoming one mutation. */
export const CATALOGUES = [INCIDENT_CATALOGUE, POLICIES_CATALOGUE, SEARCHES_CATALOGUE, TRAINING_CATALOGUE];

/** Every resolver of the API, and the services only they use. */
export const GRAPHQL_RESOLVERS = [
  LedgerInfoResolver,
  PeopleMutations,
  FilteringMutations,
  InspectionAccessMutations,
  ...CATALOGUES.flatMap((catalogue) => catalogue.entries.map(catalogueResolver)),
  ViewQueries,
  TrainingRowFields,
  CpdRowFields,
  EventQueries,
  ProofQueries,
  StaffDirectory,
];
