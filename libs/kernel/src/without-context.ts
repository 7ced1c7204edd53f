/** A domain command as a caller sends it: the handler adds the decision context. */
export type WithoutContext<C> = C extends unknown ? Omit<C, 'context'> : never;
