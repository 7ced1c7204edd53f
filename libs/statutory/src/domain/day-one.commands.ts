import type { DomainCommand } from '@ledger/kernel';

export type RecordDayOnePack = DomainCommand<
  'RecordDayOnePack',
  { packId: string; packSha256: string; checkpointTreeSize: number; recordsCited: number; academicYear: number }
>;
export type DayOneCommand = RecordDayOnePack;
