export * from './event-store.js';
export * from './open-event-store.js';
export { SqliteEventStore } from './sqlite/sqlite-event-store.js';
