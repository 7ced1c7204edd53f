import type { AlertConfig } from '@ledger/config';
import { addWorkingDays, ConcurrencyError, fold, londonDate, NO_SETTING_CALENDAR, type Clock, type RecordedEvent } from '@ledger/kernel';
import type { Ledger } from '@ledger/ledger';
import { settingDecider, toSettingStreamId, toStaffStreamId, type SettingEvent } from '@ledger/people';
import { toAlertStreamId, type AlertChannel, type AlertRule, type AlertSent } from '../domain/alert.events.js';
import { planNewConcernAlerts, type PlannedAlert } from '../domain/alert-plan.js';
import { EmailChannel } from './email-channel.js';
import { withRetries } from './retry.js';
import { WebhookChannel } from './webhook-channel.js';

/** Told about every alert sent or given up on (for metrics): rule and channel only. */
export interface AlertObserver {
  alertSent(rule: AlertRule, channel: AlertChannel): void;
  alertFailed(rule: AlertRule, channel: AlertChannel): void;
}

export interface AlertLogger {
  log(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface AlertDispatcherOptions {
  /**
   * The last day to triage a concern that happened at `occurredAt`, by the setting's calendar and
   * triage rule; default: 1 working day, counting weekends and bank holidays only.
   */
  readonly triageDeadline?: (tenantId: string, occurredAt: string) => Promise<string>;
}

/** Who the alerts are recorded as. */
const ALERTS_ACTOR = { id: 'alerts', role: 'system' } as const;

/**
 * Sends alerts from the elected leader (it runs beside the projector and the notary, so one
 * process sends), each at most once recorded: every alert has a deterministic id and its own
 * stream, and is sent only when that stream is empty; AlertSent is appended after a successful
 * send, with "no stream" as the expected revision.
 *
 * The honest trade-off: between the send and the append there is a window (a crash, the leader
 * losing its lock). An alert sent in that window is sent again by the next leader — at least
 * once, never silently lost — with the same alert id (the email's Message-ID, the webhook's
 * x-ledger-alert-id header) so that receivers can drop the duplicate. What the ledger records is
 * exactly once: a second AlertSent for one alert is refused by the store.
 */
export class AlertDispatcher {
  private readonly email: EmailChannel | undefined;
  private readonly webhook: WebhookChannel | undefined;
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    private readonly ledger: Ledger,
    private readonly config: AlertConfig,
    private readonly clock: Clock,
    private readonly observer: AlertObserver,
    private readonly logger: AlertLogger,
    private readonly options: AlertDispatcherOptions = {},
  ) {
    this.email = config.smtpUrl !== undefined && config.from !== undefined ? new EmailChannel(config.smtpUrl, config.from) : undefined;
    this.webhook =
      config.webhookUrl !== undefined && config.webhookSecret !== undefined
        ? new WebhookChannel(config.webhookUrl, config.webhookSecret)
        : undefined;
  }

  /** Follows the ledger for concerns from the start (old ones are skipped by age, sent ones by their stream). */
  start(): void {
    if (this.running || (!this.email && !this.webhook)) return;
    this.running = this.follow().catch((error: unknown) => {
      if (!this.abort.signal.aborted) this.logger.error({ err: error }, 'Alerts stopped: the ledger could not be followed');
    });
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.running;
    this.email?.close();
  }

  private async follow(): Promise<void> {
    const signal = this.abort.signal;
    for await (const event of this.ledger.store.subscribe({ after: '0', types: ['IncidentReported'], signal })) {
      if (signal.aborted) return;
      await this.onConcern(event);
    }
  }

  private async onConcern(event: RecordedEvent): Promise<void> {
    const ageSeconds = (this.clock.now().getTime() - Date.parse(event.meta.recordedAt)) / 1000;
    if (ageSeconds > this.config.maxAgeSeconds) return;
    const tenantId = event.meta.tenantId;
    const occurredAt = event.meta.occurredAt;
    const triageBy =
      (await this.options.triageDeadline?.(tenantId, occurredAt)) ?? addWorkingDays(NO_SETTING_CALENDAR, londonDate(occurredAt), 1);
    const alerts = planNewConcernAlerts(
      {
        tenantId,
        eventId: event.id,
        category: String(event.data.category),
        triageBy,
      },
      {
        dslAndDeputies: await this.dslAndDeputies(tenantId),
        channels: { email: this.email !== undefined, webhook: this.webhook !== undefined },
        linkUrl: this.config.linkUrl,
      },
    );
    for (const alert of alerts) await this.deliver(tenantId, alert, event);
  }

  private async deliver(tenantId: string, alert: PlannedAlert, cause: RecordedEvent): Promise<void> {
    const stream = toAlertStreamId(tenantId, alert.alertId);
    if (await this.ledger.store.streamHead(stream)) return;
    const send = await this.sender(tenantId, alert);
    if (send === undefined) {
      this.observer.alertFailed(alert.rule, alert.channel);
      this.logger.error(
        { rule: alert.rule, channel: alert.channel, recipientId: alert.recipientId },
        'Alert not sent: the recipient has no alert address (setAlertAddress)',
      );
      return;
    }
    const failure = await withRetries(send, this.config.retryMs, this.abort.signal);
    if (failure !== undefined) {
      if (this.abort.signal.aborted) return;
      this.observer.alertFailed(alert.rule, alert.channel);
      this.logger.error(
        { rule: alert.rule, channel: alert.channel, recipientId: alert.recipientId, err: failure },
        'Alert not sent after every retry; the next leader tries again',
      );
      return;
    }
    const sent: AlertSent = {
      type: 'AlertSent',
      data: { alertId: alert.alertId, rule: alert.rule, recipientId: alert.recipientId, channel: alert.channel, causeEventId: cause.id },
    };
    try {
      const now = this.clock.now().toISOString();
      await this.ledger.append(stream, 'no_stream', [
        {
          type: sent.type,
          data: sent.data,
          meta: { tenantId, actor: ALERTS_ACTOR, occurredAt: now, correlationId: cause.meta.correlationId, causationId: cause.id },
        },
      ]);
    } catch (error) {
      // Another leader recorded it first: it was sent (twice, in that rare case), and is recorded once.
      if (!(error instanceof ConcurrencyError)) throw error;
    }
    this.observer.alertSent(alert.rule, alert.channel);
    this.logger.log({ rule: alert.rule, channel: alert.channel, recipientId: alert.recipientId }, 'Alert sent');
  }

  /** One try at sending, or undefined when there is nowhere to send it. */
  private async sender(tenantId: string, alert: PlannedAlert): Promise<(() => Promise<void>) | undefined> {
    if (alert.channel === 'webhook') {
      const webhook = this.webhook;
      return webhook ? () => webhook.send(alert, tenantId, this.clock.now()) : undefined;
    }
    const email = this.email;
    const address = await this.addressOf(tenantId, alert.recipientId);
    return email && address ? () => email.send(alert, address) : undefined;
  }

  private async dslAndDeputies(tenantId: string): Promise<string[]> {
    const events: SettingEvent[] = [];
    for await (const event of this.ledger.store.readStream(toSettingStreamId(tenantId)))
      events.push({ type: event.type, data: event.data } as SettingEvent);
    const setting = fold(settingDecider, events);
    if (setting.status !== 'registered') return [];
    return setting.appointments
      .filter((appointment) => appointment.startsWith('dsl:') || appointment.startsWith('deputy_dsl:'))
      .map((appointment) => appointment.slice(appointment.indexOf(':') + 1));
  }

  /** The person's latest alert address, decrypted; undefined when none was set or they were erased. */
  private async addressOf(tenantId: string, staffId: string): Promise<string | undefined> {
    let address: string | undefined;
    for await (const event of this.ledger.readStream(toStaffStreamId(tenantId, staffId))) {
      if (event.type !== 'StaffAlertAddressSet') continue;
      const email = event.data.email;
      address = typeof email === 'string' && email.includes('@') ? email : undefined;
    }
    return address;
  }
}
