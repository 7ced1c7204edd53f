import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { isRole, type Principal } from '../domain/principal.js';
import type { SignInMethod } from '../domain/sign-in.events.js';

/** Idle and absolute lifetimes of a session. */
export interface SessionPolicy {
  readonly idleMs: number;
  readonly maxMs: number;
}

/** A session in force: who, how they signed in, and when it ends unless used again. */
export interface ActiveSession {
  /** A reference safe to record and show (not the secret id): the sign-in events name it. */
  readonly ref: string;
  readonly principal: Principal;
  readonly method: SignInMethod;
  readonly createdAt: string;
  /** The earlier of the idle and the absolute expiry, as of this use. */
  readonly expiresAt: string;
}

export type SessionLookup =
  { readonly status: 'active'; readonly session: ActiveSession } | { readonly status: 'expired' | 'ended' | 'unknown' };

export type LinkConsumption =
  | { readonly status: 'valid' | 'used' | 'expired'; readonly linkRef: string; readonly principal: Principal }
  | { readonly status: 'invalid' };

/** An OpenID Connect sign-in under way: what the callback needs to finish it. */
export interface PendingLogin {
  readonly codeVerifier: string;
  readonly nonce: string;
  readonly redirectUri: string;
}

/** How long someone may take at the identity provider's sign-in page. */
const PENDING_LOGIN_MS = 10 * 60_000;

/** A session's last-used time is written at most this often: every GraphQL request reads it, few need to write it. */
const TOUCH_INTERVAL_MS = 15_000;

/** SHA-256 hex: what is stored of a session id or a link token, so a copy of the database signs nobody in. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** 256 random bits, base64url: a session id or a link token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Browser sessions and single-use sign-in links, in the read-model database so every API
 * replica sees the same ones. Only hashes of ids and tokens are stored. Time comes in.
 */
export class SessionStore {
  constructor(
    private readonly db: Kysely<any>,
    private readonly policy: SessionPolicy,
  ) {}

  /** Mints a single-use link token for the principal, valid for ttlMs from now; returns the token (shown once). */
  async createLink(principal: Principal, ttlMs: number, now: Date): Promise<{ token: string; expiresAt: string }> {
    const token = newSecret();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    await this.db
      .insertInto('sign_in_links')
      .values({
        token_hash: secretHash(token),
        ref: randomUUID(),
        principal: JSON.stringify(principal),
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
    return { token, expiresAt };
  }

  /** Uses a link: atomically, so two simultaneous clicks sign in once. */
  async consumeLink(token: string, now: Date): Promise<LinkConsumption> {
    const hash = secretHash(token);
    const at = now.toISOString();
    const used = await this.db
      .updateTable('sign_in_links')
      .set({ used_at: at })
      .where('token_hash', '=', hash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .returning(['ref', 'principal'])
      .executeTakeFirst();
    if (used) return { status: 'valid', linkRef: used.ref as string, principal: parsePrincipal(used.principal as string) };
    const row = await this.db
      .selectFrom('sign_in_links')
      .select(['ref', 'principal', 'used_at'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) return { status: 'invalid' };
    return {
      status: row.used_at !== null ? 'used' : 'expired',
      linkRef: row.ref as string,
      principal: parsePrincipal(row.principal as string),
    };
  }

  /** Starts a session; returns its id (for the cookie only) and when it expires. */
  async start(principal: Principal, method: SignInMethod, now: Date): Promise<{ id: string; session: ActiveSession }> {
    const id = newSecret();
    const ref = randomUUID();
    const at = now.toISOString();
    await this.db
      .insertInto('web_sessions')
      .values({ id_hash: secretHash(id), ref, principal: JSON.stringify(principal), method, created_at: at, last_used_at: at })
      .execute();
    return { id, session: { ref, principal, method, createdAt: at, expiresAt: this.expiry(at, at) } };
  }

  /** The session of a cookie value, if in force now; a use extends its idle expiry. */
  async resume(id: string, now: Date): Promise<SessionLookup> {
    const hash = secretHash(id);
    const row = await this.db.selectFrom('web_sessions').selectAll().where('id_hash', '=', hash).executeTakeFirst();
    if (!row) return { status: 'unknown' };
    if (row.ended_at !== null) return { status: 'ended' };
    const createdAt = row.created_at as string;
    const lastUsedAt = row.last_used_at as string;
    if (now.toISOString() >= this.expiry(createdAt, lastUsedAt)) return { status: 'expired' };
    let touched = lastUsedAt;
    if (now.getTime() - Date.parse(lastUsedAt) >= TOUCH_INTERVAL_MS) {
      touched = now.toISOString();
      await this.db.updateTable('web_sessions').set({ last_used_at: touched }).where('id_hash', '=', hash).execute();
    }
    return {
      status: 'active',
      session: {
        ref: row.ref as string,
        principal: parsePrincipal(row.principal as string),
        method: row.method as SignInMethod,
        createdAt,
        expiresAt: this.expiry(createdAt, touched),
      },
    };
  }

  /** Ends a session (sign-out); returns the principal it was for, if it was in force. */
  async end(id: string, now: Date): Promise<ActiveSession | undefined> {
    const lookup = await this.resume(id, now);
    await this.db
      .updateTable('web_sessions')
      .set({ ended_at: now.toISOString() })
      .where('id_hash', '=', secretHash(id))
      .where('ended_at', 'is', null)
      .execute();
    return lookup.status === 'active' ? lookup.session : undefined;
  }

  /** Remembers an OpenID Connect sign-in under way, by its state (hashed), until the provider sends the browser back. */
  async beginLogin(state: string, login: PendingLogin, now: Date): Promise<void> {
    await this.db
      .insertInto('oidc_logins')
      .values({
        state_hash: secretHash(state),
        code_verifier: login.codeVerifier,
        nonce: login.nonce,
        redirect_uri: login.redirectUri,
        created_at: now.toISOString(),
      })
      .execute();
  }

  /** Takes the sign-in under way for a state, once: a replayed callback finds nothing. */
  async takeLogin(state: string, now: Date): Promise<PendingLogin | undefined> {
    const row = await this.db.deleteFrom('oidc_logins').where('state_hash', '=', secretHash(state)).returningAll().executeTakeFirst();
    // Stale attempts are swept as new ones finish.
    await this.db
      .deleteFrom('oidc_logins')
      .where('created_at', '<', new Date(now.getTime() - PENDING_LOGIN_MS).toISOString())
      .execute();
    if (!row || now.getTime() - Date.parse(row.created_at as string) >= PENDING_LOGIN_MS) return undefined;
    return { codeVerifier: row.code_verifier as string, nonce: row.nonce as string, redirectUri: row.redirect_uri as string };
  }

  private expiry(createdAt: string, lastUsedAt: string): string {
    return new Date(Math.min(Date.parse(lastUsedAt) + this.policy.idleMs, Date.parse(createdAt) + this.policy.maxMs)).toISOString();
  }
}

function parsePrincipal(json: string): Principal {
  const value = JSON.parse(json) as Principal;
  if (!isRole(value.role)) throw new Error(`A stored session names an unknown role: ${String(value.role)}`);
  return { subject: value.subject, actorId: value.actorId, role: value.role, tenants: [...value.tenants] };
}

/** The URL a sign-in link token is opened at. */
export function signInLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/auth/link?token=${token}`;
}
