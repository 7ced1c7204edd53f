import { ConcurrencyError, DomainError, type CommandMeta, type Decider } from '@ledger/kernel';
import { sqliteSubject, type ContractSubject } from '@ledger/testing';
import { handleCommand } from './handle-command.js';
import { Ledger } from './ledger.js';

type Tally = { status: 'empty' } | { status: 'open'; count: number } | { status: 'closed'; count: number };
type TallyEvent = { type: 'TallyIncreased'; data: { by: number } } | { type: 'TallyClosed'; data: Record<string, never> };
type TallyCommand = CommandMeta & ({ kind: 'increase'; by: number } | { kind: 'close' });

class TallyClosedError extends DomainError {
  readonly code = 'TALLY.CLOSED';
}

const tally: Decider<TallyCommand, TallyEvent, Tally> = {
  initialState: () => ({ status: 'empty' }),
  decide(command, state) {
    if (state.status === 'closed') throw new TallyClosedError('closed');
    if (command.kind === 'close') return [{ type: 'TallyClosed', data: {} }];
    return [{ type: 'TallyIncreased', data: { by: command.by } }];
  },
  evolve(state, event) {
    const count = state.status === 'empty' ? 0 : state.count;
    switch (event.type) {
      case 'TallyIncreased':
        return { status: 'open', count: count + event.data.by };
      case 'TallyClosed':
        return { status: 'closed', count };
    }
  },
};

let n = 0;
function command(body: { kind: 'increase'; by: number } | { kind: 'close' }, commandId = `cmd-${++n}`): TallyCommand {
  return { ...body, commandId, tenantId: 'school-a', actor: { id: 'dsl-1', role: 'dsl' }, occurredAt: '2025-01-10T09:00:00.000Z' };
}

describe(handleCommand.name, () => {
  let sut: ContractSubject;
  let stream: string;

  beforeAll(async () => {
    sut = await sqliteSubject();
  });
  afterAll(() => sut.close());
  beforeEach(() => {
    stream = `incident-school-a.tally-${++n}`;
  });

  it('should read, fold, decide and append with the command metadata', async () => {
    await handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 2 }));
    const result = await handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 3 }, 'the-command'));
    expect(result.events).toHaveLength(1);
    const event = result.events[0]!;
    expect(event).toMatchObject({ revision: 1, type: 'TallyIncreased', data: { by: 3 } });
    expect(event.meta).toMatchObject({
      tenantId: 'school-a',
      actor: { id: 'dsl-1', role: 'dsl' },
      occurredAt: '2025-01-10T09:00:00.000Z',
      commandId: 'the-command',
      causationId: 'the-command',
    });
  });

  it('should surface the decider’s error and append nothing', async () => {
    await handleCommand(sut.ledger, tally, stream, command({ kind: 'close' }));
    const head = await sut.store.headPosition();
    await expect(handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 1 }))).rejects.toMatchObject({
      code: 'TALLY.CLOSED',
    });
    expect(await sut.store.headPosition()).toBe(head);
  });

  it('should return the original result for a retried command id, even after the rules changed', async () => {
    const first = await handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 1 }, `retry-${stream}`));
    await handleCommand(sut.ledger, tally, stream, command({ kind: 'close' }));
    const retried = await handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 1 }, `retry-${stream}`));
    expect(retried.replayed).toBe(true);
    expect(retried.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });

  describe('when concurrent commands race on one stream', () => {
    /** A ledger of its own over the same store: the commands of another process, which take no turns with ours. */
    const otherProcess = () => new Ledger(sut.store, sut.vault);

    it('should let the commands of one process take turns, so that none is refused, without retrying', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          handleCommand(sut.ledger, tally, stream, command({ kind: 'increase', by: 1 }), { maxAttempts: 1 }),
        ),
      );
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const events = [];
      for await (const e of sut.ledger.readStream(stream)) events.push(e);
      expect(events).toHaveLength(50);
    });

    it('should re-read and re-decide until every one lands', async () => {
      await Promise.all(
        Array.from({ length: 8 }, () =>
          handleCommand(otherProcess(), tally, stream, command({ kind: 'increase', by: 1 }), { maxAttempts: 20 }),
        ),
      );
      const events = [];
      for await (const e of sut.ledger.readStream(stream)) events.push(e);
      expect(events).toHaveLength(8);
    });

    it('should give up with the ConcurrencyError after the bounded number of attempts', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, () =>
          handleCommand(otherProcess(), tally, stream, command({ kind: 'increase', by: 1 }), { maxAttempts: 1 }),
        ),
      );
      const rejected = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(rejected.length).toBeGreaterThan(0);
      expect(rejected.every((r) => r.reason instanceof ConcurrencyError)).toBe(true);
      const events = [];
      for await (const e of sut.ledger.readStream(stream)) events.push(e);
      expect(events).toHaveLength(results.length - rejected.length);
    });
  });
});
