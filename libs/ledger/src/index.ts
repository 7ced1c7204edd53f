export * from './event-store.js';
export {
  asStoreError,
  backoffMs,
  ChainError,
  DiskFullError,
  isTransientFailure,
  StoreUnavailableError,
  storeFailureOf,
} from './store-errors.js';
export { checkFingerprint, commandFingerprint, commandKey } from './command-key.js';
export { handleCommand, type HandleCommandOptions, type HandleCommandResult } from './handle-command.js';
export { canonicalJson, chainProblem, hashEvent, hashInput, sha256Hex, storedJson, type HashedFields } from './integrity/event-hash.js';
export { Ledger, type AppendOptions, type EventToAppend } from './ledger.js';
export { openLedger, type LedgerRuntime, type OpenLedgerOptions } from './open-ledger.js';
export { PostgresEventStore } from './postgres/postgres-event-store.js';
export * from './projector/projection.js';
export {
  ProjectionEventError,
  Projector,
  type ProjectionStatus,
  type ProjectorLogger,
  type ProjectorRetryOptions,
} from './projector/projector.js';
export type { WorkerError, WorkerStatus, WorkerStatusSource } from './projector/worker-status.js';
export { SqliteEventStore } from './sqlite/sqlite-event-store.js';
export { loadMasterKey, MASTER_KEY_FILE, type MasterKey } from './vault/master-key.js';
export * from './vault/personal-data.js';
export { SubjectKeyStore, type SubjectKeyRow } from './vault/subject-key-store.js';
export { SubjectErasedError, Vault } from './vault/vault.js';
export { exportLine, exportLog, type ExportedEvent } from './transfer/export-log.js';
export { ImportRefusedError, importLog, verifyExport } from './transfer/import-log.js';
export { streamSummaryProjection, type StreamSummary } from './projector/stream-summary.projection.js';
export { CLOCK, LEDGER } from './tokens.js';
export * from './integrity/merkle.js';
export {
  collectCheckpoints,
  verifyLog,
  verifyStoredLog,
  type CheckpointIndex,
  type VerifyProblem,
  type VerifyReport,
} from './integrity/verify-log.js';
export * from './integrity/checkpoint.js';
export { rotateCheckpointKey, type KeyRotation } from './integrity/key-rotation.js';
export { Notary, NOTARY_META, type NotaryLogger, type NotaryOptions } from './integrity/notary.js';
export * from './integrity/checkpoint-history.js';
export { MerkleLog, type CatchUpOptions } from './integrity/merkle-log.js';
export * from './integrity/merkle-tree-store.js';
export { SqliteMerkleTreeStore } from './integrity/sqlite-merkle-tree-store.js';
export { PostgresMerkleTreeStore } from './integrity/postgres-merkle-tree-store.js';
export * from './integrity/tree-nodes.js';
export {
  ProofError,
  ProofService,
  type CheckpointPublicKey,
  type ConsistencyProof,
  type InclusionProof,
} from './integrity/proof-service.js';
export { readExport } from './transfer/import-log.js';
export { EventStoreDbEventStore, type EventStoreDbLogger, type EventStoreDbOptions } from './eventstoredb/eventstoredb-event-store.js';
export type { EventStoreClientLike } from './eventstoredb/client-like.js';
export {
  EventStoreAccessDeniedError,
  EventStoreAppendTooLargeError,
  EventStoreError,
  EventStoreNotLeaderError,
  EventStorePositionError,
  EventStoreTimeoutError,
  EventStoreTlsError,
  EventStoreUnavailableError,
  EventStoreVersionError,
} from './eventstoredb/eventstore-errors.js';
export {
  electionKey,
  PostgresLeaderElection,
  type LeaderElectionLogger,
  type LeaderElectionOptions,
  type LeaderWork,
} from './projector/leader-election.js';
export { checkProofDocument, type ProofCheck, type ProofDocument } from './integrity/proof-document.js';
export { isRawLogReader, type RawEventRow, type RawLogReader } from './store-support.js';
