import { sqliteSubject } from './contract-subjects.js';
import { eventStoreContract } from './event-store.contract.js';

eventStoreContract('sqlite', () => sqliteSubject());
