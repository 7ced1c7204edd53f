import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEmail, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsDateOfBirth, IsLine, IsProse, RoleEnum } from '@ledger/commands';
import { ROLES, type Role } from '@ledger/kernel';
import { SAFEGUARDING_APPOINTMENTS, SETTING_KINDS, type SafeguardingAppointment, type SettingKind } from '../domain/people.events.js';

const SettingKindEnum = graphqlEnum(SETTING_KINDS, 'SettingKind', 'A school, or an alternative-provision (AP) setting');
const SafeguardingAppointmentEnum = graphqlEnum(
  SAFEGUARDING_APPOINTMENTS,
  'SafeguardingAppointment',
  'A named safeguarding responsibility: DSL, deputy DSL, e-safety coordinator, safeguarding governor, filtering & monitoring governor or SLT lead',
);

@InputType({ description: 'Register this setting (school or AP provider) in the ledger: its first event' })
export class RegisterSettingInput extends CommandInput {
  @Field({ description: 'The name of the setting, e.g. "Hollins Park Academy"' })
  @IsLine(200)
  name!: string;

  @Field(() => SettingKindEnum)
  @IsIn(SETTING_KINDS)
  settingKind!: SettingKind;

  @Field({ description: 'The local authority the setting is in, e.g. "Northshire" (cadence rules differ between them)' })
  @IsLine(200)
  localAuthority!: string;
}

@InputType({ description: 'Form a multi-academy trust; the tenantId is the trust’s id' })
export class FormTrustInput extends CommandInput {
  @Field({ description: 'The name of the trust, e.g. "Northfield Learning Trust"' })
  @IsLine(200)
  name!: string;
}

@InputType({ description: 'This setting joins a trust' })
export class JoinTrustInput extends CommandInput {
  @Field(() => ID, { description: 'The id of the trust joined' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  trustId!: string;
}

@InputType({ isAbstract: true })
abstract class AppointmentInput extends CommandInput {
  @Field(() => SafeguardingAppointmentEnum)
  @IsIn(SAFEGUARDING_APPOINTMENTS)
  appointment!: SafeguardingAppointment;

  @Field(() => ID, { description: 'The member of staff or governor who holds it (their id, never their name)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId!: string;
}

@InputType({ description: 'Appoint someone to a safeguarding responsibility' })
export class AppointSafeguardingRoleInput extends AppointmentInput {}

@InputType({ description: 'End someone’s safeguarding responsibility' })
export class EndSafeguardingRoleInput extends AppointmentInput {}

@InputType({ description: 'A new member of staff joins the setting' })
export class JoinStaffInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result. Their sign-in carries it as `staff_id`' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  staffId?: string;

  @Field({ description: 'Their full name (personal data: encrypted, and erasable)' })
  @IsLine(200)
  name!: string;

  @Field(() => [RoleEnum], { description: 'The roles they act in (at least one)' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @Field({ description: 'Their job title, e.g. "Teacher", "Teaching assistant"' })
  @IsLine(200)
  jobTitle!: string;
}

@InputType({ description: 'A member of staff’s roles or job title change (e.g. a teacher becomes the online safety champion)' })
export class ChangeStaffRolesInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  staffId!: string;

  @Field(() => [RoleEnum], { description: 'All the roles they now act in (at least one); replaces the previous list' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @Field({ description: 'Their job title now' })
  @IsLine(200)
  jobTitle!: string;
}

@InputType({ description: 'A member of staff leaves the setting; their record and training history are kept' })
export class RecordStaffLeavingInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  staffId!: string;

  @Field({ description: 'Why they left, e.g. "Moved to another school"' })
  @IsProse(1000)
  reason!: string;
}

@InputType({
  description: 'Where alerts reach a member of staff (the DSL and deputies on a new concern, whoever is responsible for a deadline)',
})
export class SetAlertAddressInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  staffId!: string;

  @Field({ description: 'Their work email address (personal data: encrypted, and erasable; alerts carry no personal data)' })
  @MaxLength(254)
  @IsEmail({ allow_display_name: false, allow_ip_domain: false }, { message: 'email must be an email address' })
  email!: string;
}

@InputType({ description: 'A pseudonymous pupil reference: the ledger is not the MIS, and never holds pupils’ names' })
export class RegisterPupilReferenceInput extends CommandInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Default: a new id, returned in the result; incidents and searches name the pupil by it',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId?: string;

  @Field({ description: 'The school’s own reference for the pupil, e.g. the MIS admission number (personal data: encrypted)' })
  @IsLine(100)
  reference!: string;

  @Field({ description: 'Date of birth, YYYY-MM-DD (personal data: encrypted; sets how long the child-protection file is kept)' })
  @IsDateOfBirth()
  dateOfBirth!: string;

  @Field({ description: 'Year group, e.g. "Year 9"' })
  @IsLine(50)
  yearGroup!: string;
}
