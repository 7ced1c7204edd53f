import { aggregateCatalogue, command, CommandCatalogue, type CatalogueEntry } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, type Ledger } from '@ledger/ledger';
import type { ApPlacementCommand } from './domain/ap-placement.commands.js';
import { apPlacementDecider, toApPlacementStreamId } from './domain/ap-placement.decider.js';
import { AP_PLACEMENT_ROLES } from './domain/ap-placement.roles.js';
import type { CentralRecordCommand } from './domain/central-record.commands.js';
import { centralRecordDecider, toCentralRecordStreamId } from './domain/central-record.decider.js';
import { CENTRAL_RECORD_ROLES } from './domain/central-record.roles.js';
import type { DayOneCommand } from './domain/day-one.commands.js';
import { dayOneDecider, toDayOneStreamId } from './domain/day-one.decider.js';
import { DAY_ONE_ROLES } from './domain/day-one.roles.js';
import type { ConfirmChildProtectionFileReceipt, CpTransferCommand } from './domain/cp-transfer.commands.js';
import { cpTransferDecider, toCpTransferStreamId } from './domain/cp-transfer.decider.js';
import { CP_TRANSFER_ROLES } from './domain/cp-transfer.roles.js';
import {
  AddCentralRecordEntryInput,
  ConfirmChildProtectionFileReceiptInput,
  EndApPlacementInput,
  IssueChildProtectionFileLinkInput,
  RecordApPlacementInput,
  RecordChildProtectionFileDownloadInput,
  RecordDayOnePackInput,
  RecordPreAppointmentCheckInput,
  ReviewApPlacementInput,
  SendChildProtectionFileInput,
} from './graphql/statutory.input.js';

type CpTransferRequest = WithoutContext<CpTransferCommand>;
type ReceiptRequest = WithoutContext<ConfirmChildProtectionFileReceipt>;

/** The stream a transfer command is decided on: the receiver's own when it received the file on this ledger, else the sender's. */
const transferStream = (c: CpTransferRequest) => toCpTransferStreamId(c.tenantId, c.transferId);

/** The sender's transfer, as the receiving setting's command carries it (so that its decider stays pure). */
async function sentTransfer(ledger: Ledger, fromSettingId: string, transferId: string): Promise<ReceiptRequest['sent']> {
  let sent: ReceiptRequest['sent'] = null;
  for await (const event of ledger.readStream(toCpTransferStreamId(fromSettingId, transferId))) {
    if (event.type === 'ChildProtectionFileSent')
      sent = { pupilId: String(event.data.pupilId), toSettingId: (event.data.toSettingId as string | null) ?? null, received: false };
    if (event.type === 'ChildProtectionFileReceived' && sent) sent = { ...sent, received: true };
  }
  // Not sent at all answers as "not for this setting": another setting's transfer ids tell nothing.
  return sent ?? { pupilId: '', toSettingId: null, received: false };
}

const transferEntries = aggregateCatalogue({
  decider: cpTransferDecider,
  toStreamId: transferStream,
  aggregateId: (c) => c.transferId,
  roles: CP_TRANSFER_ROLES,
  async lookUp(ledger, request: CpTransferRequest): Promise<CpTransferRequest> {
    if (request.kind !== 'ConfirmChildProtectionFileReceipt' || request.fromSettingId === request.tenantId) return request;
    return { ...request, sent: await sentTransfer(ledger, request.fromSettingId, request.transferId) };
  },
})({
  SendChildProtectionFile: command(SendChildProtectionFileInput, {
    description:
      "Send a pupil's child-protection file to their next school, separately from the main file (KCSIE Annex C); returns the transfer id",
    toCommand: (input, newId) => ({
      kind: 'SendChildProtectionFile',
      transferId: input.transferId ?? newId(),
      pupilId: input.pupilId,
      leftOn: input.leftOn,
      toSettingId: input.toSettingId ?? null,
      toSchoolName: input.toSchoolName ?? null,
    }),
  }),
  IssueChildProtectionFileLink: command(IssueChildProtectionFileLinkInput, {
    description:
      'Issue a one-time, expiring download link (by the hash of its token) for a school not on this ledger; returns the transfer id',
    toCommand: (input) => ({
      kind: 'IssueChildProtectionFileLink',
      transferId: input.transferId,
      tokenHash: input.tokenHash.toLowerCase(),
      expiresAt: input.expiresAt,
    }),
  }),
  RecordChildProtectionFileDownload: command(RecordChildProtectionFileDownloadInput, {
    description: 'Record that a transfer package was fetched through its one-time link (the link is then spent); returns the transfer id',
    toCommand: (input) => ({
      kind: 'RecordChildProtectionFileDownload',
      transferId: input.transferId,
      tokenHash: input.tokenHash.toLowerCase(),
    }),
  }),
  ConfirmChildProtectionFileReceipt: command(ConfirmChildProtectionFileReceiptInput, {
    description:
      "Confirm receipt of a child-protection file: by the receiving setting's DSL (recorded in both settings' ledgers), or for a school not on this ledger; returns the transfer id",
    toCommand: (input) => ({
      kind: 'ConfirmChildProtectionFileReceipt',
      transferId: input.transferId,
      fromSettingId: input.fromSettingId ?? input.tenantId,
      receivedBy: input.receivedBy ?? '',
      receiverSettingId: null,
      sent: null,
    }),
  }),
});

/**
 * Receipt on this ledger is recorded twice, as Annex C asks: in the receiving setting's ledger
 * (decided first: the file must have been sent to it) and then in the sender's, with the
 * receiving DSL as the actor. Each append has its own idempotency key, so a retry after a crash
 * between the two records the sender's half and nothing twice.
 */
