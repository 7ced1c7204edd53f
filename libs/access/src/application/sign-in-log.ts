import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@ledger/kernel';
import { CLOCK, handleCommand, LEDGER, type Ledger } from '@ledger/ledger';
import type { Principal } from '../domain/principal.js';
import type { SignInCommand } from '../domain/sign-in.commands.js';
import { signInDecider, toSignInStreamId } from '../domain/sign-in.decider.js';
import type { LinkRefusal, SignInMethod } from '../domain/sign-in.events.js';

type Payload<K extends SignInCommand['kind']> = Omit<
  Extract<SignInCommand, { kind: K }>,
  'kind' | 'commandId' | 'tenantId' | 'actor' | 'occurredAt' | 'context'
>;

/**
 * Records sign-ins, sign-outs and refused sign-in links in the ledger, in every setting the
 * person signed in for, before the browser is answered. The actor is the person; time comes
 * from the ledger clock. Command ids derive from the session or link reference, so a retry
 * records nothing twice.
 */
@Injectable()
export class SignInLog {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async signedIn(principal: Principal, session: { ref: string; method: SignInMethod }, linkRef: string | null): Promise<void> {
    await this.record(principal, session.ref, 'RecordSignIn', {
      sessionRef: session.ref,
      method: session.method,
      subject: principal.subject,
      linkRef,
    });
  }

  async signedOut(principal: Principal, sessionRef: string): Promise<void> {
    await this.record(principal, sessionRef, 'RecordSignOut', { sessionRef, reason: 'signed_out' });
  }

  async linkRefused(principal: Principal, linkRef: string, reason: LinkRefusal): Promise<void> {
    await this.record(principal, `link-${linkRef}`, 'RecordSignInLinkRefused', { linkRef, subject: principal.subject, reason });
  }

  private async record<K extends SignInCommand['kind']>(principal: Principal, ref: string, kind: K, payload: Payload<K>): Promise<void> {
    const now = this.clock.now().toISOString();
    for (const tenantId of principal.tenants) {
      const command = {
        kind,
        ...payload,
        commandId: `${kind}.${tenantId}.${ref}`,
        tenantId,
        actor: { id: principal.actorId, role: principal.role },
        occurredAt: now,
        context: { now, staff: {} },
      } as unknown as SignInCommand;
      await handleCommand(this.ledger, signInDecider, toSignInStreamId(tenantId, ref), command);
    }
  }
}
