import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { LedgerMetrics } from './ledger-metrics.js';

/**
 * Counts and times every GraphQL operation by its type and root field — names from the
 * schema, so the label set is bounded — never by the client-chosen operation name.
 */
export function graphqlMetricsPlugin(metrics: LedgerMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let type = 'unknown';
      let field = '(not parsed)';
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          type = operation.operation;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          field = fields.length === 1 ? fields[0]! : fields.length === 0 ? '(fragments)' : '(several)';
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) metrics.graphqlErrors.inc({ code });
          metrics.graphqlOperations.inc({ type, field, outcome: codes[0] ?? 'ok' });
          metrics.graphqlDuration.observe({ type, field }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
