import type { PersonalDataPolicy } from '@ledger/kernel';

/** The narrative and the child's own words belong to the incident's subject (the pupil, or the member of staff). */
export const incidentPersonalData: PersonalDataPolicy = {
  IncidentReported: [{ subject: (d) => d.subjectId as string, fields: ['narrative', 'childsWords'] }],
};
