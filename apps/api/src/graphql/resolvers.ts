import { InspectionAccessMutations } from './commands/access.resolver.js';
import { IncidentMutations } from './commands/incidents.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';

/** Every resolver of the API. */
export const GRAPHQL_RESOLVERS = [LedgerInfoResolver, IncidentMutations, InspectionAccessMutations];
