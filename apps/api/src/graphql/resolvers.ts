import { InspectionAccessMutations } from './commands/access.resolver.js';
import { FilteringMutations } from './commands/filtering.resolver.js';
import { IncidentMutations } from './commands/incidents.resolver.js';
import { PeopleMutations } from './commands/people.resolver.js';
import { PolicyMutations } from './commands/policies.resolver.js';
import { SearchMutations } from './commands/searches.resolver.js';
import { TrainingMutations } from './commands/training.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';
import { EventQueries } from './views/events.resolver.js';
import { ProofQueries } from './views/proofs.resolver.js';
import { StaffDirectory } from './views/staff-directory.js';
import { CpdRowFields, TrainingRowFields, ViewQueries } from './views/views.resolver.js';

/** Every resolver of the API, and the services only they use. */
export const GRAPHQL_RESOLVERS = [
  LedgerInfoResolver,
  ViewerResolver,
  PeopleMutations,
  PolicyMutations,
  SearchMutations,
  TrainingMutations,
  IncidentMutations,
  FilteringMutations,
  InspectionAccessMutations,
  ViewQueries,
  TrainingRowFields,
  CpdRowFields,
  EventQueries,
  ProofQueries,
  StaffDirectory,
];
