import { graphql } from '../../../gql';

export const NeedsAttentionDocument = graphql(`
  query NeedsAttention($tenantId: ID!) {
    needsAttention(tenantId: $tenantId) {
      on
      untriaged
      escalationsWaiting
      actionsOverdue
      actionsDueThisWeek
      devicesHeld
    }
  }
`);
