/**
 * Which fields of an event type are personal, and whose. An event may name several
 * data subjects (a pupil and the member of staff who reported), each with its fields.
 */
export interface PersonalFieldGroup {
  /** The data subject's id, read from the event data; undefined when the event names nobody. */
  readonly subject: (data: Readonly<Record<string, unknown>>) => string | undefined;
  /** Top-level data fields holding that subject's personal data. */
  readonly fields: readonly string[];
}

/** Event type → its personal field groups. Types not listed carry no personal data. */
export type PersonalDataPolicy = Readonly<Record<string, readonly PersonalFieldGroup[]>>;
