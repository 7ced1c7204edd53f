import { erasureUnit, type PersonalDataPolicy } from '@ledger/kernel';

/**
 * The narrative and the child's own words belong to the incident's subject (the pupil, or the
 * member of staff). An allegation about a member of staff is keyed to the allegation itself:
 * one found malicious is erased (KCSIE Part 4) and the rest of their record stays.
 */
export const incidentPersonalData: PersonalDataPolicy = {
  IncidentReported: [
    {
      subject: (d) => d.subjectId as string,
      unit: (d) => (d.aboutStaffId ? erasureUnit.allegation(d.incidentId as string) : undefined),
      fields: ['narrative', 'childsWords'],
    },
  ],
};
