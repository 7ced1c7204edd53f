export * from './command.js';
export * from './decider.js';
export * from './errors.js';
export * from './event.js';
export * from './ids.js';
