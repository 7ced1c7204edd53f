import { CLOCK_ROLES } from '@ledger/clocks';
import { FILTERING_ROLES } from '@ledger/filtering';
import { INCIDENT_ROLES } from '@ledger/incidents';
import { STAFF_ROLES, type Role } from '@ledger/kernel';
import { PEOPLE_ROLES } from '@ledger/people';
import { DOCUMENT_ROLES } from '@ledger/policies';
import { PRIVACY_ROLES } from '@ledger/privacy';
import { SEARCH_ROLES } from '@ledger/searches';
import { STATUTORY_ROLES } from '@ledger/statutory';
import { TRAINING_ROLES } from '@ledger/training';
import { INSPECTION_ACCESS_ROLES } from './inspection-access.roles.js';

const DSL: readonly Role[] = ['dsl', 'deputy_dsl'];
const HEAD: readonly Role[] = ['head'];
const SLT: readonly Role[] = ['head', 'slt'];
const LEADS: readonly Role[] = [...SLT, ...DSL];
const GOVERNORS: readonly Role[] = ['governor', 'chair_of_governors', 'safeguarding_governor', 'filtering_governor'];
const TRUST: readonly Role[] = ['trust_admin'];
const INSPECT: readonly Role[] = ['inspector', 'auditor'];

/**
 * Who may do what: one row per operation, the roles that may perform it. Every mutation and
 * query names its operation and the API refuses anything not in its row. The deciders apply
 * the finer rules on top (only the assignee or a DSL completes an action; a member of staff
 * must be on the staff list on the day). The command rows are the contexts' own roles tables,
 * which their deciders check: one authority.
 */
export const PERMISSIONS = {
  // People and organisation
  ...PEOPLE_ROLES,
  // Policies, agreements and consent
  ...DOCUMENT_ROLES,
  // Searches and confiscation
  ...SEARCH_ROLES,
  // Training
  ...TRAINING_ROLES,
  // Incidents
  ...INCIDENT_ROLES,
  // Filtering and monitoring
  ...FILTERING_ROLES,
  // Inspection access
  ...INSPECTION_ACCESS_ROLES,
  // Statutory work: child-protection file transfer, alternative provision, the single central record
  ...STATUTORY_ROLES,
  // Statutory and local clocks, and the setting's calendar
  ...CLOCK_ROLES,
  // Privacy and the law: erasure, retention, legal holds
  ...PRIVACY_ROLES,
  // Views
  trainingStatus: [...LEADS, 'esafety_coordinator', ...TRUST, ...INSPECT],
  overdueReviews: [...LEADS, 'esafety_coordinator', ...GOVERNORS, ...TRUST, ...INSPECT],
  cpdMatrix: [...LEADS, ...TRUST, ...INSPECT],
  /** The dry run of a spreadsheet of training completions (then recorded one RecordCompletion per good row). */
  trainingImport: SLT,
  /** Every document with its versions' hashes, approvals, ratifications and reviews (nothing personal). */
  policyRegister: [...LEADS, 'esafety_coordinator', ...GOVERNORS, ...TRUST, ...INSPECT],
  /** A member of staff's own row: documents to acknowledge, their training, their signatures (never anyone else's). */
  myCompliance: STAFF_ROLES,
  governorReport: [...LEADS, ...GOVERNORS, ...TRUST, ...INSPECT],
  evidenceTrail: [...HEAD, ...DSL, ...INSPECT],
  /**
   * The DSL's workspace: incidents and searches with where each stands (ids, dates, statuses; no
   * narrative), and what needs attention. Inspectors (with a grant) and auditors read it too: the
   * referrals to the DSL and what happened are the first thing an inspection asks for.
   */
  caseload: [...HEAD, ...DSL, ...INSPECT],
  /** The statutory and local clocks: what is due and what is late, by the rule in force. */
  statutoryClocks: [...HEAD, ...DSL, ...INSPECT],
  /** asOf / knownAt on any view the role may read. */
  timeTravel: [...LEADS, ...TRUST, ...INSPECT],
  /** A trust's settings side by side: training % up to date, overdue policy reviews, open incidents (counts only, small counts withheld). */
  settingOverview: TRUST,
  /** The raw, hash-chained events. */
  events: ['auditor'],
  /** Who read which incident, search or pupil trail. */
  readLog: [...HEAD, ...DSL, 'auditor'],
  inspectionGrants: [...HEAD, ...DSL, ...TRUST, 'auditor'],
  /** Child-protection file transfers sent and received (ids and dates; need to know). */
  cpTransfers: [...HEAD, ...DSL],
  /** Alternative-provision placements and their reviews. */
  apPlacements: [...LEADS, ...INSPECT],
  /** The single central record and its gaps. */
  centralRecord: [...SLT, ...DSL, ...TRUST, ...INSPECT],
  /** Signed checkpoints and Merkle proofs. */
  proofs: [...HEAD, ...DSL, ...TRUST, ...INSPECT],
  /** Records whose retention has ended, with the rule and the dates, and what holds keep. */
  retentionReview: ['dsl', 'head'],
  /** UK GDPR Art. 15: everything held about one person, other people's data withheld; each export is recorded. */
  subjectAccessExport: ['dsl', 'head'],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof PERMISSIONS;

export const OPERATIONS = Object.keys(PERMISSIONS) as Operation[];

export function isPermitted(role: string, operation: Operation): boolean {
  return (PERMISSIONS[operation] as readonly string[]).includes(role);
}

/** The permission table as the README prints it: one row per operation, the roles allowed. */
export function permissionTableMarkdown(): string {
  const rows = OPERATIONS.map((op) => `| \`${op}\` | ${PERMISSIONS[op].join(', ')} |`);
  return ['| operation | roles allowed |', '|---|---|', ...rows].join('\n');
}
