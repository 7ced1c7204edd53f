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

export const OpenClocksDocument = graphql(`
  query OpenClocks($tenantId: ID!) {
    statutoryClocks(tenantId: $tenantId) {
      on
      open {
        clock
        subjectId
        startedOn
        dueBy
        status
        rule {
          ruleVersion
          workingDays
        }
      }
    }
  }
`);
