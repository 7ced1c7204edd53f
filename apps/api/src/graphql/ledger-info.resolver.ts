import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import type { LedgerConfig } from '@ledger/config';
import type { EventStore } from '@ledger/ledger';
import { EVENT_STORE, LEDGER_CONFIG } from '../tokens.js';
import { LedgerInfo } from './ledger-info.model.js';
import { APP_VERSION } from '../version.js';
import { Public } from './access/access.decorators.js';

@Resolver(() => LedgerInfo)
export class LedgerInfoResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Query(() => LedgerInfo, { description: 'The ledger software and store serving this API (no sign-in needed)' })
  @Public()
  async ledger(): Promise<LedgerInfo> {
    const oidc = this.config.auth.mode === 'oidc';
    return {
      version: APP_VERSION,
      store: this.store.adapter,
      headPosition: await this.store.headPosition(),
      signIn: { oidc, links: !oidc },
    };
  }
}
