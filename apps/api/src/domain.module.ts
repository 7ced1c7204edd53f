import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@ledger/access';
import { CatalogueCommandHandler } from '@ledger/commands';
import { incidentPersonalData } from '@ledger/incidents';
import { systemClock, type Clock, type PersonalDataPolicy } from '@ledger/kernel';
import { CLOCK, LEDGER, type LedgerRuntime } from '@ledger/ledger';
import { PeopleModule, peoplePersonalData } from '@ledger/people';
import { documentPersonalData } from '@ledger/policies';
import { searchPersonalData } from '@ledger/searches';

/** Every personal field of every context, for the vault. */
export const PERSONAL_DATA: PersonalDataPolicy = {
  ...peoplePersonalData,
  ...incidentPersonalData,
  ...searchPersonalData,
  ...documentPersonalData,
};

/** The ledger the command handlers write to, provided once for every context module. */
@Module({})
export class LedgerRuntimeModule {
  static forRuntime(runtime: LedgerRuntime, clock: Clock = systemClock): DynamicModule {
    return {
      module: LedgerRuntimeModule,
      global: true,
      providers: [
        { provide: LEDGER, useValue: runtime.ledger },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [LEDGER, CLOCK],
    };
  }
}

/** The command bus and the six safeguarding contexts. */
@Module({
  imports: [CqrsModule.forRoot(), AccessModule, PeopleModule],
  providers: [CatalogueCommandHandler],
  exports: [CqrsModule, AccessModule],
})
export class DomainModule {}
