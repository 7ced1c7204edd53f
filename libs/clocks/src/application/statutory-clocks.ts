import { fold, londonDate, type Clock, type RecordedEvent, type SettingCalendar } from '@ledger/kernel';
import type { EventStore } from '@ledger/ledger';
import { calendarOf, settingClocksDecider, toSettingClocksStreamId } from '../domain/clock.decider.js';
import type { SettingClockEvent } from '../domain/clock.events.js';
import {
  CLOCK_DEFINITIONS,
  clocksMetByYear,
  readClocks,
  ruleInForce,
  type ClockReading,
  type ClockRule,
  type ClockRuleVersion,
} from '../domain/clock.rules.js';

/** The event types that start or stop a built-in clock (the reader sees nothing else, and no personal field). */
export const CLOCK_EVENT_TYPES = ['IncidentReported', 'IncidentTriaged', 'IncidentEscalated', 'SearchConducted', 'ParentsInformedOfSearch'];

export interface StatutoryClocksAnswer {
  /** The London date the clocks were judged on. */
  readonly on: string;
  /** The rule in force today for each clock, by version (0: the built-in default). */
  readonly rules: readonly (ClockRule & { readonly measures: string })[];
  readonly readings: readonly ClockReading[];
  readonly metByYear: ReturnType<typeof clocksMetByYear>;
}

/**
 * Reads a setting's clocks from the ledger: its calendar and rule versions from their stream, the
 * events that start and stop clocks from the global log (by type, for this setting), judged today.
 */
export class StatutoryClocks {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async calendarAndRules(tenantId: string): Promise<{ calendar: SettingCalendar; rules: readonly ClockRuleVersion[] }> {
    const events: SettingClockEvent[] = [];
    for await (const event of this.store.readStream(toSettingClocksStreamId(tenantId)))
      events.push({ type: event.type, data: event.data } as SettingClockEvent);
    const state = fold(settingClocksDecider, events);
    return { calendar: calendarOf(state), rules: state.rules };
  }

  async read(tenantId: string): Promise<StatutoryClocksAnswer> {
    const now = this.clock.now().toISOString();
    const { calendar, rules } = await this.calendarAndRules(tenantId);
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readAll({ tenantId, types: CLOCK_EVENT_TYPES })) events.push(event);
    const readings = readClocks(
      events.map((event) => ({ type: event.type, data: event.data, occurredAt: event.meta.occurredAt })),
      { calendar, rules, today: londonDate(now) },
    );
    return {
      on: londonDate(now),
      rules: CLOCK_DEFINITIONS.map((definition) => ({ ...ruleInForce(definition, rules, now), measures: definition.measures })),
      readings,
      metByYear: clocksMetByYear(readings),
    };
  }
}
