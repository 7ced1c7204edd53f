import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import {
  CommandInput,
  graphqlEnum,
  ID_MESSAGE,
  ID_PATTERN,
  IsDueDate,
  IsLine,
  IsProse,
  SHA256_MESSAGE,
  SHA256_PATTERN,
} from '@ledger/commands';
import { PARENT_CONTACT_METHODS, type ParentContactMethod } from '../domain/incident.commands.js';
import {
  AGENCIES,
  ALLEGATION_OUTCOMES,
  type AllegationOutcome,
  INCIDENT_CATEGORIES,
  TRIAGE_DECISIONS,
  type Agency,
  type IncidentCategory,
  type TriageDecision,
} from '../domain/incident.events.js';

export const IncidentCategoryEnum = graphqlEnum(INCIDENT_CATEGORIES, 'IncidentCategory', 'Categories of online-safety incident');
const AgencyEnum = graphqlEnum(AGENCIES, 'Agency', 'Agencies an incident is escalated to');
const TriageDecisionEnum = graphqlEnum(TRIAGE_DECISIONS, 'TriageDecision', "The DSL's triage decision");
const AllegationOutcomeEnum = graphqlEnum(
  ALLEGATION_OUTCOMES,
  'AllegationOutcome',
  'How an allegation against a member of staff ended (KCSIE Part 4)',
);
const ParentContactEnum = graphqlEnum(PARENT_CONTACT_METHODS, 'ParentContactMethod', 'How parents were informed');

/** What every command on an existing incident names. */
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
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
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
  @IsIn(PARENT_CONTACT_METHODS)
  method!: ParentContactMethod;
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

@InputType({ description: 'How an allegation against a member of staff ended (KCSIE Part 4)' })
export class RecordAllegationOutcomeInput extends IncidentInput {
  @Field(() => AllegationOutcomeEnum, { description: 'Malicious: its personal data is then erased (eraseSubject, malicious_allegation)' })
  @IsIn(ALLEGATION_OUTCOMES)
  outcome!: AllegationOutcome;
}