const transfers: readonly CatalogueEntry[] = transferEntries.map((entry) =>
  entry.kind !== 'ConfirmChildProtectionFileReceipt'
    ? entry
    : {
        ...entry,
        async handle(ledger, facts, command) {
          const request = command as ReceiptRequest;
          const receivedBy = request.receivedBy.trim() === '' ? request.actor.id : request.receivedBy;
          const own = await entry.handle(ledger, facts, { ...request, receivedBy } as ReceiptRequest);
          if (request.fromSettingId === request.tenantId) return own;
          const senderSide: ConfirmChildProtectionFileReceipt = {
            ...request,
            kind: 'ConfirmChildProtectionFileReceipt',
            tenantId: request.fromSettingId,
            commandId: `${request.commandId}.sender`,
            causationId: request.commandId,
            fingerprint: undefined,
            receivedBy: `${request.tenantId}/${receivedBy}`,
            receiverSettingId: request.tenantId,
            sent: null,
            context: await facts.contextFor(request.fromSettingId, []),
          };
          await handleCommand(ledger, cpTransferDecider, toCpTransferStreamId(request.fromSettingId, request.transferId), senderSide);
          return own;
        },
      },
);

const placements = aggregateCatalogue({
  decider: apPlacementDecider,
  toStreamId: (c: WithoutContext<ApPlacementCommand>) => toApPlacementStreamId(c.tenantId, c.placementId),
  aggregateId: (c) => c.placementId,
  roles: AP_PLACEMENT_ROLES,
})({
  RecordApPlacement: command(RecordApPlacementInput, {
    description: 'Record a placement in alternative provision, with the checks made on the provider; returns the placement id',
    toCommand: (input, newId) => ({
      kind: 'RecordApPlacement',
      placementId: input.placementId ?? newId(),
      pupilId: input.pupilId,
      providerName: input.providerName,
      registration: input.registration,
      urn: input.urn ?? null,
      startOn: input.startOn,
      days: input.days,
      hoursPerWeek: input.hoursPerWeek,
      providerChecks: input.providerChecks,
    }),
  }),
  ReviewApPlacement: command(ReviewApPlacementInput, {
    description: 'Record a (half-termly) review of a placement: attendance and welfare; returns the review id',
    toCommand: (input, newId) => ({
      kind: 'ReviewApPlacement',
      placementId: input.placementId,
      reviewId: input.reviewId ?? newId(),
      attendancePercent: input.attendancePercent,
      welfareNotes: input.welfareNotes,
    }),
    resultId: (c) => c.reviewId,
  }),
  EndApPlacement: command(EndApPlacementInput, {
    description: 'Record the end of a placement; returns the placement id',
    toCommand: (input) => ({ kind: 'EndApPlacement', placementId: input.placementId, reason: input.reason }),
  }),
});

const centralRecord = aggregateCatalogue({
  decider: centralRecordDecider,
  toStreamId: (c: WithoutContext<CentralRecordCommand>) => toCentralRecordStreamId(c.tenantId, c.personId),
  aggregateId: (c) => c.personId,
  roles: CENTRAL_RECORD_ROLES,
})({
  AddCentralRecordEntry: command(AddCentralRecordEntryInput, {
    description: 'Add someone to the single central record with what their role requires; returns the person id',
    toCommand: (input) => ({
      kind: 'AddCentralRecordEntry',
      personId: input.personId,
      category: input.category,
      startOn: input.startOn,
      regulatedActivity: input.regulatedActivity,
      teaching: input.teaching,
      management: input.management,
      livedOverseas: input.livedOverseas,
      qualificationsRequired: input.qualificationsRequired,
    }),
  }),
  RecordPreAppointmentCheck: command(RecordPreAppointmentCheckInput, {
    description: 'Record a pre-appointment check (KCSIE Part 3) with its date and evidence hash; returns the person id',
    toCommand: (input) => ({
      kind: 'RecordPreAppointmentCheck',
      personId: input.personId,
      check: input.check,
      checkedOn: input.checkedOn,
      evidenceHash: input.evidenceHash,
      dbsCertificateNumber: input.dbsCertificateNumber ?? null,
      dbsIssuedOn: input.dbsIssuedOn ?? null,
    }),
  }),
});

const dayOne = aggregateCatalogue({
  decider: dayOneDecider,
  toStreamId: (c: WithoutContext<DayOneCommand>) => toDayOneStreamId(c.tenantId),
  aggregateId: (c) => c.packId,
  roles: DAY_ONE_ROLES,
})({
  RecordDayOnePack: command(RecordDayOnePackInput, {
    description: 'Record that the inspection day-one pack was generated (its zip hash and checkpoint); returns the pack id',
    toCommand: (input, newId) => ({
      kind: 'RecordDayOnePack',
      packId: input.packId ?? newId(),
      packSha256: input.packSha256.toLowerCase(),
      checkpointTreeSize: input.checkpointTreeSize,
      recordsCited: input.recordsCited,
      academicYear: input.academicYear,
    }),
  }),
});

/** The DSL's statutory work: child-protection file transfers, alternative-provision placements, the single central record. */
export const STATUTORY_CATALOGUE = new CommandCatalogue<
  CpTransferRequest | WithoutContext<ApPlacementCommand> | WithoutContext<CentralRecordCommand> | WithoutContext<DayOneCommand>
>([...transfers, ...placements, ...centralRecord, ...dayOne]);
