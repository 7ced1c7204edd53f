import { addWorkingDays, isWorkingDay, londonDate, type SettingCalendar } from '@ledger/kernel';

/** The statutory and local clocks. Stable forever: they are named in rules and answers. */
export const CLOCKS = ['concern_triage', 'lado_discussion', 'parents_informed_of_search'] as const;
export type ClockName = (typeof CLOCKS)[number];

/** A clock's rule in force: how many working days it allows, and which version of the setting's rule that is (0: the built-in default). */
export interface ClockRule {
  readonly clock: string;
  readonly ruleVersion: number;
  /** Working days after the day the clock starts; 0 means by the end of that day (or of the next working day if it is closed). */
  readonly workingDays: number;
}

/** One version of a setting's rule, in force for clocks that start at or after `from` (ISO-8601). */
export interface ClockRuleVersion extends ClockRule {
  readonly from: string;
}

/** The fields of a recorded event a clock needs: nothing personal is read. */
export interface ClockEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** When it happened (ISO-8601). */
  readonly occurredAt: string;
}

/**
 * What starts and stops a clock, by event: a clock runs per subject (an incident, a search, a pupil's
 * move) from the first start event to the first stop event for that subject. Generic on purpose:
 * another context adds a clock by adding a definition, e.g. "CP file transferred within 5 school days
 * of leaving" starts on the pupil's leaving event and stops on the receipt event, keyed by pupil.
 */
export interface ClockDefinition {
  readonly clock: string;
  /** The built-in default rule (version 0), used until the setting sets its own. */
  readonly defaultWorkingDays: number;
  /** What the clock measures, in words (named in the README and the API). */
  readonly measures: string;
  /** The subject whose clock this event starts, or null. */
  starts(event: ClockEvent): string | null;
  /** The subject whose clock this event stops, or null. */
  stops(event: ClockEvent): string | null;
}

const when =
  (type: string, key: string, also: (data: Readonly<Record<string, unknown>>) => boolean = () => true) =>
  (event: ClockEvent): string | null =>
    event.type === type && also(event.data) && typeof event.data[key] === 'string' ? (event.data[key] as string) : null;

/** The clocks this ledger keeps (KCSIE 2025; DfE "Searching, screening and confiscation" 2022). */
export const CLOCK_DEFINITIONS: readonly ClockDefinition[] = [
  {
    clock: 'concern_triage',
    defaultWorkingDays: 1,
    measures: 'from a concern being reported to the DSL recording a triage decision, in working days',
    starts: when('IncidentReported', 'incidentId'),
    stops: when('IncidentTriaged', 'incidentId'),
  },
  {
    clock: 'lado_discussion',
    defaultWorkingDays: 1,
    measures: 'from an allegation against a member of staff being reported to its referral to the LADO (KCSIE Part 4), in working days',
    starts: when('IncidentReported', 'incidentId', (data) => typeof data.aboutStaffId === 'string' || data.category === 'misuse_by_staff'),
    stops: when('IncidentEscalated', 'incidentId', (data) => data.agency === 'lado'),
  },
  {
    clock: 'parents_informed_of_search',
    defaultWorkingDays: 1,
    measures:
      'from a search being conducted to its record that parents were informed; "as soon as practicable" is taken as by the end of the next working day unless the setting sets its own rule (0: the same day)',
    starts: when('SearchConducted', 'searchId'),
    stops: when('ParentsInformedOfSearch', 'searchId'),
  },
];

/** Where one clock stands: met (on time or late), or still running (due or late). */
export type ClockStatus = 'due' | 'late' | 'met' | 'met_late';

export interface ClockReading {
  readonly clock: string;
  readonly subjectId: string;
  /** The rule the clock was judged by: named in every answer. */
  readonly rule: ClockRule;
  /** London date the clock started. */
  readonly startedOn: string;
  /** The last day (London date) on which stopping it is on time. */
  readonly dueBy: string;
  /** London date it stopped, or null while it runs. */
  readonly stoppedOn: string | null;
  readonly status: ClockStatus;
}

/**
 * The last day that is on time for a clock starting on `startedOn`. When the setting's term dates
 * run out before the deadline (next year's not entered yet) the clock still runs: it counts
 * weekdays that are not bank holidays or closure days, the earlier and so the safer deadline.
 */
