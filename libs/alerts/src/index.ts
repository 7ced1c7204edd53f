/** Alerts that reach people: the rules that raise them, the channels that carry them, and AlertSent in the ledger. */
export * from './domain/alert.events.js';
export * from './domain/alert-plan.js';
export { AlertDispatcher, type AlertDispatcherOptions, type AlertObserver } from './application/alert-dispatcher.js';
export { signWebhook, WEBHOOK_HEADERS } from './application/webhook-channel.js';
