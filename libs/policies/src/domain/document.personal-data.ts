import type { PersonalDataPolicy } from '@ledger/kernel';

/** The parent or carer who gave consent is named: that name is the pupil's family's personal data. */
export const documentPersonalData: PersonalDataPolicy = {
  ConsentGiven: [{ subject: (d) => d.pupilId as string, fields: ['givenBy'] }],
};
