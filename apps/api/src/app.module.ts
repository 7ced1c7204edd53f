import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { GraphQLError, type ValidationContext } from 'graphql';
import { TokenVerifier } from '@ledger/access';
import type { LedgerConfig } from '@ledger/config';
import { ComplianceViews, DEFAULT_REPLAY_LIMITS } from '@ledger/compliance';
import type { Clock } from '@ledger/kernel';
import { CLOCK, ProofService, type EventStore, type LedgerRuntime, type Projector, type WorkerStatusSource } from '@ledger/ledger';
import { DomainModule, LedgerRuntimeModule } from './domain.module.js';
import { AccessGuard } from './graphql/access/access.guard.js';
import { GRAPHQL_RESOLVERS } from './graphql/resolvers.js';
import { CommandGateway } from './graphql/commands/command-gateway.js';
import { formatError } from './graphql/errors.js';
import { InputPipe } from './graphql/input.pipe.js';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter.js';
import { maxPointsInTimeRule } from './graphql/points-in-time.rule.js';
import { DayOnePackController } from './reports/day-one.controller.js';
import { GovernorReportController } from './reports/governor-report.controller.js';
import { TransferLinkController } from './transfer/transfer-link.controller.js';
import { HealthController } from './health/health.controller.js';
import { loggerParams, plainLogger } from './logging/logging.js';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin.js';
import type { LedgerMetrics } from './metrics/ledger-metrics.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { BACKGROUND_WORKERS, EVENT_STORE, LEDGER_CONFIG, PROJECTOR, READ_YOUR_WRITES_MS } from './tokens.js';
import { WebModule } from './web/web.module.js';

/**
 * Limits on one GraphQL operation: nesting depth, estimated cost, aliases (each alias of a view
 * runs the view again, so a thousand of them hold the event loop for seconds), and distinct
 * points in time (each one a replay of the ledger). The token limit stops the parser before a
 * huge document reaches validation, whose field-overlap check is quadratic in repeated fields.
 */
export const QUERY_LIMITS = { maxTokens: 3_000, maxDepth: 10, maxCost: 20_000, maxAliases: 30, maxPointsInTime: 5 } as const;

/** A refused operation is a validation error (HTTP 400) saying which limit it broke, not a server fault. */
const reportLimit = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } })),
  ],
};

/** The composition root: configuration, the opened store and the token verifier come in from outside. */
@Module({})
export class AppModule {
  static forRoot(
    config: LedgerConfig,
    runtime: LedgerRuntime,
    projector: Projector,
    verifier: TokenVerifier,
    metrics: LedgerMetrics,
    /** The background workers for /health; the projector's own status when not given. */
    workers: WorkerStatusSource = projector,
  ): DynamicModule {
    const store: EventStore = runtime.store;
    const errorLog = plainLogger(config);
    return {
      module: AppModule,
      imports: [
        LedgerRuntimeModule.forRuntime(runtime),
        DomainModule,
        MetricsModule.forRoot(config, metrics),
        WebModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.graphqlIntrospection,
          graphiql: config.graphqlIntrospection,
          context: ({ req }: { req: unknown }) => ({ req }),
          // No HTTP cache hints or Apollo traces: both wrap every field resolver and cost time on every row.
          plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), graphqlMetricsPlugin(metrics)],
          formatError: formatError(
            { error: (object, message) => errorLog.error(object, message) },
            { hideSuggestions: !config.graphqlIntrospection },
          ),
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          validationRules: [
            maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...reportLimit }),
            costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...reportLimit }),
            maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...reportLimit }),
            maxPointsInTimeRule(QUERY_LIMITS.maxPointsInTime),
          ],
        }),
      ],
      controllers: [HealthController, GovernorReportController, DayOnePackController, TransferLinkController],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: EVENT_STORE, useValue: store },
        { provide: PROJECTOR, useValue: projector },
        { provide: BACKGROUND_WORKERS, useValue: workers },
        { provide: READ_YOUR_WRITES_MS, useValue: config.readYourWritesMs },
        { provide: TokenVerifier, useValue: verifier },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_PIPE, useValue: new InputPipe() },
        {
          provide: ComplianceViews,
          useFactory: (clock: Clock) =>
            new ComplianceViews(
              store,
              runtime.readModels,
              clock,
              2000,
              (stream) => runtime.ledger.readStream(stream),
              DEFAULT_REPLAY_LIMITS,
              metrics,
            ),
          inject: [CLOCK],
        },
        { provide: ProofService, useValue: ProofService.over(runtime) },
        CommandGateway,
        ...GRAPHQL_RESOLVERS,
      ],
    };
  }
}
