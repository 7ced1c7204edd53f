import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { StatutoryClocks } from '@ledger/clocks';
import { graphqlEnum } from '@ledger/commands';
import type { Clock } from '@ledger/kernel';
import { CLOCK, type EventStore } from '@ledger/ledger';
import { EVENT_STORE } from '../../tokens.js';
import { Allow } from '../access/access.decorators.js';
import { TenantArgs } from './view-args.js';

const CLOCK_STATUSES = ['due', 'late', 'met', 'met_late'] as const;
const ClockStatusEnum = graphqlEnum(
  CLOCK_STATUSES,
  'ClockStatus',
  'Running and not yet late, running and late, stopped on time, stopped late',
);

@ObjectType({ description: 'The rule a clock is judged by: named in every answer' })
class ClockRuleModel {
  @Field({ description: 'concern_triage, lado_discussion, parents_informed_of_search, …' })
  clock!: string;

  @Field(() => Int, { description: 'The version of this setting’s rule; 0 is the built-in default' })
  ruleVersion!: number;

  @Field(() => Int, { description: 'Working days allowed after the day the clock starts (0: that day)' })
  workingDays!: number;
}

@ObjectType({ description: 'A clock’s rule in force today and what it measures' })
class ClockRuleInForceModel extends ClockRuleModel {
  @Field()
  measures!: string;
}

@ObjectType({ description: 'One clock: what it is about (an id), when it started, when it is due, where it stands' })
class ClockReadingModel {
  @Field()
  clock!: string;

  @Field(() => ID, { description: 'The incident or search (or pupil) it runs for' })
  subjectId!: string;

  @Field(() => ClockRuleModel)
  rule!: ClockRuleModel;

  @Field({ description: 'The day it started (UK date)' })
  startedOn!: string;

  @Field({ description: 'The last day that is on time' })
  dueBy!: string;

  @Field(() => String, { nullable: true, description: 'The day it stopped, or null while it runs' })
  stoppedOn!: string | null;

  @Field(() => ClockStatusEnum)
  status!: (typeof CLOCK_STATUSES)[number];
}

@ObjectType({ description: 'How many clocks of one kind were met on time in one academic year' })
class ClocksMetModel {
  @Field(() => Int, { description: 'The academic year, by the year it starts (1 September)' })
  academicYear!: number;

  @Field()
  clock!: string;

  @Field(() => Int, { description: 'Stopped on time' })
  met!: number;

  @Field(() => Int, { description: 'Stopped late, or still running after their deadline' })
  missed!: number;

  @Field(() => Int, { description: 'Still running, not yet due' })
  running!: number;
}

@ObjectType({ description: 'The statutory and local clocks of one setting, judged today' })
class StatutoryClocksModel {
  @Field({ description: 'The day they were judged on (UK date)' })
  on!: string;

  @Field(() => [ClockRuleInForceModel])
  rules!: ClockRuleInForceModel[];

  @Field(() => [ClockReadingModel], { description: 'Clocks still running (due or late), soonest deadline first' })
  open!: ClockReadingModel[];

  @Field(() => [ClocksMetModel])
  metByYear!: ClocksMetModel[];
}

/** What is due and what is late, for the DSL's home. */
@Resolver()
export class ClockQueries {
  private readonly clocks: StatutoryClocks;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    this.clocks = new StatutoryClocks(store, clock);
  }

  @Query(() => StatutoryClocksModel, {
    description: 'The statutory and local clocks: what is due, what is late, and how many were met per year',
  })
  @Allow('statutoryClocks')
  async statutoryClocks(@Args() args: TenantArgs): Promise<StatutoryClocksModel> {
    const answer = await this.clocks.read(args.tenantId);
    return {
      on: answer.on,
      rules: answer.rules.map((rule) => ({ ...rule })),
      open: answer.readings
        .filter((reading) => reading.status === 'due' || reading.status === 'late')
        .sort((a, b) => a.dueBy.localeCompare(b.dueBy))
        .map((reading) => ({ ...reading, rule: { ...reading.rule } })),
      metByYear: answer.metByYear.map((row) => ({ ...row })),
    };
  }
}
