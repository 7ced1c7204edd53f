import { Module } from '@nestjs/common';
import { DecisionFacts } from './application/decision-facts.js';
import { PupilCommandHandler, SettingCommandHandler, StaffCommandHandler } from './application/people.command-handlers.js';

/** Settings, trusts, staff, appointments and pupil references; also provides DecisionFacts to the other contexts. */
@Module({
  providers: [DecisionFacts, SettingCommandHandler, StaffCommandHandler, PupilCommandHandler],
  exports: [DecisionFacts],
})
export class PeopleModule {}
