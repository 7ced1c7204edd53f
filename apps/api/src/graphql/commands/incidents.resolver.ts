import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import type { Principal } from '@ledger/access';
import {
  AGENCIES,
  ExecuteIncidentCommand,
  INCIDENT_CATEGORIES,
  TRIAGE_DECISIONS,
  type Agency,
  type IncidentCategory,
  type TriageDecision,
} from '@ledger/incidents';
import { newId } from '@ledger/kernel';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandInput, CommandResult, ID_MESSAGE, ID_PATTERN } from './command-input.js';
import { graphqlEnum } from './enums.js';
import { IsDueDate, IsLine, IsProse } from './fields.js';

const IncidentCategoryEnum = graphqlEnum(INCIDENT_CATEGORIES, 'IncidentCategory', 'Categories of online-safety incident');
const AgencyEnum = graphqlEnum(AGENCIES, 'Agency', 'Agencies an incident is escalated to');
const TriageDecisionEnum = graphqlEnum(TRIAGE_DECISIONS, 'TriageDecision', "The DSL's triage decision");
const PARENT_CONTACT = ['phone', 'meeting', 'letter', 'email'] as const;
const ParentContactEnum = graphqlEnum(PARENT_CONTACT, 'ParentContactMethod', 'How parents were informed');

@InputType({ isAbstract: true })
abstract class IncidentInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  incidentId!: string;
}

@InputType({ description: 'A concern reported by any member of staff' })
export class ReportIncidentInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  incidentId?: string;

  @Field(() => IncidentCategoryEnum)
  @IsIn(INCIDENT_CATEGORIES)
  category!: IncidentCategory;

  @Field(() => [ID], { description: 'Pupil ids (registered references), never names' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  involvedPupilIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Set when the concern is about a member of staff (an allegation)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  aboutStaffId?: string;

  @Field({ description: 'What happened, as the reporter saw or heard it (personal data: encrypted)' })
  @IsProse(20_000)
  narrative!: string;

  @Field({ nullable: true, description: "The child's own words, verbatim (personal data: encrypted)" })
  @IsOptional()
  @IsProse(20_000)
  childsWords?: string;
}

@InputType()
export class TriageIncidentInput extends IncidentInput {
  @Field(() => TriageDecisionEnum)
  @IsIn(TRIAGE_DECISIONS)
  decision!: TriageDecision;

  @Field()
  @IsProse(5000)
  rationale!: string;
}

@InputType()
export class EscalateIncidentInput extends IncidentInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  escalationId?: string;

  @Field(() => AgencyEnum)
  @IsIn(AGENCIES)
  agency!: Agency;

  @Field({ nullable: true, description: "The agency's reference (required for police and LADO unless pending)" })
  @IsOptional()
  @IsLine(200)
  reference?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  referencePending?: boolean;
}

@InputType()
export class RecordEscalationOutcomeInput extends IncidentInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  escalationId!: string;

  @Field()
  @IsProse(5000)
  outcome!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsLine(200)
  reference?: string;
}

@InputType()
export class PreserveEvidenceInput extends IncidentInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  evidenceId?: string;

  @Field({ description: 'SHA-256 of the preserved file (64 hex characters)' })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '$property must be 64 hexadecimal characters (a SHA-256)' })
  sha256!: string;

  @Field({ description: 'Where the evidence is held' })
  @IsLine(500)
  heldAt!: string;

  @Field()
  @IsProse(2000)
  description!: string;
}

@InputType()
export class InformParentsInput extends IncidentInput {
  @Field(() => ParentContactEnum)
  @IsIn(PARENT_CONTACT)
  method!: (typeof PARENT_CONTACT)[number];
}

@InputType()
export class ApplySanctionInput extends IncidentInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;

  @Field()
  @IsProse(1000)
  sanction!: string;
}

@InputType()
export class AssignIncidentActionInput extends IncidentInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  actionId?: string;

  @Field()
  @IsProse(2000)
  description!: string;

  @Field(() => ID, { description: 'The member of staff who must do it' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  assigneeId!: string;

  @Field({ description: 'Due date (YYYY-MM-DD)' })
  @IsDueDate()
  dueOn!: string;
}

@InputType()
export class CompleteIncidentActionInput extends IncidentInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  actionId!: string;
}

@InputType()
export class CloseIncidentInput extends IncidentInput {
  @Field()
  @IsProse(5000)
  outcome!: string;
}

@InputType()
export class ReopenIncidentInput extends IncidentInput {
  @Field()
  @IsProse(5000)
  reason!: string;
}

/** One mutation per incident command. */
@Resolver()
export class IncidentMutations {
  constructor(private readonly gateway: CommandGateway) {}

