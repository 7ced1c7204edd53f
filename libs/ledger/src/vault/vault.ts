import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError, PERSONAL_UNIT_SCHEMA, type Clock } from '@ledger/kernel';
import { isEncryptedField, type EncryptedField, type ErasedField, type PersonalDataPolicy } from './personal-data.js';
import type { SubjectKeyStore } from './subject-key-store.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const CACHE_LIMIT = 10_000;
/**
 * How long an unwrapped key is trusted before the key store is asked again. Another process (a
 * second API replica, `ledger erase`) may destroy it: after this long every process reads the
 * erasure. A destroyed key is final and cached for good.
 */
export const KEY_RECHECK_MS = 2000;

/** Random IVs drawn from the CSPRNG 4 KiB at a time (one call per 341 fields, not one per field); each is used once. */
let ivPool = Buffer.alloc(0);
let ivOffset = 0;
function randomIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * 341);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

function open(key: Buffer, box: string, aad: string): Buffer {
  const bytes = Buffer.from(box, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

/**
 * The personal-data vault (crypto-shredding). Personal fields are encrypted with their
 * data subject's AES-256-GCM key before the event is hashed, so hashes cover ciphertext
 * and destroying a key erases the data everywhere while every proof still verifies.
 */
export class Vault {
  /** Unwrapped keys and when they were read; `null` marks a destroyed key. */
  private readonly cache = new Map<string, { readonly key: Buffer | null; readonly at: number }>();
  /** Keys being read or created: concurrent appends for one subject share one lookup (and one insert). */
  private readonly loading = new Map<string, Promise<Buffer | null | undefined>>();

  constructor(
    private readonly keys: SubjectKeyStore,
    private readonly masterKey: Buffer,
    private readonly policy: PersonalDataPolicy,
    private readonly clock: Clock,
  ) {}

  /** Replaces the personal fields the policy declares for `type` with ciphertext. */
  async encrypt(tenantId: string, type: string, data: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>> {
    const groups = this.policy[type];
    if (!groups) return { ...data };
    const out: Record<string, unknown> = { ...data };
    for (const group of groups) {
      const person = group.subject(data);
      if (person === undefined) continue;
      // The key is the erasure unit's (a consent, an allegation), or the person's when the law erases the person.
      const subject = group.unit?.(data) ?? person;
      const present = group.fields.filter((field) => data[field] !== undefined && !isEncryptedField(data[field]));
      if (present.length === 0) continue;
      const key = await this.keyFor(tenantId, subject, true);
      if (!key) throw new SubjectErasedError(tenantId, subject);
      for (const field of present) {
        const sealed: EncryptedField = {
          $personal: 1,
          subject,
          person,
          box: seal(key, Buffer.from(JSON.stringify(data[field]), 'utf8'), `${tenantId}|${subject}`),
        };
        out[field] = sealed;
      }
    }
    return out;
  }

  /** The data schema an event type is recorded with: personal fields that name their person are schema 2. */
  schemaOf(type: string): number {
    return this.policy[type] ? PERSONAL_UNIT_SCHEMA : 1;
  }

  /** Whether the unit's key has been destroyed (an erasure completed). */
  async isErased(tenantId: string, unitId: string): Promise<boolean> {
    return (await this.keyFor(tenantId, unitId, false)) === null;
  }

  /**
   * The upcaster of personal fields (schema 1 → 2): a field recorded before erasure units
   * existed was keyed to its person, so its person is its unit. Stored bytes are untouched;
   * this runs in memory on every read.
   */
  upcast(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
    let out: Record<string, unknown> | undefined;
    for (const [field, value] of Object.entries(data)) {
      if (!isEncryptedField(value) || value.person !== undefined) continue;
      out ??= { ...data };
      out[field] = { ...value, person: value.subject };
    }
    return out ?? data;
  }

  /** Replaces ciphertext fields by their plaintext, or by an ErasedField when the key is gone. */
  async decrypt(tenantId: string, data: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>> {
    let out: Record<string, unknown> | undefined;
    for (const [field, value] of Object.entries(data)) {
      if (!isEncryptedField(value)) continue;
      out ??= { ...data };
      const key = await this.keyFor(tenantId, value.subject, false);
      if (key === null || key === undefined) {
        const erased: ErasedField = { $erased: true, subject: value.subject, person: value.person ?? value.subject };
        out[field] = erased;
      } else {
        out[field] = JSON.parse(open(key, value.box, `${tenantId}|${value.subject}`).toString('utf8'));
      }
    }
    return out ?? (data as Record<string, unknown>);
  }

  /** Destroys an erasure unit's key (a person's, a consent's, an allegation's): its personal fields read as erased from now on. */
  async erase(tenantId: string, subjectId: string): Promise<boolean> {
    this.cache.set(`${tenantId}|${subjectId}`, { key: null, at: performance.now() });
    return this.keys.destroy(tenantId, subjectId, this.clock.now().toISOString());
  }

  /** The subject's key; null when destroyed; undefined when it never existed and `create` is false. */
  private async keyFor(tenantId: string, subjectId: string, create: boolean): Promise<Buffer | null | undefined> {
    const cacheKey = `${tenantId}|${subjectId}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined && (cached.key === null || performance.now() - cached.at < KEY_RECHECK_MS)) return cached.key;
    const inFlight = this.loading.get(cacheKey);
    if (inFlight !== undefined) {
      const key = await inFlight;
      // A lookup that was not allowed to create found no key: this caller may create it.
      if (key !== undefined || !create) return key;
      return this.keyFor(tenantId, subjectId, create);
    }
    const load = this.loadKey(tenantId, subjectId, cacheKey, create);
    this.loading.set(cacheKey, load);
    try {
      return await load;
    } finally {
      if (this.loading.get(cacheKey) === load) this.loading.delete(cacheKey);
    }
  }

  private async loadKey(tenantId: string, subjectId: string, cacheKey: string, create: boolean): Promise<Buffer | null | undefined> {
    let row = await this.keys.find(tenantId, subjectId);
    if (row === undefined) {
      if (!create) return undefined;
      const fresh = randomBytes(32);
      row = await this.keys.createKey(
        {
          tenantId,
          subjectId,
          wrappedKey: seal(this.masterKey, fresh, `subject-key|${cacheKey}`),
          createdAt: this.clock.now().toISOString(),
          destroyedAt: null,
        },
        // Another process stored its key first: forget ours, so a retry reads theirs.
        () => {
          if (this.cache.get(cacheKey)?.key !== null) this.cache.delete(cacheKey);
        },
      );
    }
    const key = row?.wrappedKey ? open(this.masterKey, row.wrappedKey, `subject-key|${cacheKey}`) : null;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    // A key erased while it was being read stays erased.
    if (this.cache.get(cacheKey)?.key === null) return null;
    this.cache.set(cacheKey, { key, at: performance.now() });
    return key;
  }
}

/** Raised when new personal data would be written for a subject whose key was destroyed. */
export class SubjectErasedError extends DomainError {
  readonly code = 'LEDGER.SUBJECT_ERASED';
  constructor(tenantId: string, subjectId: string) {
    super(`Data subject ${subjectId} of ${tenantId} has been erased; no new personal data can be recorded for them`, {
      tenantId,
      subjectId,
    });
  }
}
