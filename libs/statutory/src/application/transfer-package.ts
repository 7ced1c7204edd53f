import { DomainError, type RecordedEvent } from '@ledger/kernel';
import {
  canonicalJson,
  checkProofDocument,
  hashEvent,
  isEncryptedField,
  type CheckpointRecord,
  type InclusionProof,
  type Ledger,
  type ProofService,
} from '@ledger/ledger';
import { toCpTransferStreamId } from '../domain/cp-transfer.decider.js';

export const TRANSFER_PACKAGE_FORMAT = 'ledger-cp-transfer/1';

/**
 * A child-protection file as it travels: the pupil's events exactly as stored (personal fields
 * ciphertext, so every hash recomputes), each with its inclusion proof against one signed
 * checkpoint, and the pupil's personal fields re-encrypted for the receiving setting (on this
 * ledger) or readable (by a one-time link to a school that is not). Written as RFC 8785 JSON, so
 * the file has exactly one byte form.
 */
export interface TransferPackage {
  readonly format: typeof TRANSFER_PACKAGE_FORMAT;
  readonly transferId: string;
  readonly fromSettingId: string;
  readonly toSettingId: string | null;
  readonly pupilId: string;
  /** The checkpoints' public key (SPKI PEM); compare its id with the one you pinned. */
  readonly publicKey: string;
  readonly checkpoint: CheckpointRecord;
  readonly records: readonly { readonly event: RecordedEvent; readonly proof: InclusionProof }[];
  /**
   * Personal fields by event id: re-encrypted under the receiving setting's key for that pupil
   * (`$personal` boxes) on this ledger, plaintext for a school off it. Not covered by the proofs;
   * AES-GCM authenticates each box.
   */
  readonly personal: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export class TransferPackageError extends DomainError {
  private constructor(
    readonly code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, details);
  }

  static notSent(transferId: string): TransferPackageError {
    return new TransferPackageError('CPTRANSFER.NOT_SENT', `No child-protection file was sent as transfer ${transferId}`, { transferId });
  }
}

/** Does this event belong to the pupil's child-protection file? Their reference, their searches, incidents that involve them, the transfer. */
function aboutPupil(event: RecordedEvent, pupilId: string, transferStream: string): boolean {
  const d = event.data as Record<string, unknown>;
  if (event.stream === transferStream) return true;
  if (event.stream.startsWith('pupil-') && d.pupilId === pupilId) return true;
  if (event.stream.startsWith('search-') && d.pupilId === pupilId) return true;
  if (event.stream.startsWith('applacement-') && d.pupilId === pupilId) return true;
  return Array.isArray(d.involvedPupilIds) && d.involvedPupilIds.includes(pupilId);
}

/**
 * Builds the package of a transfer this setting sent. The events are those recorded up to the
 * latest signed checkpoint (an event not yet checkpointed waits for the next: PROOF.NOT_YET_CHECKPOINTED).
 */
