import nodemailer, { type Transporter } from 'nodemailer';
import type { PlannedAlert } from '../domain/alert-plan.js';

/** Alert emails over SMTP (nodemailer). The message is the plan's, which carries no personal data. */
export class EmailChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  /**
   * The Message-ID is derived from the alert id: if a crash after sending and before recording makes
   * the leader send it again, mail systems and clients can tell it is the same message.
   */
  async send(alert: PlannedAlert, to: string): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to,
      subject: alert.message.subject,
      text: alert.message.text,
      messageId: `<${alert.alertId}@alerts.ledger>`,
      headers: { 'X-Ledger-Alert-Id': alert.alertId },
    });
  }

  close(): void {
    this.transport.close();
  }
}
