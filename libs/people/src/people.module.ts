import { Module } from '@nestjs/common';
import { DECISION_FACTS } from '@ledger/commands';
import { DecisionFacts } from './application/decision-facts.js';
import { PupilCommandHandler, SettingCommandHandler, StaffCommandHandler } from './application/people.command-handlers.js';

/** Settings, trusts, staff, appointments and pupil references; also provides DecisionFacts to the other contexts. */
@Module({
  providers: [
    DecisionFacts,
    { provide: DECISION_FACTS, useExisting: DecisionFacts },
    SettingCommandHandler,
    StaffCommandHandler,
    PupilCommandHandler,
  ],
  exports: [DecisionFacts, DECISION_FACTS],
})
export class PeopleModule {}
