import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { SettingClockCommand } from './domain/clock.commands.js';
import { settingClocksDecider, toSettingClocksStreamId } from './domain/clock.decider.js';
import { CLOCK_ROLES } from './domain/clock.roles.js';
import { RecordClosureDayInput, RecordTermInput, SetClockRuleInput } from './graphql/clock.input.js';

/** Every clock command: the setting's clock rules and its calendar. */
export const CLOCKS_CATALOGUE = new CommandCatalogue<WithoutContext<SettingClockCommand>>(
  aggregateCatalogue({
    decider: settingClocksDecider,
    toStreamId: (c: WithoutContext<SettingClockCommand>) => toSettingClocksStreamId(c.tenantId),
    aggregateId: (_c, tenantId) => tenantId,
    roles: CLOCK_ROLES,
  })({
    SetClockRule: command(SetClockRuleInput, {
      description:
        'Set how many working days this setting allows for a statutory or local clock (a new rule version); returns the setting id',
      toCommand: (input) => ({ kind: 'SetClockRule', clock: input.clock, workingDays: input.workingDays, note: input.note }),
    }),
    RecordTerm: command(RecordTermInput, {
      description: 'Record a term or half term of this setting; returns the term id',
      toCommand: (input, newId) => ({
        kind: 'RecordTerm',
        termId: input.termId ?? newId(),
        name: input.name,
        start: input.start,
        end: input.end,
      }),
      resultId: (c) => c.termId,
    }),
    RecordClosureDay: command(RecordClosureDayInput, {
      description: 'Record a day within term when this setting is closed; returns the setting id',
      toCommand: (input) => ({ kind: 'RecordClosureDay', date: input.date, reason: input.reason }),
    }),
  }),
);
