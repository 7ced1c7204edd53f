import { createHmac } from 'node:crypto';
import type { PlannedAlert } from '../domain/alert-plan.js';

/** The headers of a signed webhook (README, "Alerts"). */
export const WEBHOOK_HEADERS = {
  /** Unix time in seconds when the request was signed; receivers should refuse stale ones (replay). */
  timestamp: 'x-ledger-timestamp',
  /** `v1=` and the hex HMAC-SHA256, keyed by ALERT_WEBHOOK_SECRET, of `<timestamp>.<body>`. */
  signature: 'x-ledger-signature',
  /** The alert's id: the same on every retry, so receivers can drop duplicates. */
  alertId: 'x-ledger-alert-id',
} as const;

/** The signature header's value for a body sent at `timestamp` (seconds). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Signed JSON POSTs for a school's Teams, Slack or ticketing system. */
export class WebhookChannel {
  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  /** One try: any answer but 2xx (or no answer in 10 s) is a failure to retry. */
  async send(alert: PlannedAlert, tenantId: string, now: Date): Promise<void> {
    const body = JSON.stringify({
      alertId: alert.alertId,
      rule: alert.rule,
      setting: tenantId,
      category: alert.message.category,
      deadline: alert.message.deadline,
      link: alert.message.link,
      text: alert.message.subject,
    });
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.timestamp]: timestamp,
        [WEBHOOK_HEADERS.signature]: signWebhook(this.secret, timestamp, body),
        [WEBHOOK_HEADERS.alertId]: alert.alertId,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`The webhook answered HTTP ${response.status}`);
  }
}
