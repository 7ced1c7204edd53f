import type { DomainEvent } from './event.js';

/**
 * The whole event-sourcing loop for one aggregate: pure and total.
 * `decide` returns the events a command causes (or throws a DomainError);
 * `evolve` folds one event into the state.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds a sequence of events into state with a decider's evolve. */
export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
