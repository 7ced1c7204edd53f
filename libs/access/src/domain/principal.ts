import { ROLES, type Role } from '@ledger/kernel';
import { isPermitted, type Operation } from './permissions.js';
import type { InspectionGrant } from './inspection-access.decider.js';

/** Who is calling, as their verified token says. */
export interface Principal {
  /** The token's subject. */
  readonly subject: string;
  /** The id the ledger records as actor: the staff id for staff (claim `staff_id`), else the subject. */
  readonly actorId: string;
  readonly role: Role;
  /** The settings the token is for. */
  readonly tenants: readonly string[];
}

export type AccessRefusal =
  | { readonly code: 'FORBIDDEN'; readonly reason: 'role' | 'tenant' | 'no_grant'; readonly message: string }
  | { readonly code: 'BAD_USER_INPUT'; readonly reason: 'tenant_missing'; readonly message: string };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The whole access decision for one operation on one setting: the role may perform it, the
 * token is for that setting, and an inspector holds a grant in force now. Pure: the grants
 * and the time come in.
 */
export function authorise(
  principal: Principal,
  operation: Operation,
  tenantId: string | undefined,
  grants: readonly InspectionGrant[],
  now: string,
): AccessRefusal | undefined {
  if (!isPermitted(principal.role, operation)) {
    return { code: 'FORBIDDEN', reason: 'role', message: `A ${principal.role} may not use ${operation}` };
  }
  if (tenantId === undefined) return { code: 'BAD_USER_INPUT', reason: 'tenant_missing', message: `${operation} needs a tenantId` };
  if (!principal.tenants.includes(tenantId)) {
    return { code: 'FORBIDDEN', reason: 'tenant', message: `This sign-in is not for setting ${tenantId}` };
  }
  if (principal.role === 'inspector' && !grants.some((g) => grantInForce(g, principal.subject, now))) {
    return {
      code: 'FORBIDDEN',
      reason: 'no_grant',
      message: `No inspection access to setting ${tenantId} is in force for ${principal.subject}; the setting's head or DSL grants it`,
    };
  }
  return undefined;
}

export function grantInForce(grant: InspectionGrant, inspectorId: string, now: string): boolean {
  return grant.inspectorId === inspectorId && grant.revokedAt === null && grant.validFrom <= now && now < grant.validUntil;
}
