import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Principal } from '@ledger/access';
import { newId, ROLES, type Role, type WithoutContext } from '@ledger/kernel';
import {
  CONSENTS,
  DOCUMENT_KINDS,
  ExecuteDocumentCommand,
  REVIEW_OUTCOMES,
  SIGNATORIES,
  type ConsentKind,
  type DocumentCommand,
  type DocumentKind,
  type ReviewOutcome,
  type Signatory,
} from '@ledger/policies';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { CommandResult } from './command-result.model.js';
import { graphqlEnum } from '@ledger/commands';
import { IsCalendarDate, RoleEnum, SHA256_MESSAGE, SHA256_PATTERN } from '@ledger/commands';
import type { CommandBody } from './command-body.js';

const DocumentKindEnum = graphqlEnum(
  DOCUMENT_KINDS,
  'DocumentKind',
  'Kinds of policy and statutory document: e-safety policy, staff and pupil AUPs, mobile phone, password, searching & confiscation, child protection, KCSIE, consent form',
);
const ConsentKindEnum = graphqlEnum(CONSENTS, 'ConsentKind', 'What a parent or carer consents to');
const ReviewOutcomeEnum = graphqlEnum(REVIEW_OUTCOMES, 'ReviewOutcome', 'Whether a review left the policy unchanged or amended it');
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
  @IsString()
  @MaxLength(50)
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
  @IsString()
  @MaxLength(300)
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
  @IsString()
  // The HTTP body limit (100 kB by default) usually refuses a longer text before this does.
  @MaxLength(100_000)
  text?: string;
}

@InputType({ description: 'A governors’ committee approves a published version' })
export class ApproveVersionInput extends VersionInput {
  @Field({ description: 'The committee that approved it, e.g. "Full governing body", "Safeguarding committee"' })
  @IsString()
  @MaxLength(200)
  committee!: string;
}

@InputType({ description: 'The chair of governors ratifies an approved version (the chair is the signed-in caller)' })
export class RatifyVersionInput extends VersionInput {}

@InputType({ description: 'When the document is next due for review' })
export class ScheduleReviewInput extends DocumentInput {
  @Field({ description: 'Review due date, YYYY-MM-DD' })
  @IsCalendarDate()
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
  @IsCalendarDate()
  nextDueOn!: string;
}

@InputType({ description: 'The document is withdrawn from use (its history is kept)' })
export class RetireDocumentInput extends DocumentInput {
  @Field({ description: 'Why, e.g. "Merged into the Internet & E-Safety Policy"' })
  @IsString()
  @MaxLength(1000)
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
  @IsString()
  @MaxLength(200)
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

/** One mutation per policies, agreements and consent command; each returns the document id. */
@Resolver()
export class PolicyMutations {
  constructor(private readonly gateway: CommandGateway) {}

  private run(principal: Principal, input: CommandInput, documentId: string, body: CommandBody<DocumentCommand, 'documentId'>) {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(
      documentId,
      meta,
      new ExecuteDocumentCommand({ ...body, documentId, ...meta } as WithoutContext<DocumentCommand>),
    );
  }

  @Mutation(() => CommandResult, { description: 'Draft a new policy or statutory document; returns its id' })
  @Allow('DraftDocument')
  draftDocument(@CurrentPrincipal() principal: Principal, @Args('input') input: DraftDocumentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId ?? newId(), {
      kind: 'DraftDocument',
      title: input.title,
      documentKind: input.documentKind,
      statutory: input.statutory,
      acknowledgedBy: input.acknowledgedBy,
    });
  }

  @Mutation(() => CommandResult, { description: 'Publish a version of a document (its content hash, optionally its text)' })
  @Allow('PublishVersion')
  publishVersion(@CurrentPrincipal() principal: Principal, @Args('input') input: PublishVersionInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, {
      kind: 'PublishVersion',
      version: input.version,
      contentHash: input.contentHash.toLowerCase(),
      text: input.text,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record governors’ approval of a published version' })
  @Allow('ApproveVersion')
  approveVersion(@CurrentPrincipal() principal: Principal, @Args('input') input: ApproveVersionInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'ApproveVersion', version: input.version, committee: input.committee });
  }

  @Mutation(() => CommandResult, { description: 'The chair of governors ratifies an approved version' })
  @Allow('RatifyVersion')
  ratifyVersion(@CurrentPrincipal() principal: Principal, @Args('input') input: RatifyVersionInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'RatifyVersion', version: input.version });
  }

  @Mutation(() => CommandResult, { description: 'Set when the document is next due for review' })
  @Allow('ScheduleReview')
  scheduleReview(@CurrentPrincipal() principal: Principal, @Args('input') input: ScheduleReviewInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'ScheduleReview', dueOn: input.dueOn, cadenceMonths: input.cadenceMonths });
  }

  @Mutation(() => CommandResult, { description: 'Record a review of the document, its outcome and the next due date (lateness is kept)' })
  @Allow('ReviewDocument')
  reviewDocument(@CurrentPrincipal() principal: Principal, @Args('input') input: ReviewDocumentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'ReviewDocument', outcome: input.outcome, nextDueOn: input.nextDueOn });
  }

  @Mutation(() => CommandResult, { description: 'Retire a document' })
  @Allow('RetireDocument')
  retireDocument(@CurrentPrincipal() principal: Principal, @Args('input') input: RetireDocumentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'RetireDocument', reason: input.reason });
  }

  @Mutation(() => CommandResult, { description: 'Acknowledge "read and understood" a version, as the signed-in member of staff' })
  @Allow('AcknowledgeDocument')
  acknowledgeDocument(@CurrentPrincipal() principal: Principal, @Args('input') input: AcknowledgeDocumentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, {
      kind: 'AcknowledgeDocument',
      version: input.version,
      contentHash: input.contentHash.toLowerCase(),
    });
  }

  @Mutation(() => CommandResult, { description: 'Record that a pupil or parent signed an agreement version' })
  @Allow('SignAgreement')
  signAgreement(@CurrentPrincipal() principal: Principal, @Args('input') input: SignAgreementInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, {
      kind: 'SignAgreement',
      version: input.version,
      contentHash: input.contentHash.toLowerCase(),
      signatory: input.signatory,
      pupilId: input.pupilId,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record a parent’s or carer’s consent for a pupil' })
  @Allow('GiveConsent')
  giveConsent(@CurrentPrincipal() principal: Principal, @Args('input') input: GiveConsentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, {
      kind: 'GiveConsent',
      version: input.version,
      consent: input.consent,
      pupilId: input.pupilId,
      givenBy: input.givenBy,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record that a consent was withdrawn' })
  @Allow('WithdrawConsent')
  withdrawConsent(@CurrentPrincipal() principal: Principal, @Args('input') input: WithdrawConsentInput): Promise<CommandResult> {
    return this.run(principal, input, input.documentId, { kind: 'WithdrawConsent', consent: input.consent, pupilId: input.pupilId });
  }
}
