import { alertIdOf, planNewConcernAlerts, type AlertAudience, type ReportedConcern } from './alert-plan.js';

const concern: ReportedConcern = { tenantId: 'alder-brook', eventId: 'event-1', category: 'grooming', triageBy: '2025-11-10' };
const audience: AlertAudience = {
  dslAndDeputies: ['dsl-1', 'deputy-1', 'dsl-1'],
  channels: { email: true, webhook: true },
  linkUrl: 'https://ledger.example',
};

describe(planNewConcernAlerts.name, () => {
  describe('given a setting with a DSL and a deputy, email and a webhook', () => {
    it('should plan one email to each of them (once each) and one webhook for the setting', () => {
      const alerts = planNewConcernAlerts(concern, audience);
      expect(alerts.map((alert) => `${alert.channel}:${alert.recipientId}`)).toEqual([
        'email:dsl-1',
        'email:deputy-1',
        'webhook:alder-brook',
      ]);
      expect(alerts.every((alert) => alert.rule === 'new_concern' && alert.causeEventId === 'event-1')).toBe(true);
    });

    it('should say the category, the triage deadline and the link, and nothing else about the concern', () => {
      const [alert] = planNewConcernAlerts(concern, audience);
      expect(alert!.message).toMatchObject({
        category: 'Online-safety concern: grooming',
        deadline: '2025-11-10',
        link: 'https://ledger.example/',
      });
      expect(alert!.message.text).toContain('Triage by: 2025-11-10');
    });

    it('should give the same alert the same id every time (so a restart finds it recorded)', () => {
      expect(planNewConcernAlerts(concern, audience).map((alert) => alert.alertId)).toEqual(
        planNewConcernAlerts(concern, audience).map((alert) => alert.alertId),
      );
      expect(planNewConcernAlerts(concern, audience)[0]!.alertId).toBe(alertIdOf('new_concern', 'event-1', 'dsl-1', 'email'));
    });
  });

  describe('given a channel that is not configured', () => {
    it('should plan nothing for it', () => {
      expect(planNewConcernAlerts(concern, { ...audience, channels: { email: false, webhook: true } }).map((a) => a.channel)).toEqual([
        'webhook',
      ]);
      expect(planNewConcernAlerts(concern, { ...audience, channels: { email: false, webhook: false } })).toEqual([]);
    });
  });

  describe('given a category the alert rules do not know', () => {
    it('should call it "other" rather than echo it', () => {
      const [alert] = planNewConcernAlerts({ ...concern, category: 'free text about Someone' }, audience);
      expect(alert!.message.category).toBe('Online-safety concern: other');
      expect(alert!.message.text).not.toContain('Someone');
    });
  });
});
