/** People and organisation: settings, trusts, staff, safeguarding appointments, pupil references. */
export * from './domain/people.commands.js';
export * from './domain/people.decider.js';
export * from './domain/people.errors.js';
export * from './domain/people.events.js';
export { peoplePersonalData } from './domain/people.personal-data.js';
export { DecisionFacts } from './application/decision-facts.js';
export * from './domain/people.roles.js';
export { PEOPLE_CATALOGUE } from './people.catalogue.js';
export { PeopleModule } from './people.module.js';
