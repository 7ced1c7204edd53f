/** Inspection access lasts days, not terms. */
export const MAX_GRANT_DAYS = 14;

/** Inspection bodies whose inspectors may be granted read access. */
export const INSPECTORATES = ['ofsted', 'isi', 'local_authority', 'other'] as const;
export type Inspectorate = (typeof INSPECTORATES)[number];

export type InspectionAccessGranted = {
  readonly type: 'InspectionAccessGranted';
  readonly data: {
    readonly grantId: string;
    /** The inspector's sign-in subject. */
    readonly inspectorId: string;
    readonly inspectorate: Inspectorate;
    readonly validFrom: string;
    readonly validUntil: string;
    readonly purpose: string;
    readonly grantedBy: string;
  };
};

export type InspectionAccessRevoked = {
  readonly type: 'InspectionAccessRevoked';
  readonly data: { readonly grantId: string; readonly reason: string; readonly revokedBy: string; readonly revokedAt: string };
};

export type InspectionAccessEvent = InspectionAccessGranted | InspectionAccessRevoked;

/** What a sensitive read can be about. */
export const READ_SUBJECTS = ['incident', 'search', 'pupil'] as const;
export type ReadSubject = (typeof READ_SUBJECTS)[number];

/** Someone read an incident, a search or a pupil's trail; the reader is the event's actor. */
export type SensitiveRecordRead = {
  readonly type: 'SensitiveRecordRead';
  readonly data: { readonly readId: string; readonly subjectKind: ReadSubject; readonly subjectId: string; readonly view: string };
};
