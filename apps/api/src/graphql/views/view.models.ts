import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from './pagination.js';

@ObjectType({ description: 'A member of staff (the name is personal data, read only by roles allowed staff views)' })
export class StaffMember {
  @Field(() => ID)
  staffId!: string;

  @Field(() => String, { nullable: true, description: 'Null when the name was erased' })
  name!: string | null;
}

@ObjectType({ description: 'One person and one required course' })
export class TrainingStatusRow {
  @Field(() => ID)
  staffId!: string;

  @Field()
  jobTitle!: string;

  @Field(() => ID)
  courseId!: string;

  @Field()
  courseTitle!: string;

  @Field({ description: 'compliant, due_soon, overdue or never_done' })
  status!: string;

  @Field(() => String, { nullable: true })
  lastCompletedOn!: string | null;

  @Field(() => String, { nullable: true })
  expiresOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'The cadence rule version the expiry was computed with' })
  ruleVersion!: number | null;

  @Field(() => Int, { nullable: true })
  intervalMonths!: number | null;
}

@ObjectType()
export class TrainingTotals {
  @Field(() => Int)
  required!: number;

  @Field(() => Int)
  compliant!: number;

  @Field(() => Int)
  dueSoon!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  neverDone!: number;

  @Field(() => Float)
  percentCompliant!: number;
}

@ObjectType({ description: 'KCSIE training status: every required course of every member of staff' })
export class TrainingStatusConnection extends Connection(TrainingStatusRow, 'TrainingStatusRow') {
  @Field({ description: 'The date the view is evaluated at' })
  at!: string;

  @Field(() => Int)
  dueSoonDays!: number;

  @Field(() => TrainingTotals)
  totals!: TrainingTotals;
}

@ObjectType()
export class PastReview {
  @Field()
  reviewedOn!: string;

  @Field(() => String, { nullable: true })
  wasDueOn!: string | null;

  @Field()
  outcome!: string;

  @Field(() => Int, { description: 'Days after the due date (0 when on time)' })
  daysLate!: number;
}

@ObjectType({ description: 'A policy whose review is overdue or due soon' })
export class OverdueReviewRow {
  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field()
  nextDueOn!: string;

  @Field({ description: 'overdue or due_soon' })
  state!: string;

  @Field(() => Int, { description: 'Days past due (negative: days left)' })
  daysOverdue!: number;

  @Field(() => [PastReview])
  pastReviews!: PastReview[];
}

@ObjectType()
export class OverdueReviewConnection extends Connection(OverdueReviewRow, 'OverdueReviewRow') {
  @Field()
  at!: string;
}

@ObjectType()
export class OutstandingAcknowledgement {
  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field()
  version!: string;

  @Field({ description: 'SHA-256 of the version to acknowledge (pass it to acknowledgeDocument)' })
  contentHash!: string;
}

@ObjectType({ description: 'One member of staff in the SLT CPD matrix' })
export class CpdRow {
  @Field(() => ID)
  staffId!: string;

  @Field()
  jobTitle!: string;

  @Field(() => [String])
  roles!: string[];

  @Field(() => [OutstandingAcknowledgement], { description: 'Current versions this person must acknowledge and has not' })
  outstandingAcknowledgements!: OutstandingAcknowledgement[];

  @Field(() => [TrainingStatusRow])
  training!: TrainingStatusRow[];
}

@ObjectType()
export class CpdMatrixConnection extends Connection(CpdRow, 'CpdRow') {
  @Field()
  at!: string;
}

@ObjectType({ description: 'A version of a document the signed-in person acknowledged' })
export class OwnSignature {
  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field()
  version!: string;

  @Field({ description: 'SHA-256 of the exact version signed' })
  contentHash!: string;

  @Field({ description: 'The day it was acknowledged, YYYY-MM-DD' })
  acknowledgedOn!: string;

  @Field({ description: "True when the version signed is the document's current version" })
  current!: boolean;
}

@ObjectType({ description: "The signed-in member of staff's own compliance (never anyone else's)" })
export class OwnComplianceModel {
  @Field({ description: 'The date the view is evaluated at' })
  at!: string;

  @Field(() => ID)
  staffId!: string;

  @Field()
  jobTitle!: string;

  @Field(() => [String])
  roles!: string[];

  @Field(() => [OutstandingAcknowledgement], { description: 'Current versions they must acknowledge and have not' })
  outstandingAcknowledgements!: OutstandingAcknowledgement[];

  @Field(() => [TrainingStatusRow], { description: 'Each course their roles require, with its status' })
  training!: TrainingStatusRow[];

  @Field(() => [OwnSignature], { description: 'Every acknowledgement they recorded, newest first' })
  signatures!: OwnSignature[];
}

@ObjectType({ description: 'A count in a report; 1 and 2 read "fewer than 3" so that no child can be identified' })
export class ReportedCount {
  @Field({ nullable: true, description: 'The category (agency, outcome, term…), when the count is one of several' })
  key?: string;

  @Field({ description: 'A number, or "fewer than 3"' })
  count!: string;
}

@ObjectType()
export class ReportedReview {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field()
  reviewedOn!: string;

  @Field(() => Int)
  daysLate!: number;
}

