import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Principal } from '@ledger/access';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate } from '@ledger/commands';
import type { Clock } from '@ledger/kernel';
import { CLOCK, LEDGER, type Ledger } from '@ledger/ledger';
import {
  RecordKindEnum,
  reviewRetention,
  subjectAccessExport,
  subjectAccessHtml,
  type RecordKind,
  type ReviewStatus,
} from '@ledger/privacy';
import { graphqlEnum } from '@ledger/commands';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { TenantArgs } from './view-args.js';

const REVIEW_STATUSES = ['to_decide', 'held', 'kept', 'awaiting_confirmation'] as const satisfies readonly ReviewStatus[];
const ReviewStatusEnum = graphqlEnum(
  REVIEW_STATUSES,
  'RetentionReviewStatus',
  'What keeps a record whose retention has ended, or that it is to decide',
);

@ObjectType({ description: 'A record whose retention has ended under the rule in force (ids and dates only)' })
class RetentionReviewRowModel {
  @Field(() => RecordKindEnum)
  recordKind!: RecordKind;
  @Field(() => ID, { description: 'The erasure unit (a person, consent~…, allegation~…, search~…)' })
  unitId!: string;
  @Field(() => ID, { description: 'The pupil or member of staff it is about' })
  personId!: string;
  @Field(() => Int, { description: 'The retention rule version the answer used (0: the IRMS default)' })
  ruleVersion!: number;
  @Field()
  ruleNote!: string;
  @Field(() => Int)
  years!: number;
  @Field({ description: 'The date retention counts from' })
  retentionFrom!: string;
  @Field({ description: "When the rule's retention ended" })
  endedOn!: string;
  @Field(() => ReviewStatusEnum)
  status!: ReviewStatus;
  @Field(() => ID, { nullable: true, description: 'The legal hold keeping it' })
  holdId!: string | null;
  @Field(() => String, { nullable: true, description: 'Kept until (RetentionExtended)' })
  keptUntil!: string | null;
  @Field(() => ID, { nullable: true, description: 'An erasure waiting for a second person' })
  erasureId!: string | null;
}

@ObjectType({ description: 'A legal hold in force' })
class LegalHoldModel {
  @Field(() => ID)
  holdId!: string;
  @Field()
  scope!: string;
  @Field(() => ID)
  scopeId!: string;
}

@ObjectType({ description: 'Records whose retention has ended: each to be erased (retention_expired) or kept with a reason' })
class RetentionReviewModel {
  @Field({ description: 'The day the review was made for' })
  on!: string;
  @Field(() => [RetentionReviewRowModel])
  rows!: RetentionReviewRowModel[];
  @Field(() => [LegalHoldModel], { description: 'Legal holds in force' })
  holds!: LegalHoldModel[];
}

@ObjectType({ description: 'One recorded event about the person' })
class SubjectAccessEntryModel {
  @Field()
  position!: string;
  @Field()
  type!: string;
  @Field()
  occurredAt!: string;
  @Field()
  recordedAt!: string;
  @Field(() => GraphQLJSONObject, {
    description: 'Decrypted; erased fields read { $erased: true }, withheld ones { $withheld: "another_person" }',
  })
  data!: Record<string, unknown>;
  @Field(() => [String], { description: "Fields withheld because they are another person's" })
  withheld!: string[];
}

@ObjectType({ description: 'Everything the ledger holds about one person (UK GDPR Art. 15); the export is recorded in the ledger' })
class SubjectAccessExportModel {
  @Field(() => ID)
  exportId!: string;
  @Field(() => ID)
  subjectId!: string;
  @Field()
  producedAt!: string;
  @Field(() => [SubjectAccessEntryModel])
  entries!: SubjectAccessEntryModel[];
  @Field({ description: 'The same export as one readable HTML page' })
  html!: string;
}

@ArgsType()
class RetentionReviewArgs extends TenantArgs {
  @Field({ nullable: true, description: 'The day to review for (YYYY-MM-DD); default today' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@ArgsType()
class SubjectAccessArgs extends TenantArgs {
  @Field(() => ID, { description: 'The pupil or member of staff who asked (or was asked about)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  subjectId!: string;
}

/** Privacy and the law: the retention review and subject access exports. */
@Resolver()
export class PrivacyQueries {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => RetentionReviewModel, {
    description: 'Records whose retention has ended, with the rule version and the dates, and what holds keep',
  })
  @Allow('retentionReview')
  async retentionReview(@Args() args: RetentionReviewArgs): Promise<RetentionReviewModel> {
    const on = args.on ?? this.clock.now().toISOString().slice(0, 10);
    const { rows, register } = await reviewRetention(this.ledger, args.tenantId, on);
    const holds = Object.values(register.holds)
      .filter((h) => !h.lifted)
      .map((h) => ({ holdId: h.holdId, scope: h.scope, scopeId: h.scopeId }));
    return { on, rows: rows.map((r) => ({ ...r })), holds };
  }

  @Query(() => SubjectAccessExportModel, {
    description:
      "Everything the ledger holds about one person, decrypted, other people's information withheld; the export is recorded (who, for whom, when)",
  })
  @Allow('subjectAccessExport')
  async subjectAccessExport(@CurrentPrincipal() principal: Principal, @Args() args: SubjectAccessArgs): Promise<SubjectAccessExportModel> {
    const sar = await subjectAccessExport(this.ledger, this.clock, {
      tenantId: args.tenantId,
      subjectId: args.subjectId,
      actor: { id: principal.actorId, role: principal.role },
    });
    return {
      exportId: sar.exportId,
      subjectId: sar.subjectId,
      producedAt: sar.producedAt,
      entries: sar.entries.map((e) => ({ ...e, data: { ...e.data }, withheld: [...e.withheld] })),
      html: subjectAccessHtml(sar),
    };
  }
}
