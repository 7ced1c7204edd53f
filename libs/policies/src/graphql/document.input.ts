import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  CommandInput,
  graphqlEnum,
  ID_MESSAGE,
  ID_PATTERN,
  IsCalendarDate,
  IsDueDate,
  IsLine,
  IsProse,
  RoleEnum,
  SHA256_MESSAGE,
  SHA256_PATTERN,
} from '@ledger/commands';
import { ROLES, type Role } from '@ledger/kernel';
import {
  CONSENTS,
  DOCUMENT_KINDS,
  REVIEW_OUTCOMES,
  SHARING_CHANNELS,
  SIGNATORIES,
  type ConsentKind,
  type DocumentKind,
  type ReviewOutcome,
  type SharingChannel,
  type Signatory,
} from '../domain/document.events.js';

const DocumentKindEnum = graphqlEnum(
  DOCUMENT_KINDS,
  'DocumentKind',
  'Kinds of policy and statutory document: e-safety policy, staff and pupil AUPs, mobile phone, password, searching & confiscation, child protection, KCSIE, consent form',
);
const ConsentKindEnum = graphqlEnum(CONSENTS, 'ConsentKind', 'What a parent or carer consents to');
const ReviewOutcomeEnum = graphqlEnum(REVIEW_OUTCOMES, 'ReviewOutcome', 'Whether a review left the policy unchanged or amended it');
const SharingChannelEnum = graphqlEnum(SHARING_CHANNELS, 'SharingChannel', 'How a policy reached parents and carers');
const SignatoryEnum = graphqlEnum(SIGNATORIES, 'AgreementSignatory', 'Who signed an agreement: the pupil, or a parent or carer');

@InputType({ isAbstract: true })
abstract class DocumentInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  documentId!: string;
}

@InputType({ isAbstract: true })
abstract class VersionInput extends DocumentInput {
  @Field({ description: 'The version, as the document names it, e.g. "2024.1"' })
  @IsLine(50)
  version!: string;
}

@InputType({ isAbstract: true })
abstract class SignedVersionInput extends VersionInput {
  @Field({ description: 'SHA-256 of the exact version signed (64 hex characters): a signature always names what was signed' })
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  contentHash!: string;
}

@InputType({ description: 'A new policy or statutory document (e.g. the e-safety policy, a KCSIE edition)' })
export class DraftDocumentInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  documentId?: string;

  @Field({ description: 'Its title, e.g. "Internet & E-Safety Policy"' })
  @IsLine(300)
  title!: string;

  @Field(() => DocumentKindEnum)
  @IsIn(DOCUMENT_KINDS)
  documentKind!: DocumentKind;

  @Field({
    description: 'True for statutory guidance the setting adopts but does not write (e.g. KCSIE): it is acknowledged, not approved',
  })
  @IsBoolean()
  statutory!: boolean;

  @Field(() => [RoleEnum], {
    description: 'The roles that must acknowledge it "read and understood" ("staff" means every member of staff); empty for none',
  })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  acknowledgedBy!: Role[];
}

@InputType({ description: 'A version of the document is published' })
export class PublishVersionInput extends VersionInput {
  @Field({ description: 'SHA-256 of the version’s content (64 hex characters); the text itself is optional' })
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  contentHash!: string;

  @Field({ nullable: true, description: 'The full text of the version, when the setting wants it kept in the ledger' })
  @IsOptional()
  // The HTTP body limit (100 kB by default) usually refuses a longer text before this does.
  @IsProse(100_000)
  text?: string;
}

@InputType({ description: 'A governors’ committee approves a published version' })
export class ApproveVersionInput extends VersionInput {
  @Field({ description: 'The committee that approved it, e.g. "Full governing body", "Safeguarding committee"' })
  @IsLine(200)
  committee!: string;
}

@InputType({ description: 'The chair of governors ratifies an approved version (the chair is the signed-in caller)' })
export class RatifyVersionInput extends VersionInput {}

@InputType({ description: 'When the document is next due for review' })
export class ScheduleReviewInput extends DocumentInput {
  @Field({ description: 'Review due date, YYYY-MM-DD' })
  @IsDueDate()
  dueOn!: string;

  @Field(() => Int, {
    description: 'How often it is reviewed, in months (usually 12: "annually, or sooner after significant developments")',
  })
  @IsInt()
  @Min(1)
  @Max(60)
  cadenceMonths!: number;
}

@InputType({ description: 'The document was reviewed (on occurredAt, which may be after it fell due)' })
export class ReviewDocumentInput extends DocumentInput {
  @Field(() => ReviewOutcomeEnum, { description: 'no_change, or amended (then publish the new version)' })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: ReviewOutcome;

  @Field({ description: 'The next review due date, YYYY-MM-DD' })
  @IsDueDate()
  nextDueOn!: string;
}

@InputType({ description: 'The document is withdrawn from use (its history is kept)' })
export class RetireDocumentInput extends DocumentInput {
  @Field({ description: 'Why, e.g. "Merged into the Internet & E-Safety Policy"' })
  @IsProse(1000)
  reason!: string;
}

@InputType({ description: 'The signed-in member of staff has read and understood this exact version' })
export class AcknowledgeDocumentInput extends SignedVersionInput {}

@InputType({ description: 'A pupil or parent signed an agreement (e.g. the pupil e-safety agreement or AUP), recorded by staff' })
export class SignAgreementInput extends SignedVersionInput {
  @Field(() => SignatoryEnum)
  @IsIn(SIGNATORIES)
  signatory!: Signatory;

  @Field(() => ID, { description: 'The pupil’s id (a registered reference), never their name' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;
}

@InputType({ description: 'A parent or carer gave consent (photographs, internet use) on this version of the consent form' })
export class GiveConsentInput extends VersionInput {
  @Field(() => ConsentKindEnum)
  @IsIn(CONSENTS)
  consent!: ConsentKind;

  @Field(() => ID, { description: 'The pupil’s id (a registered reference), never their name' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;

  @Field({ description: 'The name of the parent or carer who gave it (personal data: encrypted, and erasable)' })
  @IsLine(200)
  givenBy!: string;
}

@InputType({ description: 'A parent or carer withdrew a consent' })
export class WithdrawConsentInput extends DocumentInput {
  @Field(() => ConsentKindEnum)
  @IsIn(CONSENTS)
  consent!: ConsentKind;

  @Field(() => ID, { description: 'The pupil’s id (a registered reference), never their name' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  pupilId!: string;
}

@InputType({ description: 'A published version was shared with parents and carers (the version, its hash, how and when)' })
export class RecordPolicySharedWithParentsInput extends SignedVersionInput {
  @Field(() => SharingChannelEnum)
  @IsIn(SHARING_CHANNELS)
  channel!: SharingChannel;

  @Field({ description: 'The day it was shared, YYYY-MM-DD' })
  @IsCalendarDate()
  sharedOn!: string;
}
