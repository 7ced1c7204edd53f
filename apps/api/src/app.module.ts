import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { LedgerConfig } from '@ledger/config';
import type { EventStore, LedgerRuntime, Projector } from '@ledger/ledger';
import { DomainModule, LedgerRuntimeModule } from './domain.module.js';
import { LedgerInfoResolver } from './graphql/ledger-info.resolver.js';
import { HealthController } from './health/health.controller.js';
import { EVENT_STORE, LEDGER_CONFIG, PROJECTOR } from './tokens.js';

/** The composition root: configuration and the opened store come in from outside. */
@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig, runtime: LedgerRuntime, projector: Projector): DynamicModule {
    const store: EventStore = runtime.store;
    const development = config.nodeEnv !== 'production';
    return {
      module: AppModule,
      imports: [
        LedgerRuntimeModule.forRuntime(runtime),
        DomainModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
          },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: development,
          graphiql: development,
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: EVENT_STORE, useValue: store },
        { provide: PROJECTOR, useValue: projector },
        LedgerInfoResolver,
      ],
    };
  }
}
