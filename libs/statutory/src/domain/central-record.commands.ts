import type { DomainCommand } from '@ledger/kernel';
import type { ScrCategory, ScrCheck } from './central-record.events.js';

export type AddCentralRecordEntry = DomainCommand<
  'AddCentralRecordEntry',
  {
    personId: string;
    category: ScrCategory;
    startOn: string;
    regulatedActivity: boolean;
    teaching: boolean;
    management: boolean;
    livedOverseas: boolean;
    qualificationsRequired: boolean;
  }
>;
export type RecordPreAppointmentCheck = DomainCommand<
  'RecordPreAppointmentCheck',
  {
    personId: string;
    check: ScrCheck;
    checkedOn: string;
    evidenceHash: string;
    dbsCertificateNumber: string | null;
    dbsIssuedOn: string | null;
  }
>;
export type CentralRecordCommand = AddCentralRecordEntry | RecordPreAppointmentCheck;
