// The API as the CLI uses it: start it, and report a failed start.
export { serveUntilSignalled, startServer, type RunningServer } from './server.js';
export { reportFailure } from './startup-failure.js';
export { APP_VERSION } from './version.js';
export { createDomainContext } from './domain-context.js';
export { PERSONAL_DATA } from './domain.module.js';
export { schemaSdl } from './schema.js';
export { demoBanner } from './logging/banner.js';
export { readableLogs } from './logging/logging.js';
export { CATALOGUED_COMMANDS, CATALOGUES } from './catalogues.js';
