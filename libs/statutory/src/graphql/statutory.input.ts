import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  CommandInput,
  graphqlEnum,
  ID_MESSAGE,
  ID_PATTERN,
  IsLine,
  IsLineList,
  IsPastDate,
  IsProse,
  SHA256_MESSAGE,
  SHA256_PATTERN,
} from '@ledger/commands';
import { PROVIDER_REGISTRATIONS, SCHOOL_DAYS, type ProviderRegistration, type SchoolDay } from '../domain/ap-placement.events.js';
import { SCR_CATEGORIES, SCR_CHECKS, type ScrCategory, type ScrCheck } from '../domain/central-record.events.js';

const ProviderRegistrationEnum = graphqlEnum(
  PROVIDER_REGISTRATIONS,
  'ProviderRegistration',
  'Whether an alternative provider is registered',
);
const SchoolDayEnum = graphqlEnum(SCHOOL_DAYS, 'SchoolDay', 'A day of the school week');
const ScrCategoryEnum = graphqlEnum(SCR_CATEGORIES, 'ScrCategory', 'Who a single central record entry is for');
const ScrCheckEnum = graphqlEnum(SCR_CHECKS, 'ScrCheck', 'A pre-appointment check of KCSIE Part 3');

@InputType({ description: "Send a pupil's child-protection file to their next school (KCSIE Annex C), on occurredAt" })
export class SendChildProtectionFileInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  transferId?: string;

  @Field(() => ID, { description: 'The pupil (their pseudonymous id on this ledger)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;

  @Field({ description: 'The day the pupil left (YYYY-MM-DD)' })
  @IsPastDate()
  leftOn!: string;

  @Field(() => ID, { nullable: true, description: 'The receiving setting, when it is on this ledger (else toSchoolName)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  toSettingId?: string;

  @Field({ nullable: true, description: 'The receiving school, when it is not on this ledger (a one-time link then carries the file)' })
  @IsOptional()
  @IsLine(200)
  toSchoolName?: string;
}

@InputType({ description: 'Issue a one-time, expiring download link for a transfer to a school not on this ledger' })
export class IssueChildProtectionFileLinkInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  transferId!: string;

  @Field({ description: "SHA-256 of the link's secret token (the token itself never reaches the ledger)" })
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  tokenHash!: string;

  @Field({ description: 'When the link stops working (ISO-8601; within 14 days)' })
  @Matches(/^\d{4}-\d{2}-\d{2}T/, { message: '$property must be an ISO-8601 date-time' })
  expiresAt!: string;
}

@InputType({ description: 'Record that a transfer package was fetched through its one-time link' })
export class RecordChildProtectionFileDownloadInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  transferId!: string;

  @Field()
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  tokenHash!: string;
}

@InputType({ description: 'The receiving DSL confirms receipt of a child-protection file (on occurredAt)' })
export class ConfirmChildProtectionFileReceiptInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  transferId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The sending setting, when this setting received the file on this ledger; leave out when confirming for the sender',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  fromSettingId?: string;

  @Field({ nullable: true, description: 'Who received it, when not the signed-in DSL (the name given on the receipt page)' })
  @IsOptional()
  @IsLine(200)
  receivedBy?: string;
}

@InputType({ description: 'Record a placement in alternative provision (the placing school stays responsible)' })
export class RecordApPlacementInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  placementId?: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;

  @Field({ description: 'The provider, e.g. "Oakfield Alternative Provision"' })
  @IsLine(200)
  providerName!: string;

  @Field(() => ProviderRegistrationEnum)
  @IsIn(PROVIDER_REGISTRATIONS)
  registration!: ProviderRegistration;

  @Field({ nullable: true, description: "The provider's URN (6 digits) where registered" })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '$property must be 6 digits' })
  urn?: string;

  @Field({ description: 'The first day of the placement (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  startOn!: string;

  @Field(() => [SchoolDayEnum], { description: 'The days the pupil attends the provider' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(SCHOOL_DAYS, { each: true })
  days!: SchoolDay[];

  @Field(() => Float, { description: 'Hours a week at the provider (more than 0, at most 40)' })
  @IsNumber()
  @Min(0.5)
  @Max(40)
  hoursPerWeek!: number;

  @Field(() => [String], { description: 'The checks made on the provider\'s safeguarding, e.g. "Safeguarding policy seen", "DSL named"' })
  @IsLineList(30, 300, { nonEmpty: true })
  providerChecks!: string[];
}

@InputType({ description: 'A (half-termly) review of a placement, on occurredAt: attendance and welfare' })
export class ReviewApPlacementInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  placementId!: string;

  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  reviewId?: string;

  @Field(() => Int, { description: 'Attendance at the provider since the last review, percent' })
  @IsInt()
  @Min(0)
  @Max(100)
  attendancePercent!: number;

  @Field({ description: 'Welfare notes: how the pupil is, any concerns (no other pupils named)' })
  @IsProse(5000)
  welfareNotes!: string;
}

@InputType({ description: 'A placement ended (on occurredAt)' })
export class EndApPlacementInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  placementId!: string;

  @Field({ description: 'Why, e.g. "Returned to mainstream timetable"' })
  @IsLine(500)
  reason!: string;
}

@InputType({ description: 'Add a member of staff, volunteer, governor, supply worker or contractor to the single central record' })
export class AddCentralRecordEntryInput extends CommandInput {
  @Field(() => ID, { description: 'The person (their staff id where they are on the staff list)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId!: string;

  @Field(() => ScrCategoryEnum)
  @IsIn(SCR_CATEGORIES)
  category!: ScrCategory;

  @Field({ description: 'The day they started or will start (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  startOn!: string;

  @Field({ description: 'In regulated activity: needs the barred-list check' })
  @IsBoolean()
  regulatedActivity!: boolean;

  @Field({ description: 'Carries out teaching work: needs the prohibition-from-teaching check' })
  @IsBoolean()
  teaching!: boolean;

  @Field({ description: 'In a management role: needs the section 128 check' })
  @IsBoolean()
  management!: boolean;

  @Field({ description: 'Lived or worked outside the UK: needs overseas checks' })
  @IsBoolean()
  livedOverseas!: boolean;

  @Field({ description: 'The post requires qualifications, which must be checked' })
  @IsBoolean()
  qualificationsRequired!: boolean;
}

@InputType({ description: 'A pre-appointment check was made (KCSIE Part 3): when, and the evidence hash. Never the disclosure content.' })
export class RecordPreAppointmentCheckInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId!: string;

  @Field(() => ScrCheckEnum)
  @IsIn(SCR_CHECKS)
  check!: ScrCheck;

  @Field({ description: 'The day the check was made (YYYY-MM-DD)' })
  @IsPastDate()
  checkedOn!: string;

  @Field({ description: 'SHA-256 of the evidence (a scan of the document seen), hashed in the browser' })
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  evidenceHash!: string;

  @Field({ nullable: true, description: "A DBS check's 12-digit certificate number" })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: '$property must be 12 digits' })
  dbsCertificateNumber?: string;

  @Field({ nullable: true, description: "A DBS certificate's date of issue (YYYY-MM-DD)" })
  @IsOptional()
  @IsPastDate()
  dbsIssuedOn?: string;
}

@InputType({ description: 'Record that the inspection day-one pack was generated (the CLI and the pack route send this)' })
export class RecordDayOnePackInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  packId?: string;

  @Field({ description: "SHA-256 of the pack's zip" })
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  packSha256!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  checkpointTreeSize!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  recordsCited!: number;

  @Field(() => Int, { description: 'The academic year (starting 1 September) the pack reports' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  academicYear!: number;
}
