export type { PersonalDataPolicy, PersonalFieldGroup } from '@ledger/kernel';

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
