export * from './command.js';
export * from './decider.js';
export * from './decision-context.js';
export * from './errors.js';
export * from './event.js';
export * from './ids.js';
export * from './personal-data.js';
export * from './roles.js';
