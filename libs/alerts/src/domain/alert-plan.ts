import type { AlertChannel, AlertRule } from './alert.events.js';

/** One alert to send: who, how, and the message — a category, a deadline and a link, nothing personal. */
export interface PlannedAlert {
  /** Deterministic: the same cause, rule, recipient and channel always give the same id, so a restart finds it recorded. */
  readonly alertId: string;
  readonly rule: AlertRule;
  readonly recipientId: string;
  readonly channel: AlertChannel;
  readonly causeEventId: string;
  readonly message: AlertMessage;
}

/** The whole content of an alert. Nothing here may name or describe a person. */
export interface AlertMessage {
  readonly subject: string;
  readonly text: string;
  /** e.g. "Online-safety concern: grooming". */
  readonly category: string;
  /** YYYY-MM-DD by which something must be done, or null. */
  readonly deadline: string | null;
  readonly link: string;
}

/** A concern as the alert rules may see it: its category and ids only (the narrative and names never reach them). */
export interface ReportedConcern {
  readonly tenantId: string;
  readonly eventId: string;
  readonly category: string;
  /** YYYY-MM-DD by which it must be triaged (the triage clock's deadline). */
  readonly triageBy: string;
}

/** Who a setting's alerts go to and over which channels. */
export interface AlertAudience {
  /** Current DSL and deputy DSLs of the setting, by staff id. */
  readonly dslAndDeputies: readonly string[];
  readonly channels: { readonly email: boolean; readonly webhook: boolean };
  /** The web app's address. */
  readonly linkUrl: string;
}

const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  cyberbullying: 'cyberbullying',
  grooming: 'grooming',
  sexting: 'sharing nudes or semi-nudes',
  radicalisation: 'radicalisation',
  inappropriate_content: 'inappropriate content',
  misinformation: 'misinformation',
  data_breach: 'data breach',
  filtering_breach: 'filtering breach',
  misuse_by_staff: 'concern about an adult',
  other: 'other',
};

/** The id of one alert: rule, cause, recipient and channel (ids only), usable inside a stream id. */
export function alertIdOf(rule: AlertRule, causeEventId: string, recipientId: string, channel: AlertChannel): string {
  return `${rule}.${causeEventId}.${recipientId}.${channel}`;
}

/**
 * On a new concern, the DSL and every deputy are told by email at once, and the setting's webhook
 * once. The message says only that there is a concern, its category, when it must be triaged by,
 * and where to look.
 */
export function planNewConcernAlerts(concern: ReportedConcern, audience: AlertAudience): PlannedAlert[] {
  const category = `Online-safety concern: ${CATEGORY_WORDS[concern.category] ?? 'other'}`;
  const message: AlertMessage = {
    subject: `New safeguarding concern to triage by ${concern.triageBy}`,
    text: [
      'A new safeguarding concern has been recorded in the ledger.',
      `Category: ${category}`,
      `Triage by: ${concern.triageBy} (end of the day)`,
      `Open the ledger to read it: ${audience.linkUrl}/`,
      '',
      'This alert carries no personal details on purpose. Sign in to see them.',
    ].join('\n'),
    category,
    deadline: concern.triageBy,
    link: `${audience.linkUrl}/`,
  };
  const alerts: PlannedAlert[] = [];
  const plan = (recipientId: string, channel: AlertChannel) =>
    alerts.push({
      alertId: alertIdOf('new_concern', concern.eventId, recipientId, channel),
      rule: 'new_concern',
      recipientId,
      channel,
      causeEventId: concern.eventId,
      message,
    });
  if (audience.channels.email) for (const staffId of new Set(audience.dslAndDeputies)) plan(staffId, 'email');
  if (audience.channels.webhook) plan(concern.tenantId, 'webhook');
  return alerts;
}
