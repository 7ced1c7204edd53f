import type { RecordedEvent } from '@ledger/kernel';
import { collect, meta, note, postgresSubject, sqliteSubject, type ContractSubject } from '@ledger/testing';
import type { Projection } from './projection.js';
import { Projector } from './projector.js';
import { streamSummaryProjection, type StreamSummary } from './stream-summary.projection.js';

const counting: Projection<{ total: number; positions: string[] }> = {
  name: 'counting',
  canHandle: ['NoteRecorded'],
  keyOf: () => 'all',
  evolve: (doc, event) => ({ total: (doc?.total ?? 0) + Number(event.data.n), positions: [...(doc?.positions ?? []), event.position] }),
};

const exploding: Projection<{ seen: number }> = {
  name: 'exploding',
  canHandle: ['NoteRecorded'],
  keyOf: () => 'all',
  evolve: (doc, event) => {
    if (event.data.n === 13) throw new Error('unlucky number');
    return { seen: (doc?.seen ?? 0) + 1 };
  },
};

describe.each([
  ['sqlite', () => sqliteSubject()],
  ['postgres', () => postgresSubject()],
] as const)(`${Projector.name} on %s`, (_adapter, open) => {
  let sut: ContractSubject;

  beforeEach(async () => {
    sut = await open();
  });
  afterEach(() => sut.close());

  it('should catch up, follow live appends and keep documents with their checkpoint', async () => {
    await sut.ledger.append('incident-school-a.1', 'no_stream', [note(1), note(2)]);
    const projector = new Projector(sut.store, sut.readModels, [counting, streamSummaryProjection as Projection]);
    projector.start();
    const live = await sut.ledger.append('incident-school-a.1', 1, [note(3)]);
    expect(await projector.waitFor(live.lastPosition, 5000)).toBe(true);
    await projector.stop();
    const [doc] = await sut.readModels.list('counting', 'school-a');
    expect(doc!.doc).toMatchObject({ total: 6 });
    expect((await sut.readModels.checkpoint('counting'))?.position).toBe(live.lastPosition);
    const [summary] = (await sut.readModels.list('stream-summary', 'school-a')) as Array<{ doc: StreamSummary }>;
    expect(summary!.doc).toMatchObject({ stream: 'incident-school-a.1', category: 'incident', events: 3, lastType: 'NoteRecorded' });
  });

  it('should, in a process that does not project, wait on the checkpoints of the one that does', async () => {
    const searches: Projection<{ n: number }> = {
      name: 'searches',
      canHandle: ['SearchConducted'],
      keyOf: () => 'all',
      evolve: (doc) => ({ n: (doc?.n ?? 0) + 1 }),
    };
    await sut.ledger.append('search-school-a.1', 'no_stream', [{ type: 'SearchConducted', data: { n: 1 }, meta: meta() }]);
    const last = await sut.ledger.append('incident-school-a.1', 'no_stream', [note(1), note(2)]);
    const replica = new Projector(sut.store, sut.readModels, [counting, searches]);
    // Nobody projects yet: the replica cannot see the position reached.
    expect(await replica.waitFor(last.lastPosition, 300)).toBe(false);
    const leader = new Projector(sut.store, sut.readModels, [counting, searches]);
    leader.start();
    // counting reaches the last position; searches stops at its own event and is not behind.
    expect(await replica.waitFor(last.lastPosition, 5000)).toBe(true);
    await leader.stop();
    const later = await sut.ledger.append('incident-school-a.1', 1, [note(3)]);
    expect(await replica.waitFor(later.lastPosition, 300)).toBe(false);
  });

  it('should move its checkpoint past events it does not handle, so no pass reads them again', async () => {
    await sut.ledger.append('incident-school-a.1', 'no_stream', [note(1)]);
    const last = await sut.ledger.append('search-school-a.1', 'no_stream', [{ type: 'SearchConducted', data: { n: 1 }, meta: meta() }]);
    const projector = new Projector(sut.store, sut.readModels, [counting]);
    await projector.catchUp(counting);
    expect((await sut.readModels.checkpoint('counting'))?.position).toBe(last.lastPosition);
    expect((await sut.readModels.list('counting', 'school-a'))[0]!.doc).toMatchObject({ total: 1 });
  });

  it('should apply an event fed twice only once (idempotent by position)', async () => {
    await sut.ledger.append('incident-school-a.1', 'no_stream', [note(5)]);
    const projector = new Projector(sut.store, sut.readModels, [counting]);
    await projector.catchUp(counting);
    // Wind the checkpoint back as if the batch were delivered again after a crash.
    await sut.readModels.commit('counting', [], '0');
    await projector.catchUp(counting);
    const [doc] = await sut.readModels.list('counting', 'school-a');
    expect(doc!.doc).toMatchObject({ total: 5, positions: [expect.any(String)] });
  });

  it('should stop a projection that throws, record where and why, and keep the others running', async () => {
    await sut.ledger.append('incident-school-a.1', 'no_stream', [note(1), note(13), note(2)]);
    const projector = new Projector(sut.store, sut.readModels, [exploding, counting]);
    projector.start();
    const head = await sut.store.headPosition();
    const deadline = Date.now() + 5000;
    while (projector.statuses().find((s) => s.name === 'exploding')?.status !== 'failed' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(await projector.waitFor(head, 5000)).toBe(true);
    await projector.stop();
    const statuses = Object.fromEntries(projector.statuses().map((s) => [s.name, s]));
    expect(statuses.exploding).toMatchObject({ status: 'failed', error: 'unlucky number' });
    expect(await sut.readModels.checkpoint('exploding')).toMatchObject({ status: 'failed', error: 'unlucky number' });
    expect(await sut.readModels.list('exploding', 'school-a')).toHaveLength(0);
    expect((await sut.readModels.list('counting', 'school-a'))[0]!.doc).toMatchObject({ total: 16 });
  });

  it('should rebuild from zero to the same documents', async () => {
    for (let i = 0; i < 20; i += 1)
      await sut.ledger.append(`incident-school-a.${i % 4}`, i < 4 ? 'no_stream' : Math.floor(i / 4) - 1, [note(i)]);
    await sut.ledger.append('search-school-b.1', 'no_stream', [{ type: 'SearchConducted', data: { n: 1 }, meta: meta('school-b') }]);
    const projector = new Projector(sut.store, sut.readModels, [streamSummaryProjection as Projection]);
    await projector.catchUp(streamSummaryProjection as Projection);
    const live = [
      ...(await sut.readModels.list('stream-summary', 'school-a')),
      ...(await sut.readModels.list('stream-summary', 'school-b')),
    ];
    await projector.rebuild('stream-summary');
    const rebuilt = [
      ...(await sut.readModels.list('stream-summary', 'school-a')),
      ...(await sut.readModels.list('stream-summary', 'school-b')),
    ];
    expect(rebuilt).toEqual(live);
    expect(live).toHaveLength(5);
    const events: RecordedEvent[] = await collect(sut.store.readAll());
    expect(events).toHaveLength(21);
  });
});
