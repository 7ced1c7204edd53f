import { isRole } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { demoPlan, DEMO_SETTINGS, TRUST_ID } from './demo-plan.js';

/** One person of the demo to sign in as: a real actor of the demo's history, so they are on the staff list. */
export interface DemoSignIn {
  readonly settingName: string;
  readonly tenantIds: readonly string[];
  readonly role: Role;
  readonly staffId: string;
}

/** Roles in the order a newcomer meets them. */
const ROLE_ORDER: readonly Role[] = [
  'dsl',
  'deputy_dsl',
  'staff',
  'head',
  'slt',
  'esafety_coordinator',
  'chair_of_governors',
  'safeguarding_governor',
  'filtering_governor',
  'governor',
  'trust_admin',
  'inspector',
  'auditor',
];

/** The fields of a demo command this looks at. */
interface DemoCommand {
  readonly kind?: string;
  readonly tenantId?: string;
  readonly actor?: { readonly id: string; readonly role: Role };
  readonly appointment?: string;
  readonly personId?: string;
}

/**
 * For each setting of the demo and each role someone acts in there, the person who acted in
 * that role last in the demo's history (so they are still in post at its end).
 */
export function demoSignIns(seed: number): DemoSignIn[] {
  const last = new Map<string, { tenantId: string; role: Role; id: string }>();
  const appointed = new Map<string, { tenantId: string; role: Role; id: string }>();
  for (const step of demoPlan(seed)) {
    const command = (step.message as { command?: DemoCommand }).command;
    if (!command?.tenantId || !command.actor) continue;
    const { tenantId, actor } = command;
    last.set(`${tenantId}\u0000${actor.role}`, { tenantId, role: actor.role, id: actor.id });
    // Someone appointed to a role who never acts in it in the history (the filtering governor) can still sign in as it.
    if (command.kind === 'AppointSafeguardingRole' && isRole(command.appointment) && command.personId) {
      appointed.set(`${tenantId}\u0000${command.appointment}`, { tenantId, role: command.appointment, id: command.personId });
    }
  }
  for (const [key, person] of appointed) if (!last.has(key)) last.set(key, person);
  // The demo's history has no auditor; an auditor only reads, and needs no place on a staff list.
  last.set(`${TRUST_ID}\u0000auditor`, { tenantId: TRUST_ID, role: 'auditor', id: 'northfield-auditor' });
  const settings = [...DEMO_SETTINGS.map((s) => ({ id: s.id, name: s.name })), { id: TRUST_ID, name: 'Northfield Learning Trust' }];
  return settings.flatMap((setting) =>
    ROLE_ORDER.flatMap((role) => {
      const actor = last.get(`${setting.id}\u0000${role}`);
      // The trust's administrator and auditor are listed once, for the trust.
      if (!actor || ((role === 'trust_admin' || role === 'auditor') && setting.id !== TRUST_ID)) return [];
      // The trust's administrator and auditor work across the trust and its settings.
      const tenantIds = setting.id === TRUST_ID ? [TRUST_ID, ...DEMO_SETTINGS.map((s) => s.id)] : [setting.id];
      return [{ settingName: setting.name, tenantIds, role, staffId: actor.id }];
    }),
  );
}

/** Role names as a school would say them. */
const ROLE_NAMES: Record<Role, string> = {
  dsl: 'Designated safeguarding lead (DSL)',
  deputy_dsl: 'Deputy DSL',
  head: 'Headteacher',
  slt: 'Senior leadership (SLT)',
  staff: 'Member of staff',
  esafety_coordinator: 'E-safety coordinator',
  governor: 'Governor',
  chair_of_governors: 'Chair of governors',
  safeguarding_governor: 'Safeguarding governor',
  filtering_governor: 'Filtering and monitoring governor',
  trust_admin: 'Trust administrator',
  inspector: 'Inspector',
  auditor: 'Auditor',
};

/** The sign-in links as a readable list for the terminal: one heading per setting, one line per role. */
export function formatDemoLinks(links: ReadonlyArray<DemoSignIn & { url: string }>, validFor: string): string {
  const lines = [`Sign in to the demo in a browser (each link works once, for ${validFor}):`];
  let setting: string | undefined;
  for (const link of links) {
    if (link.settingName !== setting) {
      setting = link.settingName;
      lines.push('', `  ${setting}`);
    }
    lines.push(`    ${(ROLE_NAMES[link.role] ?? link.role).padEnd(36)} ${link.staffId.padEnd(26)} ${link.url}`);
  }
  return lines.join('\n') + '\n';
}
