/** People and organisation: settings, trusts, staff, safeguarding appointments, pupil references. */
export * from './domain/people.commands.js';
export * from './domain/people.decider.js';
export * from './domain/people.errors.js';
export * from './domain/people.events.js';
export { peoplePersonalData } from './domain/people.personal-data.js';
export { DecisionFacts } from './application/decision-facts.js';
export { ExecutePupilCommand, ExecuteSettingCommand, ExecuteStaffCommand } from './application/people.command-handlers.js';
export { PeopleModule } from './people.module.js';
