import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LedgerRuntime } from '@ledger/ledger';
import { DomainModule, LedgerRuntimeModule } from './domain.module.js';

/**
 * The command bus without the HTTP server: for `ledger demo` and tests that drive the
 * domain exactly as the API does.
 */
export async function createDomainContext(runtime: LedgerRuntime): Promise<INestApplicationContext> {
  @Module({ imports: [LedgerRuntimeModule.forRuntime(runtime), DomainModule] })
  class DomainContextModule {}
  return NestFactory.createApplicationContext(DomainContextModule, { logger: false });
}
