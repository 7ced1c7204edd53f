import { Module } from '@nestjs/common';
import { DECISION_FACTS } from '@ledger/commands';
import { DecisionFacts } from './application/decision-facts.js';

/** Provides DecisionFacts (what deciders may know of other aggregates) to the command handler of every context. */
@Module({
  providers: [DecisionFacts, { provide: DECISION_FACTS, useExisting: DecisionFacts }],
  exports: [DecisionFacts, DECISION_FACTS],
})
export class PeopleModule {}
