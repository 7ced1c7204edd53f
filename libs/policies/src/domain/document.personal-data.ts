import { erasureUnit, type PersonalDataPolicy } from '@ledger/kernel';

/**
 * The parent or carer who gave consent is named: that name is the pupil's family's personal data.
 * It is keyed to the consent itself, so that a withdrawn consent is erased without the pupil's file.
 */
export const documentPersonalData: PersonalDataPolicy = {
  ConsentGiven: [
    {
      subject: (d) => d.pupilId as string,
      unit: (d) => erasureUnit.consent(d.documentId as string, d.consent as string, d.pupilId as string),
      fields: ['givenBy'],
    },
  ],
};
