import { Inject } from '@nestjs/common';
import { Args, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ComplianceViews } from '@ledger/compliance';
import { graphqlEnum } from '@ledger/commands';
import { type Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import {
  apPlacementsProjection,
  centralRecordProjection,
  centralRecordView,
  cpTransfersProjection,
  placementStatus,
  transferStatus,
  type ReviewState,
  type ScrCheckState,
} from '@ledger/statutory';
import { Allow } from '../access/access.decorators.js';
import { TenantArgs } from './view-args.js';

const REVIEW_STATES = ['ok', 'due', 'overdue', 'ended'] as const satisfies readonly ReviewState[];
const ReviewStateEnum = graphqlEnum(
  REVIEW_STATES,
  'PlacementReviewState',
  'Whether a placement’s half-termly review is in time, due soon or overdue',
);
const CHECK_STATES = ['done', 'missing', 'after_start'] as const satisfies readonly ScrCheckState[];
const ScrCheckStateEnum = graphqlEnum(
  CHECK_STATES,
  'ScrCheckState',
  'A pre-appointment check done in time, missing, or completed after the start date',
);

@ObjectType({ description: 'A child-protection file transfer sent from or received by this setting (ids and dates only)' })
class CpTransferModel {
  @Field(() => ID) transferId!: string;
  @Field({ description: '"sent" from this setting or "received" here' }) direction!: string;
  @Field(() => ID) pupilId!: string;
  @Field(() => ID, { nullable: true, description: 'The other setting on this ledger' }) otherSettingId!: string | null;
  @Field(() => String, { nullable: true, description: 'The receiving school when it is not on this ledger' }) toSchoolName!: string | null;
  @Field({ description: '"ledger" or "link"' }) route!: string;
  @Field(() => String, { nullable: true }) leftOn!: string | null;
  @Field(() => String, { nullable: true }) sentOn!: string | null;
  @Field() received!: boolean;
  @Field(() => String, { nullable: true }) receivedOn!: string | null;
  @Field(() => String, { nullable: true }) receivedBy!: string | null;
  @Field(() => Int, { nullable: true, description: 'Calendar days from sending to receipt, or to today while it waits' })
  daysSinceSent!: number | null;
  @Field(() => Int) linksIssued!: number;
  @Field() downloaded!: boolean;
}

@ObjectType({ description: 'A review of a placement' })
class PlacementReviewModel {
  @Field(() => ID) reviewId!: string;
  @Field() reviewedOn!: string;
  @Field(() => Int) attendancePercent!: number;
}

@ObjectType({ description: 'An alternative-provision placement and when its next half-termly review is due' })
class ApPlacementModel {
  @Field(() => ID) placementId!: string;
  @Field(() => ID) pupilId!: string;
  @Field() providerName!: string;
  @Field() registration!: string;
  @Field(() => String, { nullable: true }) urn!: string | null;
  @Field() startOn!: string;
  @Field(() => [String]) days!: string[];
  @Field(() => Float) hoursPerWeek!: number;
  @Field(() => [String]) providerChecks!: string[];
  @Field(() => [PlacementReviewModel]) reviews!: PlacementReviewModel[];
  @Field(() => String, { nullable: true }) endedOn!: string | null;
  @Field(() => String, { nullable: true }) lastReviewedOn!: string | null;
  @Field(() => String, { nullable: true }) nextReviewDue!: string | null;
  @Field(() => ReviewStateEnum) reviewState!: ReviewState;
}

@ObjectType({ description: 'One pre-appointment check on the single central record' })
class ScrCheckModel {
  @Field() check!: string;
  @Field(() => ScrCheckStateEnum) state!: ScrCheckState;
  @Field(() => String, { nullable: true }) checkedOn!: string | null;
  @Field(() => String, { nullable: true }) checkedBy!: string | null;
  @Field(() => String, { nullable: true }) evidenceHash!: string | null;
  @Field(() => String, { nullable: true }) dbsCertificateNumber!: string | null;
  @Field(() => String, { nullable: true }) dbsIssuedOn!: string | null;
}

@ObjectType({ description: 'A person on the single central record, with each check their role requires and its gaps' })
class ScrRowModel {
  @Field(() => ID) personId!: string;
  @Field() category!: string;
  @Field() startOn!: string;
  @Field(() => [ScrCheckModel]) checks!: ScrCheckModel[];
  @Field(() => Int, { description: 'Checks missing or completed after the start date' }) gaps!: number;
}

/** The DSL's statutory views: transfers, placements, the single central record. */
@Resolver()
export class StatutoryQueries {
  constructor(
    private readonly views: ComplianceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  @Query(() => [CpTransferModel], { description: 'Child-protection file transfers sent and received, with days since sent until receipt' })
  @Allow('cpTransfers')
  async cpTransfers(@Args() args: TenantArgs): Promise<CpTransferModel[]> {
    return transferStatus(await this.views.documents(cpTransfersProjection, args.tenantId), this.today());
  }

  @Query(() => [ApPlacementModel], { description: 'Alternative-provision placements, next review due first' })
  @Allow('apPlacements')
  async apPlacements(@Args() args: TenantArgs): Promise<ApPlacementModel[]> {
    return placementStatus(await this.views.documents(apPlacementsProjection, args.tenantId), this.today()).map((p) => ({
      ...p,
      days: [...p.days],
      providerChecks: [...p.providerChecks],
      reviews: p.reviews.map((r) => ({ ...r })),
    }));
  }

  @Query(() => [ScrRowModel], { description: 'The single central record with its gaps (KCSIE Part 3)' })
  @Allow('centralRecord')
  async centralRecord(@Args() args: TenantArgs): Promise<ScrRowModel[]> {
    return centralRecordView(await this.views.documents(centralRecordProjection, args.tenantId)).map((r) => ({
      ...r,
      checks: r.checks.map((c) => ({ ...c })),
    }));
  }
}
