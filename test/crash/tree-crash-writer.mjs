// A child process for the tree crash test: appends notes and folds them into the stored
// Merkle tree in small batches, forever, printing the stored tree size after each batch.
import { MerkleLog, openLedger } from '../../dist/libs/ledger/src/index.js';

const [, , store, target] = process.argv;
const config = store === 'sqlite' ? { store, dataDir: target } : { store, dataDir: process.env.CRASH_DATA_DIR, databaseUrl: target };
const runtime = await openLedger(config);
const tree = new MerkleLog(runtime.store, runtime.merkleTree);
const meta = {
  tenantId: 'crash',
  actor: { id: 'w', role: 'dsl' },
  occurredAt: '2025-01-01T00:00:00.000Z',
  correlationId: 'c',
  causationId: null,
};
for (let round = 0; ; round += 1) {
  const stream = `incident-crash.${process.pid}-${round}`;
  await runtime.ledger.append(
    stream,
    'no_stream',
    Array.from({ length: 40 }, (_, n) => ({ type: 'NoteRecorded', data: { n }, meta })),
  );
  await tree.catchUp({ batchSize: 7, onProgress: (size) => process.stdout.write(`${JSON.stringify({ size })}\n`) });
}
