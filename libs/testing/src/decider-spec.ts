import type { Decider, DomainEvent } from '@ledger/kernel';

/**
 * Given/When/Then for deciders: `given(decider, events).when(command).then(events)` or
 * `.thenRejects(code)`, which also checks that nothing would be appended.
 */
export function given<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>, history: readonly Event[] = []) {
  const state = history.reduce((s, e) => decider.evolve(s, e), decider.initialState());
  return {
    state,
    when(command: Command) {
      const run = () => decider.decide(command, state);
      return {
        then(expected: readonly Partial<Event>[] | ((events: readonly Event[]) => void)): readonly Event[] {
          const events = run();
          if (typeof expected === 'function') expected(events);
          else expect(events).toEqual(expected.map((e) => expect.objectContaining(e)));
          return events;
        },
        thenRejects(code: string): void {
          let events: readonly Event[] | undefined;
          try {
            events = run();
          } catch (error) {
            expect((error as { code?: string }).code).toBe(code);
            return;
          }
          throw new Error(`expected ${code} but the decider returned ${JSON.stringify(events?.map((e) => e.type))}`);
        },
      };
    },
  };
}
