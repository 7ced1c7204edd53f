import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { CLOCK_SKEW_MS, type Role } from '@ledger/kernel';
import { isRole, type Principal } from '../domain/principal.js';
import { LOCAL_ALGORITHM, LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalSigningKey } from './local-key.js';

/** Why a bearer token was refused; `message` is safe to show the caller. */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
}

export type TokenVerifierOptions =
  | { readonly mode: 'local'; readonly key: LocalSigningKey }
  | { readonly mode: 'oidc'; readonly issuer: string; readonly audience: string; readonly jwksUrl: string };

/** How many verified tokens are remembered (the oldest is forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused outright. */
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Verifies bearer JWTs with jose — against the OIDC provider's published keys, or the local
 * key in the embedded default — and turns the claims into a Principal.
 */
export class TokenVerifier {
  /** Tokens already verified, until they expire: signature checks run on the thread pool and dominate a request. */
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();
  private readonly key: JWTVerifyGetKey | LocalSigningKey['publicKey'];
  private readonly issuer: string;
  private readonly audience: string;
  private readonly algorithms: string[];

  /** What every token must satisfy besides its signature; a token without an expiry is refused. */
  private get checks() {
    return { issuer: this.issuer, audience: this.audience, algorithms: this.algorithms, requiredClaims: ['exp', 'sub'] };
  }

  constructor(options: TokenVerifierOptions) {
    if (options.mode === 'local') {
      this.key = options.key.publicKey;
      this.issuer = LOCAL_ISSUER;
      this.audience = LOCAL_AUDIENCE;
      this.algorithms = [LOCAL_ALGORITHM];
    } else {
      this.key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      this.issuer = options.issuer;
      this.audience = options.audience;
      this.algorithms = OIDC_ALGORITHMS;
    }
  }

  /** The principal of an `Authorization` header value; throws AuthenticationError saying what is wrong. */
  async verify(authorization: string | undefined): Promise<Principal> {
    if (!authorization) throw new AuthenticationError('Sign in: send Authorization: Bearer <token>');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
    const known = this.verified.get(match[1]!);
    if (known && Date.now() < known.expiresAt) return known.principal;
    if (known) this.verified.delete(match[1]!);
    let payload: JWTPayload;
    try {
      const verified =
        typeof this.key === 'function'
          ? await jwtVerify(match[1]!, this.key, { ...this.checks })
          : await jwtVerify(match[1]!, this.key, { ...this.checks });
      payload = verified.payload;
    } catch (error) {
      throw new AuthenticationError(describe(error));
    }
    // jose checks `iat` only against a maximum token age: a token issued in the future (a
    // clock far ahead, or one minted to outlive its issuer's key rotation) is refused here.
    if (typeof payload.iat === 'number' && payload.iat * 1000 > Date.now() + CLOCK_SKEW_MS) {
      throw new AuthenticationError('The token was issued in the future (its iat claim): check the clock of whoever issued it');
    }
    const principal = principalOf(payload);
    if (payload.exp !== undefined) {
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(match[1]!, { principal, expiresAt: payload.exp * 1000 });
    }
    return principal;
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired: sign in again';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted here`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is signed by a key the identity provider does not publish';
  if (error instanceof errors.JWKSTimeout) return 'The identity provider did not answer in time; try again';
  if (error instanceof errors.JOSEError) return `The token is not valid (${error.code})`;
  return 'The token is not valid';
}

/** The ledger role the claims name: `role`, or the first known role in `roles` (as Entra app roles arrive). */
export function ledgerRoleOf(payload: JWTPayload): Role | undefined {
  return [payload.role, ...(Array.isArray(payload.roles) ? payload.roles : [])].find(isRole);
}

/** Claims: `role` (or the first known role in `roles`), `tenants` (or `tenant`), optional `staff_id`. */
export function principalOf(payload: JWTPayload): Principal {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject === '') throw new AuthenticationError('The token has no subject (sub)');
  const role = ledgerRoleOf(payload);
  if (!role) throw new AuthenticationError('The token names no ledger role (claim "role" or "roles")');
  const tenants = Array.isArray(payload.tenants) ? payload.tenants : typeof payload.tenant === 'string' ? [payload.tenant] : [];
  if (tenants.length === 0 || !tenants.every((t): t is string => typeof t === 'string' && t !== '')) {
    throw new AuthenticationError('The token names no setting (claim "tenants" or "tenant")');
  }
  const staffId = typeof payload.staff_id === 'string' && payload.staff_id !== '' ? payload.staff_id : subject;
  return { subject, actorId: staffId, role, tenants };
}

export interface MintRequest {
  readonly subject: string;
  readonly role: Role;
  readonly tenants: readonly string[];
  readonly staffId?: string;
  /** jose time span: "8h", "30m", "2d". */
  readonly ttl: string;
}

/** A token for the embedded default, signed with the local key (what `ledger token` prints). */
export async function mintLocalToken(key: LocalSigningKey, request: MintRequest): Promise<string> {
  return new SignJWT({ role: request.role, tenants: [...request.tenants], ...(request.staffId ? { staff_id: request.staffId } : {}) })
    .setProtectedHeader({ alg: LOCAL_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .sign(key.privateKey);
}
