import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { InspectionAccessCommand } from './domain/inspection-access.commands.js';
import { inspectionAccessDecider, toInspectionAccessStreamId } from './domain/inspection-access.decider.js';
import { INSPECTION_ACCESS_ROLES } from './domain/inspection-access.roles.js';
import { GrantInspectionAccessInput, RevokeInspectionAccessInput } from './graphql/inspection-access.input.js';

/** Granting and revoking an inspector's time-boxed access; each returns the grant id. */
export const INSPECTION_ACCESS_CATALOGUE = new CommandCatalogue<WithoutContext<InspectionAccessCommand>>(
  aggregateCatalogue({
    decider: inspectionAccessDecider,
    toStreamId: (c) => toInspectionAccessStreamId(c.tenantId),
    aggregateId: (c) => c.grantId,
    roles: INSPECTION_ACCESS_ROLES,
  })({
    GrantInspectionAccess: command(GrantInspectionAccessInput, {
      description: 'Give an inspector time-boxed read access to this setting',
      toCommand: (input, newId) => ({
        kind: 'GrantInspectionAccess',
        grantId: input.grantId ?? newId(),
        inspectorId: input.inspectorId,
        inspectorate: input.inspectorate,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        purpose: input.purpose,
      }),
    }),
    RevokeInspectionAccess: command(RevokeInspectionAccessInput, {
      description: "End an inspector's access now",
      toCommand: (input) => ({ kind: 'RevokeInspectionAccess', grantId: input.grantId, reason: input.reason }),
    }),
  }),
);
