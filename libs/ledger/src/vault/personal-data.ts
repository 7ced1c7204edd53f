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

/** A personal field at rest: AES-256-GCM ciphertext under the subject's key. */
export interface EncryptedField {
  readonly $personal: 1;
  readonly subject: string;
  /** base64 of iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes). */
  readonly box: string;
}

/** What a personal field reads as after its subject's key was destroyed (crypto-shredding). */
export interface ErasedField {
  readonly $erased: true;
  readonly subject: string;
}

export function isEncryptedField(value: unknown): value is EncryptedField {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as EncryptedField).$personal === 1 &&
    typeof (value as EncryptedField).box === 'string'
  );
}

export function isErased(value: unknown): value is ErasedField {
  return typeof value === 'object' && value !== null && (value as ErasedField).$erased === true;
}
