import { RuleViolation } from '@ledger/kernel';

export const SearchErrors = {
  notFound: (id: string) => new RuleViolation('SEARCH.NOT_FOUND', `Search ${id} has not been recorded`, { id }),
  alreadyRecorded: (id: string) => new RuleViolation('SEARCH.ALREADY_RECORDED', `Search ${id} is already recorded`, { id }),
  completed: (id: string) => new RuleViolation('SEARCH.COMPLETED', `Search ${id} is completed`, { id }),
  witnessIsSearcher: () =>
    new RuleViolation('SEARCH.WITNESS_IS_SEARCHER', 'The witness must be a second member of staff, not the searcher'),
  indecentImageNoDeletion: (id: string) =>
    new RuleViolation(
      'SEARCH.IIOC_NO_DELETION',
      `Search ${id}: a suspected indecent image of a child must not be viewed or deleted; confiscate the device and hand it to the police`,
      { id },
    ),
  indecentImageNeedsPolice: (id: string) =>
    new RuleViolation(
      'SEARCH.IIOC_POLICE_REQUIRED',
      `Search ${id} cannot be completed until the device is confiscated and handed to the police`,
      { id },
    ),
  deviceWithPolice: (deviceId: string) =>
    new RuleViolation('SEARCH.DEVICE_WITH_POLICE', `Device ${deviceId} is with the police; nothing may be deleted from it`, { deviceId }),
  deviceNotConfiscated: (deviceId: string) =>
    new RuleViolation('SEARCH.DEVICE_NOT_CONFISCATED', `Device ${deviceId} was not confiscated in this search`, { deviceId }),
  deviceAlreadyConfiscated: (deviceId: string) =>
    new RuleViolation('SEARCH.DEVICE_ALREADY_CONFISCATED', `Device ${deviceId} is already confiscated`, { deviceId }),
  deviceReleased: (deviceId: string) => new RuleViolation('SEARCH.DEVICE_RELEASED', `Device ${deviceId} has been released`, { deviceId }),
  emptyText: (field: string) => new RuleViolation('SEARCH.MISSING_TEXT', `${field} must not be empty`, { field }),
};
