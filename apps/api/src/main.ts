import { loadConfig } from '@ledger/config';
import { serveUntilSignalled } from './server.js';
import { reportFailure } from './startup-failure.js';

// Entry point of the API alone; `ledger serve` does the same.
Promise.resolve()
  .then(() => serveUntilSignalled(loadConfig()))
  .catch(reportFailure);
