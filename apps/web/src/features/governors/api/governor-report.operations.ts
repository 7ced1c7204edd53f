import { graphql } from '../../../gql';

export const GovernorReportDocument = graphql(`
  query GovernorReport($tenantId: ID!, $academicYear: Int!) {
    governorReport(tenantId: $tenantId, academicYear: $academicYear) {
      settingName
      academicYear
      from
      to
      policies {
        reviewed
        reviewedLate
        approved
        reviews {
          title
          dueOn
          reviewedOn
          daysLate
        }
      }
      training {
        percentCompliantAtYearEnd
        overdue
        neverDone
      }
      incidents {
        total
        byCategory {
          key
          count
        }
        byTerm {
          key
          count
        }
        decidedNotToRefer
      }
      escalationsByAgency {
        key
        count
      }
      searches {
        total
        byOutcome {
          key
          count
        }
        handedToPolice
      }
      filteringAndMonitoring {
        reviewHeld
        reviewDates
        filterTests
        failedTests
        decisions
      }
      openActionsAtYearEnd
    }
  }
`);