  /** `resultId`: the id the caller needs next (a generated escalation, evidence or action id), default the incident's. */
  private run(
    principal: Principal,
    input: CommandInput,
    incidentId: string,
    body: Record<string, unknown> & { kind: string },
    resultId: string = incidentId,
  ) {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(resultId, meta, new ExecuteIncidentCommand({ ...body, incidentId, ...meta } as never));
  }

  @Mutation(() => CommandResult, { description: 'Report an online-safety concern (any member of staff)' })
  @Allow('ReportIncident')
  reportIncident(@CurrentPrincipal() principal: Principal, @Args('input') input: ReportIncidentInput): Promise<CommandResult> {
    const { tenantId: _t, occurredAt: _o, commandId: _c, correlationId: _r, incidentId, ...body } = input;
    return this.run(principal, input, incidentId ?? newId(), { kind: 'ReportIncident', ...body });
  }

  @Mutation(() => CommandResult, { description: "Record the DSL's triage decision and why" })
  @Allow('TriageIncident')
  triageIncident(@CurrentPrincipal() principal: Principal, @Args('input') input: TriageIncidentInput): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'TriageIncident', decision: input.decision, rationale: input.rationale });
  }

  @Mutation(() => CommandResult, {
    description: 'Refer the incident to an agency (police, LADO, CEOP, children’s social care, Prevent, early help)',
  })
  @Allow('EscalateIncident')
  escalateIncident(@CurrentPrincipal() principal: Principal, @Args('input') input: EscalateIncidentInput): Promise<CommandResult> {
    const escalationId = input.escalationId ?? newId();
    return this.run(
      principal,
      input,
      input.incidentId,
      {
        kind: 'EscalateIncident',
        escalationId,
        agency: input.agency,
        reference: input.reference,
        referencePending: input.referencePending,
      },
      escalationId,
    );
  }

  @Mutation(() => CommandResult, { description: 'Record what the agency decided' })
  @Allow('RecordEscalationOutcome')
  recordEscalationOutcome(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordEscalationOutcomeInput,
  ): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, {
      kind: 'RecordEscalationOutcome',
      escalationId: input.escalationId,
      outcome: input.outcome,
      reference: input.reference,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record that evidence was preserved (its hash and where it is held, never the content)' })
  @Allow('PreserveEvidence')
  preserveEvidence(@CurrentPrincipal() principal: Principal, @Args('input') input: PreserveEvidenceInput): Promise<CommandResult> {
    const evidenceId = input.evidenceId ?? newId();
    return this.run(
      principal,
      input,
      input.incidentId,
      {
        kind: 'PreserveEvidence',
        evidenceId,
        sha256: input.sha256.toLowerCase(),
        heldAt: input.heldAt,
        description: input.description,
      },
      evidenceId,
    );
  }

  @Mutation(() => CommandResult, { description: 'Record that parents were informed, and how' })
  @Allow('InformParents')
  informParents(@CurrentPrincipal() principal: Principal, @Args('input') input: InformParentsInput): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'InformParents', method: input.method });
  }

  @Mutation(() => CommandResult, { description: 'Record a sanction applied to a pupil' })
  @Allow('ApplySanction')
  applySanction(@CurrentPrincipal() principal: Principal, @Args('input') input: ApplySanctionInput): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'ApplySanction', pupilId: input.pupilId, sanction: input.sanction });
  }

  @Mutation(() => CommandResult, { description: 'Assign a follow-up action to a member of staff' })
  @Allow('AssignIncidentAction')
  assignIncidentAction(@CurrentPrincipal() principal: Principal, @Args('input') input: AssignIncidentActionInput): Promise<CommandResult> {
    const actionId = input.actionId ?? newId();
    return this.run(
      principal,
      input,
      input.incidentId,
      {
        kind: 'AssignIncidentAction',
        actionId,
        description: input.description,
        assigneeId: input.assigneeId,
        dueOn: input.dueOn,
      },
      actionId,
    );
  }

  @Mutation(() => CommandResult, { description: 'Mark a follow-up action done' })
  @Allow('CompleteIncidentAction')
  completeIncidentAction(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CompleteIncidentActionInput,
  ): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'CompleteIncidentAction', actionId: input.actionId });
  }

  @Mutation(() => CommandResult, { description: 'Close the incident with its outcome' })
  @Allow('CloseIncident')
  closeIncident(@CurrentPrincipal() principal: Principal, @Args('input') input: CloseIncidentInput): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'CloseIncident', outcome: input.outcome });
  }

  @Mutation(() => CommandResult, { description: 'Reopen a closed incident, saying why' })
  @Allow('ReopenIncident')
  reopenIncident(@CurrentPrincipal() principal: Principal, @Args('input') input: ReopenIncidentInput): Promise<CommandResult> {
    return this.run(principal, input, input.incidentId, { kind: 'ReopenIncident', reason: input.reason });
  }
}
