import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  ComplianceViews,
  filterIncidents,
  filterSearches,
  incidentStatus,
  needsAttention,
  type IncidentRecord,
  type IncidentStatus,
  type Term,
} from '@ledger/compliance';
import { INCIDENT_CATEGORIES, IncidentCategoryEnum } from '@ledger/incidents';
import { type Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { Allow } from '../access/access.decorators.js';
import { graphqlEnum, ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { Connection, paginate } from './pagination.js';
import { TenantArgs, TimeArgs } from './view-args.js';

const STATUSES = ['untriaged', 'open', 'closed'] as const satisfies readonly IncidentStatus[];
const IncidentStatusEnum = graphqlEnum(STATUSES, 'IncidentStatus', 'Where an incident stands: not yet triaged, open, or closed');
const TERMS = ['autumn', 'spring', 'summer'] as const satisfies readonly Term[];
const TermEnum = graphqlEnum(TERMS, 'Term', 'A school term: autumn (from September), spring (to April), summer');

@ObjectType({ description: 'An escalation to an agency and where it stands' })
class EscalationSummary {
  @Field(() => ID)
  escalationId!: string;

  @Field()
  agency!: string;

  @Field({ description: 'The day it was escalated' })
  on!: string;

  @Field()
  referencePending!: boolean;

  @Field()
  outcomeRecorded!: boolean;
}

@ObjectType({ description: 'A follow-up action and whether it is done' })
class ActionSummary {
  @Field(() => ID)
  actionId!: string;

  @Field(() => ID)
  assigneeId!: string;

  @Field()
  dueOn!: string;

  @Field()
  done!: boolean;
}

@ObjectType({ description: 'An incident and where it stands (ids, category and dates: no narrative)' })
class IncidentSummary {
  @Field(() => ID)
  incidentId!: string;

  @Field(() => IncidentCategoryEnum)
  category!: string;

  @Field({ description: 'The day it was reported' })
  reportedOn!: string;

  @Field(() => IncidentStatusEnum)
  status!: IncidentStatus;

  @Field(() => String, { nullable: true })
  triageDecision!: string | null;

  @Field(() => [ID])
  involvedPupilIds!: string[];

  @Field(() => [EscalationSummary])
  escalations!: EscalationSummary[];

  @Field(() => [ActionSummary])
  actions!: ActionSummary[];

  @Field(() => String, { nullable: true })
  closedOn!: string | null;
}

@ObjectType()
class IncidentSummaryConnection extends Connection(IncidentSummary, 'IncidentSummary') {}

@ObjectType({ description: 'A search of a pupil and where it stands (ids and dates only)' })
class SearchSummary {
  @Field(() => ID)
  searchId!: string;

  @Field(() => ID)
  pupilId!: string;

  @Field({ description: 'The day it was conducted' })
  conductedOn!: string;

  @Field()
  suspectedIndecentImage!: boolean;

  @Field(() => [ID], { description: 'Devices confiscated and still held by the school' })
  devicesHeld!: string[];

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType()
class SearchSummaryConnection extends Connection(SearchSummary, 'SearchSummary') {}

@ArgsType()
class SearchesArgs extends TimeArgs {
  @Field(() => ID, { nullable: true, description: 'Only searches of this pupil reference' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId?: string;
}

@ObjectType({ description: "What needs the DSL's attention today: the incidents and searches of each kind" })
class NeedsAttentionModel {
  @Field({ description: 'The day this was worked out for' })
  on!: string;

  @Field(() => [ID], { description: 'Concerns not yet triaged' })
  untriaged!: string[];

  @Field(() => [ID], { description: 'Incidents with an escalation that has no outcome, or whose reference is pending' })
  escalationsWaiting!: string[];

  @Field(() => [ID], { description: 'Incidents with an action past its due date' })
  actionsOverdue!: string[];

  @Field(() => [ID], { description: 'Incidents with an action due in the next seven days' })
  actionsDueThisWeek!: string[];

  @Field(() => [ID], { description: 'Searches with a device the school still holds' })
  devicesHeld!: string[];
}

@ArgsType()
class IncidentsArgs extends TimeArgs {
  @Field(() => IncidentCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(INCIDENT_CATEGORIES)
  category?: string;

  @Field(() => IncidentStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(STATUSES)
  status?: IncidentStatus;

  @Field(() => Int, { nullable: true, description: 'Reported in the academic year starting 1 September of this year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  academicYear?: number;

  @Field(() => TermEnum, { nullable: true, description: 'Reported in this term' })
  @IsOptional()
  @IsIn(TERMS)
  term?: Term;

  @Field(() => ID, { nullable: true, description: 'Only incidents involving this pupil reference' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId?: string;
}

const summary = (i: IncidentRecord): IncidentSummary => ({
  ...i,
  status: incidentStatus(i),
  involvedPupilIds: [...i.involvedPupilIds],
  escalations: i.escalations.map((e) => ({ ...e })),
  actions: i.actions.map((a) => ({ ...a })),
});

/** The DSL's workspace: the caseload of one setting, live (ids, categories, dates and statuses only). */
@Resolver()
export class CaseloadQueries {
  constructor(
    private readonly views: ComplianceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => IncidentSummaryConnection, { description: 'Incidents with where each stands, newest first, filtered' })
  @Allow('caseload')
  async incidents(@Args() args: IncidentsArgs): Promise<IncidentSummaryConnection> {
    const rows = filterIncidents(await this.views.caseload(args.tenantId), args).map(summary);
    return paginate(rows, (r) => r.incidentId, args);
  }

  @Query(() => SearchSummaryConnection, { description: 'Searches with where each stands, newest first' })
  @Allow('caseload')
  async searches(@Args() args: SearchesArgs): Promise<SearchSummaryConnection> {
    const rows = filterSearches(await this.views.caseload(args.tenantId), args).map((s) => ({ ...s, devicesHeld: [...s.devicesHeld] }));
    return paginate(rows, (r) => r.searchId, args);
  }

  @Query(() => NeedsAttentionModel, { description: "What needs the DSL's attention today" })
  @Allow('caseload')
  async needsAttention(@Args() args: TenantArgs): Promise<NeedsAttentionModel> {
    const on = this.clock.now().toISOString().slice(0, 10);
    const list = needsAttention(await this.views.caseload(args.tenantId), on);
    return {
      on,
      untriaged: [...list.untriaged],
      escalationsWaiting: [...list.escalationsWaiting],
      actionsOverdue: [...list.actionsOverdue],
      actionsDueThisWeek: [...list.actionsDueThisWeek],
      devicesHeld: [...list.devicesHeld],
    };
  }
}
