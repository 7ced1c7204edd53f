import { RuleViolation } from '@ledger/kernel';

export const IncidentErrors = {
  notFound: (id: string) => new RuleViolation('INCIDENT.NOT_FOUND', `Incident ${id} has not been reported`, { id }),
  alreadyReported: (id: string) => new RuleViolation('INCIDENT.ALREADY_REPORTED', `Incident ${id} is already reported`, { id }),
  closed: (id: string) => new RuleViolation('INCIDENT.CLOSED', `Incident ${id} is closed; it can only be reopened`, { id }),
  notClosed: (id: string) => new RuleViolation('INCIDENT.NOT_CLOSED', `Incident ${id} is not closed`, { id }),
  notTriaged: (id: string) => new RuleViolation('INCIDENT.NOT_TRIAGED', `Incident ${id} cannot close before it is triaged`, { id }),
  escalationOpen: (id: string, escalationId: string) =>
    new RuleViolation('INCIDENT.ESCALATION_OPEN', `Incident ${id} cannot close while escalation ${escalationId} has no outcome`, {
      id,
      escalationId,
    }),
  ladoNeedsStaff: (id: string) =>
    new RuleViolation(
      'INCIDENT.LADO_ONLY_FOR_STAFF',
      `LADO referrals are for allegations about staff; incident ${id} is not about a member of staff`,
      { id },
    ),
  referenceRequired: (agency: string) =>
    new RuleViolation('INCIDENT.REFERENCE_REQUIRED', `A ${agency} escalation needs its reference, or "reference pending"`, { agency }),
  unknownEscalation: (id: string, escalationId: string) =>
    new RuleViolation('INCIDENT.UNKNOWN_ESCALATION', `Incident ${id} has no escalation ${escalationId}`, { id, escalationId }),
  duplicateId: (what: string, id: string) => new RuleViolation('INCIDENT.DUPLICATE_ID', `${what} ${id} already exists`, { what, id }),
  unknownAction: (id: string, actionId: string) =>
    new RuleViolation('INCIDENT.UNKNOWN_ACTION', `Incident ${id} has no action ${actionId}`, { id, actionId }),
  actionDone: (id: string, actionId: string) =>
    new RuleViolation('INCIDENT.ACTION_ALREADY_COMPLETED', `Action ${actionId} of ${id} is already completed`, { id, actionId }),
  invalidHash: (value: string) =>
    new RuleViolation('INCIDENT.INVALID_EVIDENCE_HASH', `Evidence hash must be 64 hexadecimal characters (SHA-256): ${value}`, { value }),
  notAnAllegation: (id: string) =>
    new RuleViolation('INCIDENT.NOT_AN_ALLEGATION', `Incident ${id} is not an allegation about a member of staff`, { id }),
  outcomeRecorded: (id: string) =>
    new RuleViolation('INCIDENT.ALLEGATION_OUTCOME_RECORDED', `The outcome of allegation ${id} is already recorded`, { id }),
  emptyText: (field: string) => new RuleViolation('INCIDENT.MISSING_TEXT', `${field} must not be empty`, { field }),
};
