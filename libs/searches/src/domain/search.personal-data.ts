import type { PersonalDataPolicy } from '@ledger/kernel';

/** Grounds and findings describe the pupil; the parent's name on a release is the pupil's family's. */
export const searchPersonalData: PersonalDataPolicy = {
  SearchConducted: [{ subject: (d) => d.pupilId as string, fields: ['grounds', 'found'] }],
  DeviceReleasedToParent: [{ subject: (d) => d.pupilId as string, fields: ['releasedTo'] }],
};