export async function buildTransferPackage(
  ledger: Ledger,
  proofs: ProofService,
  fromSettingId: string,
  transferId: string,
): Promise<TransferPackage> {
  const transferStream = toCpTransferStreamId(fromSettingId, transferId);
  let sent: RecordedEvent | undefined;
  for await (const event of ledger.store.readStream(transferStream)) if (event.type === 'ChildProtectionFileSent') sent = event;
  if (!sent) throw TransferPackageError.notSent(transferId);
  const pupilId = String(sent.data.pupilId);
  const toSettingId = (sent.data.toSettingId as string | null) ?? null;
  // Everything about the pupil in the sender's ledger: incidents name pupils in their first event,
  // so the other events of those streams follow.
  const streams = new Set<string>();
  const stored: RecordedEvent[] = [];
  for await (const event of ledger.store.readAll({ tenantId: fromSettingId })) {
    if (streams.has(event.stream) || aboutPupil(event, pupilId, transferStream)) {
      streams.add(event.stream);
      stored.push(event);
    }
  }
  const checkpoint = await proofs.latestCheckpoint();
  const records = [];
  const personal: Record<string, Record<string, unknown>> = {};
  for (const event of stored) {
    const proof = await proofs.inclusionProof(event.id, checkpoint?.treeSize);
    records.push({ event, proof });
    const revealed = await ledger.reveal(event);
    const fields = Object.keys(event.data).filter((k) => isEncryptedField(event.data[k]));
    if (fields.length === 0) continue;
    const plain = Object.fromEntries(fields.map((k) => [k, revealed.data[k]]));
    // Re-encrypted for the receiving setting: under its own key for the same subject, which its
    // vault opens and an erasure there destroys.
    personal[event.id] =
      toSettingId === null ? plain : pick(await ledger.vault.encrypt(toSettingId, event.type, { ...event.data, ...plain }), fields);
  }
  const latest = checkpoint ?? records[0]?.proof.checkpoint;
  const publicKey = (await proofs.publicKeys()).find((k) => k.keyId === latest?.keyId)?.publicKey ?? '';
  return {
    format: TRANSFER_PACKAGE_FORMAT,
    transferId,
    fromSettingId,
    toSettingId,
    pupilId,
    publicKey,
    checkpoint: latest as CheckpointRecord,
    records,
    personal,
  };
}

function pick(data: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((k) => [k, data[k]]));
}

/** The file's bytes: RFC 8785 canonical JSON, the one form `verifyTransferPackage` accepts. */
export function transferPackageBytes(pkg: TransferPackage): Buffer {
  return Buffer.from(canonicalJson(pkg as unknown as Record<string, unknown>), 'utf8');
}

/** One thing checked about a package. */
export interface PackageCheck {
  readonly what: string;
  readonly ok: boolean;
}

/**
 * Checks a package with no database: the bytes are the package's one canonical form, every
 * event's hash recomputes, every inclusion proof leads to the signed root, the checkpoint's
 * Ed25519 signature holds (against `pinnedKeys` when given), and the header agrees with the
 * proven ChildProtectionFileSent event.
 */
export function verifyTransferPackage(bytes: Buffer, pinnedKeys?: readonly string[]): PackageCheck[] {
  const checks: PackageCheck[] = [];
  const check = (what: string, ok: boolean) => checks.push({ what, ok });
  let pkg: TransferPackage;
  try {
    pkg = JSON.parse(bytes.toString('utf8')) as TransferPackage;
  } catch {
    return [{ what: 'the file is JSON', ok: false }];
  }
  check(`format is ${TRANSFER_PACKAGE_FORMAT}`, pkg?.format === TRANSFER_PACKAGE_FORMAT);
  if (!Array.isArray(pkg?.records)) return [...checks, { what: 'the package lists its records', ok: false }];
  check('the file is in its one canonical form (RFC 8785): not a byte changed', canonicalJson(pkg as never) === bytes.toString('utf8'));
  for (const { event, proof } of pkg.records) {
    const ok = event?.id === proof?.eventId && hashEvent(event) === proof?.eventHash;
    check(`event ${event?.id}: hash recomputes`, ok);
    for (const c of checkProofDocument({ kind: 'inclusion', publicKey: pkg.publicKey, event, ...proof }, pinnedKeys))
      check(`event ${event?.id}: ${c.what}`, c.ok);
    check(`event ${event?.id}: proven against the package's checkpoint`, proof?.checkpoint?.root === pkg.checkpoint?.root);
    check(`event ${event?.id}: recorded by the sending setting`, event?.meta?.tenantId === pkg.fromSettingId);
  }
  const sent = pkg.records.find((r) => r.event.type === 'ChildProtectionFileSent')?.event;
  check(
    'the header agrees with the proven ChildProtectionFileSent event',
    sent !== undefined &&
      sent.data.transferId === pkg.transferId &&
      sent.data.pupilId === pkg.pupilId &&
      (sent.data.toSettingId ?? null) === pkg.toSettingId,
  );
  check(
    'every personal field belongs to an event in the package',
    Object.keys(pkg.personal ?? {}).every((id) => pkg.records.some((r) => r.event.id === id)),
  );
  return checks;
}
