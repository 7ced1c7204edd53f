import { checkOccurredAt, checkPayload, checkRole, ensure, RuleViolation, type Decider, streamId } from '@ledger/kernel';
import type { CentralRecordCommand } from './central-record.commands.js';
import type { CentralRecordEvent } from './central-record.events.js';
import { CENTRAL_RECORD_ROLES } from './central-record.roles.js';

export const CentralRecordErrors = {
  alreadyOnRecord: (personId: string) =>
    new RuleViolation('SCR.ALREADY_ON_RECORD', `${personId} is already on the single central record`, { personId }),
  notOnRecord: (personId: string) =>
    new RuleViolation('SCR.NOT_ON_RECORD', `${personId} is not on the single central record: add them first`, { personId }),
  dbsCertificateRequired: () =>
    new RuleViolation(
      'SCR.DBS_CERTIFICATE_REQUIRED',
      "A DBS check records the certificate's 12-digit number and its date of issue (never what the disclosure says)",
    ),
  notADbsCheck: () => new RuleViolation('SCR.CERTIFICATE_ONLY_FOR_DBS', 'Only a DBS check carries a certificate number and date of issue'),
  checkedInFuture: (checkedOn: string) =>
    new RuleViolation('SCR.CHECKED_IN_FUTURE', `A check cannot be recorded as made on ${checkedOn}, which is in the future`, { checkedOn }),
  issuedAfterCheck: () => new RuleViolation('SCR.ISSUED_AFTER_CHECK', 'The DBS certificate cannot be issued after it was checked'),
};

export type CentralRecordState = { readonly status: 'none' } | { readonly status: 'on_record' };

const DBS_CERTIFICATE = /^\d{12}$/;

/** One person's entry on a setting's single central record (stream `scr-<setting>.<personId>`). */
export const centralRecordDecider: Decider<CentralRecordCommand, CentralRecordEvent, CentralRecordState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command);
    switch (command.kind) {
      case 'AddCentralRecordEntry':
        checkRole(command, CENTRAL_RECORD_ROLES[command.kind], 'add someone to the single central record');
        ensure(state.status === 'none', () => CentralRecordErrors.alreadyOnRecord(command.personId));
        return [
          {
            type: 'CentralRecordEntryAdded',
            data: {
              personId: command.personId,
              category: command.category,
              startOn: command.startOn,
              regulatedActivity: command.regulatedActivity,
              teaching: command.teaching,
              management: command.management,
              livedOverseas: command.livedOverseas,
              qualificationsRequired: command.qualificationsRequired,
            },
          },
        ];
      case 'RecordPreAppointmentCheck': {
        checkRole(command, CENTRAL_RECORD_ROLES[command.kind], 'record a pre-appointment check');
        ensure(state.status === 'on_record', () => CentralRecordErrors.notOnRecord(command.personId));
        ensure(command.checkedOn <= command.context.now.slice(0, 10), () => CentralRecordErrors.checkedInFuture(command.checkedOn));
        const dbs = command.check === 'enhanced_dbs' || command.check === 'enhanced_dbs_barred';
        if (dbs) {
          ensure(DBS_CERTIFICATE.test(command.dbsCertificateNumber ?? '') && command.dbsIssuedOn !== null, () =>
            CentralRecordErrors.dbsCertificateRequired(),
          );
          ensure(command.dbsIssuedOn <= command.checkedOn, () => CentralRecordErrors.issuedAfterCheck());
        } else {
          ensure(command.dbsCertificateNumber === null && command.dbsIssuedOn === null, () => CentralRecordErrors.notADbsCheck());
        }
        return [
          {
            type: 'PreAppointmentCheckRecorded',
            data: {
              personId: command.personId,
              check: command.check,
              checkedOn: command.checkedOn,
              checkedBy: command.actor.id,
              evidenceHash: command.evidenceHash.toLowerCase(),
              dbsCertificateNumber: dbs ? command.dbsCertificateNumber : null,
              dbsIssuedOn: dbs ? command.dbsIssuedOn : null,
            },
          },
        ];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CentralRecordEntryAdded':
        return { status: 'on_record' };
      case 'PreAppointmentCheckRecorded':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export const toCentralRecordStreamId = (tenantId: string, personId: string): string => streamId('scr', tenantId, personId);
