import type { DomainCommand } from '@ledger/kernel';
import type { SearchOutcome } from './search.events.js';

export type ConductSearch = DomainCommand<
  'ConductSearch',
  {
    searchId: string;
    pupilId: string;
    searcherId: string;
    witnessId: string;
    place: string;
    grounds: string;
    soughtItems: readonly string[];
    found: string;
    suspectedIndecentImage: boolean;
    dslInformed: boolean;
  }
>;
export type ConfiscateDevice = DomainCommand<
  'ConfiscateDevice',
  { searchId: string; deviceId: string; description: string; heldAt: string }
>;
export type DeleteDeviceData = DomainCommand<
  'DeleteDeviceData',
  { searchId: string; deviceId: string; witnessId: string; goodReason: string; contentCategory: string }
>;
export type HandDeviceToPolice = DomainCommand<'HandDeviceToPolice', { searchId: string; deviceId: string; policeReference: string }>;
export type ReleaseDeviceToParent = DomainCommand<'ReleaseDeviceToParent', { searchId: string; deviceId: string; releasedTo: string }>;
export type InformParentsOfSearch = DomainCommand<'InformParentsOfSearch', { searchId: string }>;
export type CompleteSearch = DomainCommand<'CompleteSearch', { searchId: string; outcome: SearchOutcome }>;

export type SearchCommand =
  ConductSearch | ConfiscateDevice | DeleteDeviceData | HandDeviceToPolice | ReleaseDeviceToParent | InformParentsOfSearch | CompleteSearch;
