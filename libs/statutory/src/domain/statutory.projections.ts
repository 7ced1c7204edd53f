import { addDays, daysBetween, type Projection, type RecordedEvent } from '@ledger/kernel';
import type { ScrCategory, ScrCheck } from './central-record.events.js';
import type { TransferRoute } from './cp-transfer.events.js';

/** One child-protection file transfer as one setting sees it (sent from here, or received here). */
export interface TransferRecord {
  readonly transferId: string;
  readonly direction: 'sent' | 'received';
  readonly pupilId: string;
  readonly otherSettingId: string | null;
  readonly toSchoolName: string | null;
  readonly route: TransferRoute;
  readonly leftOn: string | null;
  readonly sentOn: string | null;
  readonly receivedOn: string | null;
  readonly receivedBy: string | null;
  readonly linksIssued: number;
  readonly downloaded: boolean;
}

/** Child-protection file transfers of a setting, by transfer id (ids, dates and names of schools only). */
export const cpTransfersProjection: Projection<TransferRecord> = {
  name: 'cp-transfers',
  canHandle: ['ChildProtectionFileSent', 'ChildProtectionFileLinkIssued', 'ChildProtectionFileDownloaded', 'ChildProtectionFileReceived'],
  keyOf: (event) => String(event.data.transferId),
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    switch (event.type) {
      case 'ChildProtectionFileSent':
        return {
          transferId: d.transferId,
          direction: 'sent',
          pupilId: d.pupilId,
          otherSettingId: d.toSettingId,
          toSchoolName: d.toSchoolName,
          route: d.route,
          leftOn: d.leftOn,
          sentOn: d.sentOn,
          receivedOn: null,
          receivedBy: null,
          linksIssued: 0,
          downloaded: false,
        };
      case 'ChildProtectionFileLinkIssued':
        return doc && { ...doc, linksIssued: doc.linksIssued + 1 };
      case 'ChildProtectionFileDownloaded':
        return doc && { ...doc, downloaded: true };
      case 'ChildProtectionFileReceived':
        if (doc) return { ...doc, receivedOn: d.receivedOn, receivedBy: d.receivedBy };
        // Received here: the sender's transfer, as this setting's ledger records it.
        return {
          transferId: d.transferId,
          direction: 'received',
          pupilId: d.pupilId,
          otherSettingId: d.fromSettingId,
          toSchoolName: null,
          route: d.route,
          leftOn: null,
          sentOn: null,
          receivedOn: d.receivedOn,
          receivedBy: d.receivedBy,
          linksIssued: 0,
          downloaded: false,
        };
      default:
        return doc;
    }
  },
};

/** A transfer with how long it has waited: calendar days since sent until receipt (the school-day clock is the alerts engine's). */
export interface TransferStatus extends TransferRecord {
  readonly received: boolean;
  readonly daysSinceSent: number | null;
}

export function transferStatus(records: readonly TransferRecord[], today: string): TransferStatus[] {
  return [...records]
    .map((r) => ({
      ...r,
      received: r.receivedOn !== null,
      daysSinceSent: r.sentOn === null ? null : daysBetween(r.sentOn, r.receivedOn ?? today),
    }))
    .sort(
      (a, b) => (b.sentOn ?? b.receivedOn ?? '').localeCompare(a.sentOn ?? a.receivedOn ?? '') || a.transferId.localeCompare(b.transferId),
    );
}

/** One alternative-provision placement with its reviews. */
export interface PlacementRecord {
  readonly placementId: string;
  readonly pupilId: string;
  readonly providerName: string;
  readonly registration: string;
  readonly urn: string | null;
  readonly startOn: string;
  readonly days: readonly string[];
  readonly hoursPerWeek: number;
  readonly providerChecks: readonly string[];
  readonly reviews: readonly { readonly reviewId: string; readonly reviewedOn: string; readonly attendancePercent: number }[];
  readonly endedOn: string | null;
}

export const apPlacementsProjection: Projection<PlacementRecord> = {
  name: 'ap-placements',
  canHandle: ['ApPlacementRecorded', 'ApPlacementReviewed', 'ApPlacementEnded'],
  keyOf: (event) => String(event.data.placementId),
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    switch (event.type) {
      case 'ApPlacementRecorded':
        return {
          placementId: d.placementId,
          pupilId: d.pupilId,
          providerName: d.providerName,
          registration: d.registration,
          urn: d.urn,
          startOn: d.startOn,
          days: d.days,
          hoursPerWeek: d.hoursPerWeek,
          providerChecks: d.providerChecks,
          reviews: [],
          endedOn: null,
        };
      case 'ApPlacementReviewed':
        if (!doc || doc.reviews.some((r) => r.reviewId === d.reviewId)) return doc;
        return {
          ...doc,
          reviews: [...doc.reviews, { reviewId: d.reviewId, reviewedOn: d.reviewedOn, attendancePercent: d.attendancePercent }],
        };
      case 'ApPlacementEnded':
        return doc && { ...doc, endedOn: d.endedOn };
      default:
        return doc;
    }
  },
};

/**
 * Reviews at least half-termly: a half term is at most about seven weeks, so the next review
 * falls due 42 days after the start or the last review (a setting's own term dates, once the
 * calendar is there, can tighten this).
 */
export const HALF_TERM_DAYS = 42;

export type ReviewState = 'ok' | 'due' | 'overdue' | 'ended';

export interface PlacementStatus extends PlacementRecord {
  readonly lastReviewedOn: string | null;
  readonly nextReviewDue: string | null;
  readonly reviewState: ReviewState;
}

