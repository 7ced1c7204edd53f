export type { Projection } from '@ledger/kernel';

/** A stored document with the position of the last event applied to it. */
export interface StoredDocument<Doc = unknown> {
  readonly tenantId: string;
  readonly key: string;
  readonly doc: Doc;
  readonly position: string;
}

export interface DocumentWrite {
  readonly tenantId: string;
  readonly key: string;
  /** undefined deletes the document. */
  readonly doc: unknown;
  readonly position: string;
}

export interface ProjectionCheckpoint {
  readonly projection: string;
  readonly position: string;
  readonly status: 'running' | 'failed';
  readonly error: string | null;
}

/** Where projections keep documents and checkpoints: the SQL database beside the ledger. */
export interface ReadModelStore {
  checkpoint(projection: string): Promise<ProjectionCheckpoint | undefined>;
  documents(projection: string, refs: ReadonlyArray<{ tenantId: string; key: string }>): Promise<Map<string, StoredDocument>>;
  /** Writes the documents and the checkpoint in one transaction: a crash loses or repeats nothing. */
  commit(projection: string, writes: readonly DocumentWrite[], position: string): Promise<void>;
  markFailed(projection: string, position: string, error: string): Promise<void>;
  /** Forgets a projection's documents and checkpoint, for a rebuild from zero. */
  reset(projection: string): Promise<void>;
  list(projection: string, tenantId: string): Promise<StoredDocument[]>;
}

/** Map key of a document reference. */
export function documentRef(tenantId: string, key: string): string {
  return `${tenantId}\u0000${key}`;
}
