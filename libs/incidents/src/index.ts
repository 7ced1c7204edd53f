/** The incidents context: events, commands, decider, roles, errors, personal fields, and its command catalogue. */
export * from './domain/incident.commands.js';
export * from './domain/incident.decider.js';
export * from './domain/incident.events.js';
export * from './domain/incident.roles.js';
export * from './domain/incident.errors.js';
export { incidentPersonalData } from './domain/incident.personal-data.js';
export { INCIDENT_CATALOGUE } from './incidents.catalogue.js';
/** The incident category as a GraphQL enum, for the read-only views that show it. */
export { IncidentCategoryEnum } from './graphql/incident.input.js';
