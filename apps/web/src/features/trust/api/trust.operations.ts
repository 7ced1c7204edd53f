import { graphql } from '../../../gql';

/** One setting at a glance (counts only): what a trust administrator compares across settings. */
export const SettingOverviewDocument = graphql(`
  query SettingOverview($tenantId: ID!) {
    settingOverview(tenantId: $tenantId) {
      tenantId
      at
      trainingRequired
      trainingPercentCompliant
      overdueReviews
      openIncidents
    }
  }
`);
