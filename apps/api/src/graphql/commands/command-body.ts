import type { CommandMeta } from '@ledger/kernel';

/**
 * A command's own fields as a resolver builds them: without the metadata the gateway adds, the
 * decision context the handler adds, and the aggregate id the resolver passes beside it.
 * (Only for the resolvers not yet moved into their context's catalogue.)
 */
export type CommandBody<C, Id extends string> = C extends unknown ? Omit<C, 'context' | keyof CommandMeta | Id> : never;