export function dueDate(calendar: SettingCalendar, startedOn: string, workingDays: number): string {
  try {
    return dueWithin(calendar, startedOn, workingDays);
  } catch (error) {
    if (!(error instanceof RangeError) || calendar.terms.length === 0) throw error;
    return dueWithin({ ...calendar, terms: [] }, startedOn, workingDays);
  }
}

function dueWithin(calendar: SettingCalendar, startedOn: string, workingDays: number): string {
  if (workingDays >= 1) return addWorkingDays(calendar, startedOn, workingDays);
  return isWorkingDay(calendar, startedOn) ? startedOn : addWorkingDays(calendar, startedOn, 1);
}

/** The setting's rule in force for a clock starting at `at`, else the built-in default (version 0). */
export function ruleInForce(definition: ClockDefinition, versions: readonly ClockRuleVersion[], at: string): ClockRule {
  const inForce = versions
    .filter((version) => version.clock === definition.clock && Date.parse(version.from) <= Date.parse(at))
    .sort((a, b) => a.ruleVersion - b.ruleVersion)
    .at(-1);
  return inForce
    ? { clock: inForce.clock, ruleVersion: inForce.ruleVersion, workingDays: inForce.workingDays }
    : { clock: definition.clock, ruleVersion: 0, workingDays: definition.defaultWorkingDays };
}

/**
 * Every clock the events start, judged on `today` (a London date) against the setting's calendar and
 * the rule versions in force when each clock started. Pure: the caller supplies today.
 */
export function readClocks(
  events: readonly ClockEvent[],
  options: {
    readonly calendar: SettingCalendar;
    readonly rules: readonly ClockRuleVersion[];
    readonly today: string;
    readonly definitions?: readonly ClockDefinition[];
  },
): ClockReading[] {
  const definitions = options.definitions ?? CLOCK_DEFINITIONS;
  const running = new Map<string, { definition: ClockDefinition; subjectId: string; start: ClockEvent; stop: ClockEvent | null }>();
  const ordered = [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  for (const event of ordered) {
    for (const definition of definitions) {
      const started = definition.starts(event);
      if (started !== null && !running.has(`${definition.clock}\u0000${started}`))
        running.set(`${definition.clock}\u0000${started}`, { definition, subjectId: started, start: event, stop: null });
      const stopped = definition.stops(event);
      const clock = stopped === null ? undefined : running.get(`${definition.clock}\u0000${stopped}`);
      if (clock && clock.stop === null) clock.stop = event;
    }
  }
  return [...running.values()].map(({ definition, subjectId, start, stop }) => {
    const rule = ruleInForce(definition, options.rules, start.occurredAt);
    const startedOn = londonDate(start.occurredAt);
    const dueBy = dueDate(options.calendar, startedOn, rule.workingDays);
    const stoppedOn = stop === null ? null : londonDate(stop.occurredAt);
    const status: ClockStatus = stoppedOn !== null ? (stoppedOn <= dueBy ? 'met' : 'met_late') : options.today > dueBy ? 'late' : 'due';
    return { clock: definition.clock, subjectId, rule, startedOn, dueBy, stoppedOn, status };
  });
}

/** Clocks met on time out of those that stopped or fell due, per academic year (1 September) in which they started. */
export function clocksMetByYear(
  readings: readonly ClockReading[],
): Array<{ academicYear: number; clock: string; met: number; missed: number; running: number }> {
  const rows = new Map<string, { academicYear: number; clock: string; met: number; missed: number; running: number }>();
  for (const reading of readings) {
    const [year, month] = reading.startedOn.split('-').map(Number) as [number, number];
    const academicYear = month >= 9 ? year : year - 1;
    const key = `${academicYear}\u0000${reading.clock}`;
    const row = rows.get(key) ?? { academicYear, clock: reading.clock, met: 0, missed: 0, running: 0 };
    if (reading.status === 'met') row.met += 1;
    else if (reading.status === 'due') row.running += 1;
    else row.missed += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.academicYear - b.academicYear || a.clock.localeCompare(b.clock));
}
