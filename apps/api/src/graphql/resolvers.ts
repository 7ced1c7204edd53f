import { CATALOGUES } from '../catalogues.js';
import { catalogueResolver } from './commands/catalogue.resolver.js';
import { LedgerInfoResolver } from './ledger-info.resolver.js';
import { ViewerResolver } from './viewer.resolver.js';
import { CaseloadQueries } from './views/caseload.resolver.js';
import { ClockQueries } from './views/clocks.resolver.js';
import { EventQueries } from './views/events.resolver.js';
import { PrivacyQueries } from './views/privacy.resolver.js';
import { ProofQueries } from './views/proofs.resolver.js';
import { PolicyRegisterQueries } from './views/policy-register.resolver.js';
import { TrainingImportQueries } from './views/training-import.resolver.js';
import { StaffDirectory } from './views/staff-directory.js';
import { StatutoryQueries } from './views/statutory.resolver.js';
import { CpdRowFields, TrainingRowFields, ViewQueries } from './views/views.resolver.js';

/** Every resolver of the API, and the services only they use. */
export const GRAPHQL_RESOLVERS = [
  LedgerInfoResolver,
  ViewerResolver,
  ...CATALOGUES.flatMap((catalogue) => catalogue.entries.map(catalogueResolver)),
  ViewQueries,
  CaseloadQueries,
  ClockQueries,
  TrainingRowFields,
  CpdRowFields,
  TrainingImportQueries,
  PolicyRegisterQueries,
  EventQueries,
  ProofQueries,
  PrivacyQueries,
  StaffDirectory,
  StatutoryQueries,
];
