export type { PersonalDataPolicy, PersonalFieldGroup } from '@ledger/kernel';

/** A personal field at rest: AES-256-GCM ciphertext under the subject's key. */
export interface EncryptedField {
  readonly $personal: 1;
  /** The erasure unit whose key sealed the field: the person, or a narrower record (a consent, an allegation). */
  readonly subject: string;
  /** The person the field is about, kept for finding them (schema 2 on; the upcaster fills it for older events). */
  readonly person?: string;
  /** base64 of iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes). */
  readonly box: string;
}

/** What a personal field reads as after its subject's key was destroyed (crypto-shredding). */
export interface ErasedField {
  readonly $erased: true;
  /** The erasure unit whose key was destroyed. */
  readonly subject: string;
  /** The person the field was about. */
  readonly person?: string;
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
