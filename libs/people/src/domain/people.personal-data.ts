import type { PersonalDataPolicy } from '@ledger/kernel';

/** Staff names and alert addresses belong to the member of staff; a pupil's reference and date of birth to the pupil. */
export const peoplePersonalData: PersonalDataPolicy = {
  StaffMemberJoined: [{ subject: (d) => d.staffId as string, fields: ['name'] }],
  StaffAlertAddressSet: [{ subject: (d) => d.staffId as string, fields: ['email'] }],
  PupilReferenceRegistered: [{ subject: (d) => d.pupilId as string, fields: ['reference', 'dateOfBirth'] }],
};
