import { postgresSubject } from './contract-subjects.js';
import { eventStoreContract } from './event-store.contract.js';

eventStoreContract('postgres', () => postgresSubject());
