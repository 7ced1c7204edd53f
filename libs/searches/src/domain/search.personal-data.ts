import { erasureUnit, type PersonalDataPolicy } from '@ledger/kernel';

/**
 * Grounds and findings describe the pupil; the parent's name on a release is the pupil's family's.
 * They are keyed to the search, which has its own retention (current academic year + 1, IRMS).
 */
export const searchPersonalData: PersonalDataPolicy = {
  SearchConducted: [
    { subject: (d) => d.pupilId as string, unit: (d) => erasureUnit.search(d.searchId as string), fields: ['grounds', 'found'] },
  ],
  DeviceReleasedToParent: [
    { subject: (d) => d.pupilId as string, unit: (d) => erasureUnit.search(d.searchId as string), fields: ['releasedTo'] },
  ],
};
