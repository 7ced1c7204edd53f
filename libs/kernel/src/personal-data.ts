/**
 * Which fields of an event type are personal, and whose. An event may name several
 * data subjects (a pupil and the member of staff who reported), each with its fields.
 */
export interface PersonalFieldGroup {
  /** The data subject's id (the person), read from the event data; undefined when the event names nobody. */
  readonly subject: (data: Readonly<Record<string, unknown>>) => string | undefined;
  /**
   * The erasure unit the fields are keyed to, when the law erases something narrower than the
   * whole person: one consent, one allegation (see `erasureUnit`). Default: the person. The
   * person's id is kept beside the ciphertext so that a subject access request still finds it.
   */
  readonly unit?: (data: Readonly<Record<string, unknown>>) => string | undefined;
  /** Top-level data fields holding that subject's personal data. */
  readonly fields: readonly string[];
}

/** Event type → its personal field groups. Types not listed carry no personal data. */
export type PersonalDataPolicy = Readonly<Record<string, readonly PersonalFieldGroup[]>>;

/** The kinds of record the law erases on their own: a consent (UK GDPR), an allegation (KCSIE Part 4), a device search (its own retention). */
export const ERASURE_UNIT_KINDS = ['consent', 'allegation', 'search'] as const;
export type ErasureUnitKind = (typeof ERASURE_UNIT_KINDS)[number];

/**
 * The id of an erasure unit narrower than a person: `consent~<documentId>~<consent>~<pupilId>`,
 * `allegation~<incidentId>`, `search~<searchId>`. A person's own unit is their id.
 */
export const erasureUnit = {
  consent: (documentId: string, consent: string, pupilId: string): string => `consent~${documentId}~${consent}~${pupilId}`,
  allegation: (incidentId: string): string => `allegation~${incidentId}`,
  search: (searchId: string): string => `search~${searchId}`,
  /** The kind of a unit id: 'person' unless it is one of the narrower units. */
  kindOf: (unitId: string): ErasureUnitKind | 'person' => {
    const prefix = unitId.split('~')[0];
    return (ERASURE_UNIT_KINDS as readonly string[]).includes(prefix ?? '') && unitId.includes('~')
      ? (prefix as ErasureUnitKind)
      : 'person';
  },
};

/**
 * The data schema version of events whose personal fields carry their person beside their
 * erasure unit. Events recorded before it (schema 1) are read through an upcaster: each
 * personal field's unit is the person it names.
 */
export const PERSONAL_UNIT_SCHEMA = 2;
