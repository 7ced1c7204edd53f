import { Injectable } from '@nestjs/common';
import type { Principal, TokenVerifier } from '@ledger/access';

/** The token verifier chosen at start (local key or OIDC), as an injectable. */
@Injectable()
export class Authenticator {
  constructor(private readonly verifier: TokenVerifier) {}

  verify(authorization: string | undefined): Promise<Principal> {
    return this.verifier.verify(authorization);
  }
}
