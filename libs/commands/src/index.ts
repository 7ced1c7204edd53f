/** The command edge shared by every context: the catalogue, the one command handler, the input base and field helpers. */
export * from './catalogue.js';
export { CatalogueCommandHandler } from './catalogue.handler.js';
export { CommandInput, ID_MESSAGE, ID_PATTERN } from './command.input.js';
export * from './fields.js';
export { graphqlEnum } from './graphql-enum.js';
