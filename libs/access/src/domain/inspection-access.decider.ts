import { checkOccurredAt, checkPayload, checkRole, ensure, instantOf, streamId, type Decider } from '@ledger/kernel';
import { INSPECTION_ACCESS_ROLES } from './inspection-access.roles.js';
import type { InspectionAccessCommand } from './inspection-access.commands.js';
import { InspectionAccessErrors } from './inspection-access.errors.js';
import { MAX_GRANT_DAYS, type InspectionAccessEvent, type Inspectorate } from './inspection-access.events.js';

export interface InspectionGrant {
  readonly grantId: string;
  readonly inspectorId: string;
  readonly inspectorate: Inspectorate;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly purpose: string;
  readonly grantedBy: string;
  readonly revokedAt: string | null;
}

export type InspectionAccessState = { readonly grants: Readonly<Record<string, InspectionGrant>> };

/** All inspection grants of one setting live in one stream. */
export function toInspectionAccessStreamId(tenantId: string): string {
  return streamId('access', tenantId, 'inspection');
}

export const inspectionAccessDecider: Decider<InspectionAccessCommand, InspectionAccessEvent, InspectionAccessState> = {
  initialState: () => ({ grants: {} }),

  decide(command, state) {
    checkRole(
      command,
      INSPECTION_ACCESS_ROLES[command.kind],
      command.kind === 'GrantInspectionAccess' ? 'grant inspection access' : 'revoke inspection access',
    );
    checkOccurredAt(command);
    checkPayload(command, { emptyText: InspectionAccessErrors.emptyText });
    switch (command.kind) {
      case 'GrantInspectionAccess': {
        ensure(!state.grants[command.grantId], () => InspectionAccessErrors.duplicateGrant(command.grantId));
        ensure(command.inspectorId.trim(), () => InspectionAccessErrors.emptyText('inspectorId'));
        ensure(command.purpose.trim(), () => InspectionAccessErrors.emptyText('purpose'));
        const from = instantOf('validFrom', command.validFrom);
        const until = instantOf('validUntil', command.validUntil);
        ensure(until > from, () => InspectionAccessErrors.badWindow(command.validFrom, command.validUntil));
        const days = Math.ceil((until - from) / 86_400_000);
        ensure(days <= MAX_GRANT_DAYS, () => InspectionAccessErrors.tooLong(days));
        ensure(until > instantOf('now', command.context.now), () => InspectionAccessErrors.alreadyEnded(command.validUntil));
        return [
          {
            type: 'InspectionAccessGranted',
            data: {
              grantId: command.grantId,
              inspectorId: command.inspectorId.trim(),
              inspectorate: command.inspectorate,
              validFrom: new Date(from).toISOString(),
              validUntil: new Date(until).toISOString(),
              purpose: command.purpose.trim(),
              grantedBy: command.actor.id,
            },
          },
        ];
      }
      case 'RevokeInspectionAccess': {
        const grant = state.grants[command.grantId];
        ensure(grant, () => InspectionAccessErrors.notFound(command.grantId));
        ensure(grant.revokedAt === null, () => InspectionAccessErrors.alreadyRevoked(command.grantId));
        ensure(command.reason.trim(), () => InspectionAccessErrors.emptyText('reason'));
        return [
          {
            type: 'InspectionAccessRevoked',
            data: {
              grantId: command.grantId,
              reason: command.reason.trim(),
              revokedBy: command.actor.id,
              revokedAt: new Date(instantOf('occurredAt', command.occurredAt)).toISOString(),
            },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'InspectionAccessGranted':
        return {
          grants: {
            ...state.grants,
            [event.data.grantId]: { ...event.data, revokedAt: null },
          },
        };
      case 'InspectionAccessRevoked': {
        const grant = state.grants[event.data.grantId];
        if (!grant) return state;
        return {
          grants: { ...state.grants, [grant.grantId]: { ...grant, revokedAt: event.data.revokedAt } },
        };
      }
    }
  },
};
