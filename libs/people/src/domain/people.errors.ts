import { RuleViolation } from '@ledger/kernel';

export const PeopleErrors = {
  settingExists: (id: string) => new RuleViolation('SETTING.ALREADY_REGISTERED', `${id} is already registered`, { id }),
  notRegistered: (id: string) => new RuleViolation('SETTING.NOT_REGISTERED', `Setting ${id} is not registered`, { id }),
  notATrust: (id: string) => new RuleViolation('SETTING.NOT_A_SETTING', `${id} is a trust, not a setting`, { id }),
  alreadyAppointed: (appointment: string, personId: string) =>
    new RuleViolation('SETTING.ALREADY_APPOINTED', `${personId} already holds ${appointment}`, { appointment, personId }),
  notAppointed: (appointment: string, personId: string) =>
    new RuleViolation('SETTING.NOT_APPOINTED', `${personId} does not hold ${appointment}`, { appointment, personId }),
  staffExists: (id: string) => new RuleViolation('STAFF.ALREADY_JOINED', `${id} has already joined`, { id }),
  staffUnknown: (id: string) => new RuleViolation('STAFF.NOT_FOUND', `No member of staff ${id}`, { id }),
  staffLeft: (id: string) => new RuleViolation('STAFF.ALREADY_LEFT', `${id} has already left`, { id }),
  noRoles: () => new RuleViolation('STAFF.NO_ROLES', 'A member of staff needs at least one role'),
  pupilExists: (id: string) => new RuleViolation('PUPIL.ALREADY_REGISTERED', `Pupil reference ${id} is already registered`, { id }),
  invalidDateOfBirth: (value: string) =>
    new RuleViolation('PUPIL.INVALID_DATE_OF_BIRTH', `dateOfBirth must be YYYY-MM-DD: ${value}`, { value }),
};
