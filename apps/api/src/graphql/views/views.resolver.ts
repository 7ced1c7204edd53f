import { Args, ArgsType, Context, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { grantInForce, InspectionGrants, READ_SUBJECTS, ReadLog, type Principal, type ReadSubject } from '@ledger/access';
import { ComplianceViews, settingOverview, type EvidenceTrailEntry } from '@ledger/compliance';
import { type Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { Inject } from '@nestjs/common';
import { Allow, CurrentPrincipal, type RequestContext } from '../access/access.decorators.js';
import { ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { graphqlEnum } from '@ledger/commands';
import { governorReportFigures } from '../../reports/governor-report-figures.js';
import { paginate, PageArgs } from './pagination.js';
import { StaffDirectory, staffKey } from './staff-directory.js';
import { ComplianceArgs, TenantArgs, TimeArgs } from './view-args.js';
import {
  CpdMatrixConnection,
  CpdRow,
  EvidenceTrailConnection,
  GovernorReportModel,
  InspectionGrantModel,
  OverdueReviewConnection,
  OwnComplianceModel,
  ReadLogConnection,
  SettingOverviewModel,
  StaffMember,
  TrainingStatusConnection,
  TrainingStatusRow,
} from './view.models.js';

const TRAIL_SUBJECTS = ['incident', 'search', 'document', 'staff', 'pupil'] as const;
type TrailSubject = (typeof TRAIL_SUBJECTS)[number];
const TrailSubjectEnum = graphqlEnum(TRAIL_SUBJECTS, 'TrailSubject', 'What an evidence trail follows');

@ArgsType()
class EvidenceTrailArgs extends TimeArgs {
  @Field(() => TrailSubjectEnum)
  @IsIn(TRAIL_SUBJECTS)
  subjectKind!: TrailSubject;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  subjectId!: string;
}

@ArgsType()
class GovernorReportArgs extends TenantArgs {
  @Field(() => Int, { description: 'The academic year starting 1 September of this year (2024 = 2024/25)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  academicYear!: number;

  @Field({ nullable: true, description: 'The report as the ledger knew it at this moment' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' })
  knownAt?: string;
}

@ArgsType()
class TenantPageArgs extends PageArgs {
  @Field(() => ID, { description: 'The setting (tenant)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;

  @Field(() => ID, { nullable: true, description: 'Only reads of this incident, search or pupil' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  subjectId?: string;
}

type WithTenant<T> = T & { tenantId: string };
type ViewContext = RequestContext & { staffNames?: DataLoader<string, string | null> };

/** The compliance views, each for one setting, now or at any past moment. */
@Resolver()
export class ViewQueries {
  constructor(
    private readonly views: ComplianceViews,
    private readonly reads: ReadLog,
    private readonly grants: InspectionGrants,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => TrainingStatusConnection, { description: 'KCSIE training status of every member of staff' })
  @Allow('trainingStatus')
  async trainingStatus(@Args() args: ComplianceArgs): Promise<TrainingStatusConnection> {
    const view = await this.views.trainingStatus(args.tenantId, args);
    // The view is shared between requests (cached per checkpoint): copy only the page.
    const page = paginate(view.rows, (r) => `${r.staffId}\u0000${r.courseId}`, args);
    return {
      at: view.at,
      dueSoonDays: view.dueSoonDays,
      totals: view.totals,
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: { ...edge.node, tenantId: args.tenantId } })),
    };
  }

  @Query(() => OverdueReviewConnection, { description: 'Policies whose review is overdue or due soon' })
  @Allow('overdueReviews')
  async overdueReviews(@Args() args: ComplianceArgs): Promise<OverdueReviewConnection> {
    const rows = await this.views.overdueReviews(args.tenantId, args);
    return {
      at: this.views.evaluationDate(args),
      ...paginate(
        rows.map((r) => ({ ...r, pastReviews: [...r.pastReviews] })),
        (r) => r.documentId,
        args,
      ),
    };
  }

  @Query(() => SettingOverviewModel, {
    description:
      'One setting at a glance for its trust administrator, today: training % up to date, overdue policy reviews, open incidents (counts only; 1 or 2 withheld)',
  })
  @Allow('settingOverview')
  async settingOverview(@Args() args: TenantArgs): Promise<SettingOverviewModel> {
    const [training, reviews, caseload] = await Promise.all([
      this.views.trainingStatus(args.tenantId),
      this.views.overdueReviews(args.tenantId),
      this.views.caseload(args.tenantId),
    ]);
    return { tenantId: args.tenantId, ...settingOverview(training, reviews, caseload) };
  }

  @Query(() => CpdMatrixConnection, { description: 'SLT CPD matrix: per member of staff, outstanding signatures and training' })
  @Allow('cpdMatrix')
  async cpdMatrix(@Args() args: ComplianceArgs): Promise<CpdMatrixConnection> {
    const rows = await this.views.cpdMatrix(args.tenantId, args);
    const page = paginate(rows, (r) => r.staffId, args);
    return {
      at: this.views.evaluationDate(args),
      ...page,
      edges: page.edges.map(({ cursor, node: r }) => ({
        cursor,
        node: {
          ...r,
          tenantId: args.tenantId,
          roles: [...r.roles],
          outstandingAcknowledgements: [...r.outstandingAcknowledgements],
          training: r.training.map((t) => ({ ...t, tenantId: args.tenantId })),
        },
      })),
    };
  }

  @Query(() => OwnComplianceModel, {
    nullable: true,
    description:
      "The signed-in member of staff's own row: documents to acknowledge, their training and their signatures. Null when they are not on the staff list today.",
  })
  @Allow('myCompliance')
  async myCompliance(@CurrentPrincipal() principal: Principal, @Args() args: TenantArgs): Promise<OwnComplianceModel | null> {
    // Filtered to the token's own staff id: there is no argument naming another person.
    const own = await this.views.ownCompliance(args.tenantId, principal.actorId);
    if (!own) return null;
    return {
      at: this.views.evaluationDate({}),
      staffId: own.staffId,
      jobTitle: own.jobTitle,
      roles: [...own.roles],
      outstandingAcknowledgements: own.outstandingAcknowledgements.map((a) => ({ ...a })),
      training: own.training.map((t) => ({ ...t, tenantId: args.tenantId })),
      signatures: own.signatures.map((s) => ({ ...s })),
    };
  }

  @Query(() => GovernorReportModel, { description: "The governors' annual report for an academic year (anonymised)" })
  @Allow('governorReport')
  async governorReport(@Args() args: GovernorReportArgs): Promise<GovernorReportModel> {
    return governorReportFigures(this.views, args.tenantId, args.academicYear, { knownAt: args.knownAt });
  }

  @Query(() => EvidenceTrailConnection, {
    description:
      'Every recorded event about one incident, search, document, member of staff or pupil, oldest first. Reads of incidents, searches and pupils are themselves recorded.',
  })
  @Allow('evidenceTrail')
  async evidenceTrail(
    @CurrentPrincipal() principal: Principal,
    @Args() args: EvidenceTrailArgs,
    @Context() request: RequestContext,
  ): Promise<EvidenceTrailConnection> {
    if ((READ_SUBJECTS as readonly string[]).includes(args.subjectKind)) {
      const subject = { kind: args.subjectKind as ReadSubject, id: args.subjectId };
      await this.reads.record(principal, args.tenantId, [subject], 'evidenceTrail', request);
    }
    const entries = await this.views.evidenceTrail(args.tenantId, { kind: args.subjectKind, id: args.subjectId }, args);
    return paginate(
      entries.map((e: EvidenceTrailEntry) => ({ ...e, data: { ...e.data } })),
      (e) => e.position,
      args,
    );
  }

  @Query(() => ReadLogConnection, { description: 'Who read which incident, search or pupil trail, and when' })
  @Allow('readLog')
  async readLog(@Args() args: TenantPageArgs): Promise<ReadLogConnection> {
    const reads = await this.reads.list(args.tenantId, { limit: Number.MAX_SAFE_INTEGER, subjectId: args.subjectId });
    return paginate(reads, (r) => r.position, args);
  }

  @Query(() => [InspectionGrantModel], { description: 'Inspection access granted for this setting, newest first' })
  @Allow('inspectionGrants')
  async inspectionGrants(@Args() args: TenantArgs): Promise<InspectionGrantModel[]> {
    const now = this.clock.now().toISOString();
    return (await this.grants.of(args.tenantId))
      .map((g) => ({ ...g, inForce: grantInForce(g, g.inspectorId, now) }))
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  }
}

/** The member of staff a row names: the name is read (and decrypted) once per request, however many rows. */
function staffOf(directory: StaffDirectory, row: { tenantId: string; staffId: string }, context: ViewContext): Promise<StaffMember> {
  context.staffNames ??= directory.loader();
  return context.staffNames.load(staffKey(row.tenantId, row.staffId)).then((name) => ({ staffId: row.staffId, name }));
}

@Resolver(() => TrainingStatusRow)
export class TrainingRowFields {
  constructor(private readonly directory: StaffDirectory) {}

  @ResolveField(() => StaffMember, { description: 'The member of staff (name read once per request, however many rows)' })
  staff(@Parent() row: WithTenant<TrainingStatusRow>, @Context() context: ViewContext): Promise<StaffMember> {
    return staffOf(this.directory, row, context);
  }
}

@Resolver(() => CpdRow)
export class CpdRowFields {
  constructor(private readonly directory: StaffDirectory) {}

  @ResolveField(() => StaffMember)
  staff(@Parent() row: WithTenant<CpdRow>, @Context() context: ViewContext): Promise<StaffMember> {
    return staffOf(this.directory, row, context);
  }
}
