import { type DynamicModule, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { AccessModule, openSessionDatabase, SessionStore, type SessionDatabase } from '@ledger/access';
import type { LedgerConfig } from '@ledger/config';
import { AuthController } from './auth.controller.js';
import { OidcSignIn } from './oidc-sign-in.js';
import { LEDGER_CONFIG } from '../tokens.js';

const SESSION_DATABASE = Symbol('SESSION_DATABASE');

/** Closes the sessions database with the app. */
class SessionDatabaseLifecycle implements OnModuleDestroy {
  constructor(@Inject(SESSION_DATABASE) private readonly database: SessionDatabase) {}

  async onModuleDestroy(): Promise<void> {
    await this.database.close();
  }
}

/** The browser's way in: sessions, sign-in links (and OpenID Connect when configured). */
@Module({})
export class WebModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: WebModule,
      global: true,
      imports: [AccessModule],
      controllers: [AuthController],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: SESSION_DATABASE, useFactory: () => openSessionDatabase(config) },
        {
          provide: SessionStore,
          useFactory: (database: SessionDatabase) =>
            new SessionStore(database.db, { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 }),
          inject: [SESSION_DATABASE],
        },
        SessionDatabaseLifecycle,
        OidcSignIn,
      ],
      exports: [SessionStore],
    };
  }
}