/** Placements with when their next review is due, and whether it is due soon or overdue. */
export function placementStatus(records: readonly PlacementRecord[], today: string, dueSoonDays = 14): PlacementStatus[] {
  return [...records]
    .map((r): PlacementStatus => {
      const last = r.reviews.reduce<string | null>((latest, x) => (latest === null || x.reviewedOn > latest ? x.reviewedOn : latest), null);
      if (r.endedOn !== null) return { ...r, lastReviewedOn: last, nextReviewDue: null, reviewState: 'ended' };
      const next = addDays(last ?? r.startOn, HALF_TERM_DAYS);
      const state: ReviewState = next < today ? 'overdue' : daysBetween(today, next) <= dueSoonDays ? 'due' : 'ok';
      return { ...r, lastReviewedOn: last, nextReviewDue: next, reviewState: state };
    })
    .sort((a, b) => (a.nextReviewDue ?? '9999').localeCompare(b.nextReviewDue ?? '9999') || a.placementId.localeCompare(b.placementId));
}

/** One person's entry on the single central record and the checks recorded. */
export interface CentralRecordDoc {
  readonly personId: string;
  readonly category: ScrCategory;
  readonly startOn: string;
  readonly regulatedActivity: boolean;
  readonly teaching: boolean;
  readonly management: boolean;
  readonly livedOverseas: boolean;
  readonly qualificationsRequired: boolean;
  readonly checks: readonly {
    readonly check: ScrCheck;
    readonly checkedOn: string;
    readonly checkedBy: string;
    readonly evidenceHash: string;
    readonly dbsCertificateNumber: string | null;
    readonly dbsIssuedOn: string | null;
    readonly eventId: string;
  }[];
}

export const centralRecordProjection: Projection<CentralRecordDoc> = {
  name: 'central-record',
  canHandle: ['CentralRecordEntryAdded', 'PreAppointmentCheckRecorded'],
  keyOf: (event) => String(event.data.personId),
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    switch (event.type) {
      case 'CentralRecordEntryAdded':
        return {
          personId: d.personId,
          category: d.category,
          startOn: d.startOn,
          regulatedActivity: d.regulatedActivity,
          teaching: d.teaching,
          management: d.management,
          livedOverseas: d.livedOverseas,
          qualificationsRequired: d.qualificationsRequired,
          checks: [],
        };
      case 'PreAppointmentCheckRecorded':
        if (!doc || doc.checks.some((c) => c.eventId === event.id)) return doc;
        return {
          ...doc,
          checks: [
            ...doc.checks,
            {
              check: d.check,
              checkedOn: d.checkedOn,
              checkedBy: d.checkedBy,
              evidenceHash: d.evidenceHash,
              dbsCertificateNumber: d.dbsCertificateNumber,
              dbsIssuedOn: d.dbsIssuedOn,
              eventId: event.id,
            },
          ],
        };
      default:
        return doc;
    }
  },
};

/** Which checks a person needs (KCSIE Part 3), from their role on the record. */
export function requiredChecks(entry: Omit<CentralRecordDoc, 'checks'>): ScrCheck[] {
  const required: ScrCheck[] = ['identity', 'right_to_work'];
  // Regulated activity needs the barred-list check; everyone else on the record an enhanced DBS.
  required.push(entry.regulatedActivity ? 'enhanced_dbs_barred' : 'enhanced_dbs');
  if (entry.teaching) required.push('prohibition_from_teaching');
  if (entry.management) required.push('section_128');
  if (entry.livedOverseas) required.push('overseas');
  if (entry.qualificationsRequired) required.push('qualifications');
  return required;
}

export type ScrCheckState = 'done' | 'missing' | 'after_start';

export interface ScrRow {
  readonly personId: string;
  readonly category: ScrCategory;
  readonly startOn: string;
  readonly checks: readonly {
    readonly check: ScrCheck;
    readonly state: ScrCheckState;
    readonly checkedOn: string | null;
    readonly checkedBy: string | null;
    readonly evidenceHash: string | null;
    readonly dbsCertificateNumber: string | null;
    readonly dbsIssuedOn: string | null;
    readonly eventId: string | null;
  }[];
  readonly gaps: number;
}

/**
 * The single central record with its gaps: each required check missing, or completed after the
 * person started, is a gap. A barred-list DBS check also satisfies a plain enhanced DBS check.
 * The earliest check of each kind counts (a later re-check does not hide a late first one).
 */
export function centralRecordView(docs: readonly CentralRecordDoc[]): ScrRow[] {
  return [...docs]
    .sort((a, b) => a.personId.localeCompare(b.personId))
    .map((doc) => {
      const checks = requiredChecks(doc).map((check) => {
        const accepted: readonly ScrCheck[] = check === 'enhanced_dbs' ? ['enhanced_dbs', 'enhanced_dbs_barred'] : [check];
        const first = doc.checks
          .filter((c) => accepted.includes(c.check))
          .reduce<CentralRecordDoc['checks'][number] | null>((a, c) => (a === null || c.checkedOn < a.checkedOn ? c : a), null);
        const state: ScrCheckState = first === null ? 'missing' : first.checkedOn > doc.startOn ? 'after_start' : 'done';
        return {
          check,
          state,
          checkedOn: first?.checkedOn ?? null,
          checkedBy: first?.checkedBy ?? null,
          evidenceHash: first?.evidenceHash ?? null,
          dbsCertificateNumber: first?.dbsCertificateNumber ?? null,
          dbsIssuedOn: first?.dbsIssuedOn ?? null,
          eventId: first?.eventId ?? null,
        };
      });
      return {
        personId: doc.personId,
        category: doc.category,
        startOn: doc.startOn,
        checks,
        gaps: checks.filter((c) => c.state !== 'done').length,
      };
    });
}

/** The statutory projections the ledger runs. */
export const STATUTORY_PROJECTIONS = [
  cpTransfersProjection as Projection,
  apPlacementsProjection as Projection,
  centralRecordProjection as Projection,
];
