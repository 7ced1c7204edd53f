import { streamId } from '@ledger/kernel';

/** What raises an alert. Stable forever: they are recorded in AlertSent. */
export const ALERT_RULES = ['new_concern', 'deadline_near', 'weekly_digest'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** How an alert travels. */
export const ALERT_CHANNELS = ['email', 'webhook'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

/**
 * An alert reached a channel: which rule raised it, for whom, by which channel — never its content,
 * and never an address (addresses are personal data kept with the person). So an inspector can see
 * that the DSL was told, and when (the event's recordedAt). Stream `alert-<setting>.<alertId>`:
 * one stream per alert, so recording it twice is refused by the store.
 */
export type AlertSent = {
  readonly type: 'AlertSent';
  readonly data: {
    readonly alertId: string;
    readonly rule: AlertRule;
    /** The member of staff told; for the webhook, the setting id (the school's own channel). */
    readonly recipientId: string;
    readonly channel: AlertChannel;
    /** The event that raised it (e.g. the concern's IncidentReported), by event id. */
    readonly causeEventId: string;
  };
};
export type AlertEvent = AlertSent;

export const ALERT_EVENT_TYPES = ['AlertSent'] as const satisfies readonly AlertEvent['type'][];

/** The stream of one alert. */
export function toAlertStreamId(tenantId: string, alertId: string): string {
  return streamId('alert', tenantId, alertId);
}