@ObjectType()
export class ReportPolicies {
  @Field()
  reviewed!: string;

  @Field()
  reviewedLate!: string;

  @Field()
  approved!: string;

  @Field(() => [ReportedReview])
  reviews!: ReportedReview[];
}

@ObjectType()
export class ReportTraining {
  @Field(() => Float)
  percentCompliantAtYearEnd!: number;

  @Field()
  overdue!: string;

  @Field()
  neverDone!: string;
}

@ObjectType()
export class ReportIncidents {
  @Field()
  total!: string;

  @Field(() => [ReportedCount])
  byCategory!: ReportedCount[];

  @Field(() => [ReportedCount])
  byTerm!: ReportedCount[];

  @Field()
  decidedNotToRefer!: string;
}

@ObjectType()
export class ReportSearches {
  @Field()
  total!: string;

  @Field(() => [ReportedCount])
  byOutcome!: ReportedCount[];

  @Field()
  handedToPolice!: string;
}

@ObjectType()
export class ReportFiltering {
  @Field()
  reviewHeld!: boolean;

  @Field(() => [String])
  reviewDates!: string[];

  @Field()
  filterTests!: string;

  @Field()
  failedTests!: string;

  @Field()
  decisions!: string;
}

@ObjectType({ description: "The governors' annual safeguarding and online-safety report: anonymised counts only" })
export class GovernorReportModel {
  @Field({ description: 'The setting, by the name it was registered with (its id when the ledger has no name for it)' })
  settingName!: string;

  @Field({ description: 'e.g. 2024/25' })
  academicYear!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => ReportPolicies)
  policies!: ReportPolicies;

  @Field(() => ReportTraining)
  training!: ReportTraining;

  @Field(() => ReportIncidents)
  incidents!: ReportIncidents;

  @Field(() => [ReportedCount])
  escalationsByAgency!: ReportedCount[];

  @Field(() => [ReportedCount], {
    description:
      'Erasures of personal data in the year by lawful basis (consent_withdrawn, malicious_allegation, retention_expired, court_order); small counts suppressed',
  })
  erasuresByBasis!: ReportedCount[];

  @Field(() => ReportSearches)
  searches!: ReportSearches;

  @Field(() => ReportFiltering)
  filteringAndMonitoring!: ReportFiltering;

  @Field()
  openActionsAtYearEnd!: string;
}

@ObjectType()
export class ActorRef {
  @Field(() => ID)
  id!: string;

  @Field()
  role!: string;
}

@ObjectType({ description: 'One recorded event: what happened, who did it, when it happened and when it was recorded, and its hash' })
export class LedgerEvent {
  @Field(() => ID, { description: 'The event id (UUIDv7): what inclusionProof takes' })
  eventId!: string;

  @Field({ description: 'Global position (a decimal string)' })
  position!: string;

  @Field()
  stream!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  type!: string;

  @Field(() => ActorRef)
  actor!: ActorRef;

  @Field()
  occurredAt!: string;

  @Field()
  recordedAt!: string;

  @Field()
  hash!: string;

  @Field()
  prevHash!: string;

  @Field(() => GraphQLJSONObject, { description: 'The event data; erased personal fields read { $erased: true }' })
  data!: Record<string, unknown>;
}

@ObjectType()
export class EvidenceTrailConnection extends Connection(LedgerEvent, 'EvidenceTrailEntry') {}

@ObjectType()
export class LedgerEventConnection extends Connection(LedgerEvent, 'LedgerEvent') {}

@ObjectType({ description: 'A recorded read of an incident, a search or a pupil trail' })
export class RecordedReadModel {
  @Field(() => ID)
  readId!: string;

  @Field()
  position!: string;

  @Field(() => ID)
  readerId!: string;

  @Field()
  readerRole!: string;

  @Field()
  subjectKind!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  view!: string;

  @Field()
  readAt!: string;
}

@ObjectType()
export class ReadLogConnection extends Connection(RecordedReadModel, 'RecordedRead') {}

@ObjectType({ description: 'Time-boxed read access for one inspector' })
export class InspectionGrantModel {
  @Field(() => ID)
  grantId!: string;

  @Field()
  inspectorId!: string;

  @Field()
  inspectorate!: string;

  @Field()
  validFrom!: string;

  @Field()
  validUntil!: string;

  @Field()
  purpose!: string;

  @Field(() => ID)
  grantedBy!: string;

  @Field(() => String, { nullable: true })
  revokedAt!: string | null;

  @Field({ description: 'True when in force now' })
  inForce!: boolean;
}

@ObjectType({ description: 'One setting at a glance for its trust: counts only, nothing about any person or case' })
export class SettingOverviewModel {
  @Field(() => ID)
  tenantId!: string;

  @Field({ description: 'The date the figures are for (today)' })
  at!: string;

  @Field(() => Int, { description: 'Required courses across the staff' })
  trainingRequired!: number;

  @Field(() => Float, { description: 'Of the required courses, the percentage up to date' })
  trainingPercentCompliant!: number;

  @Field(() => Int, { description: 'Policies whose review date has passed' })
  overdueReviews!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Incidents not yet closed (untriaged or open); null when 1 or 2, which are withheld as "fewer than 3"',
  })
  openIncidents!: number | null;
}
