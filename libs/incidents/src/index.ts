/** The incidents context: events, commands, decider, errors, personal fields, and its command handler. */
export * from './domain/incident.commands.js';
export * from './domain/incident.decider.js';
export * from './domain/incident.events.js';
export { ExecuteIncidentCommand } from './application/incidents.command-handler.js';
export { IncidentModule } from './incidents.module.js';
export * from './domain/incident.errors.js';
export { incidentPersonalData } from './domain/incident.personal-data.js';
