import { InspectionAccessMutations } from './commands/access.resolver.js';
import { IncidentMutations } from './commands/incidents.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';
import { EventQueries } from './views/events.resolver.js';
import { StaffDirectory } from './views/staff-directory.js';
import { CpdRowFields, TrainingRowFields, ViewQueries } from './views/views.resolver.js';

/** Every resolver of the API, and the services only they use. */
export const GRAPHQL_RESOLVERS = [
  LedgerInfoResolver,
  IncidentMutations,
  InspectionAccessMutations,
  ViewQueries,
  TrainingRowFields,
  CpdRowFields,
  EventQueries,
  StaffDirectory,
];
