import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadLocalSigningKey } from './local-key.js';
import { AuthenticationError, mintLocalToken, TokenVerifier } from './tokens.js';

describe('Token verification', () => {
  describe('with an OIDC provider (a real JWKS endpoint on localhost)', () => {
    let server: Server;
    let jwksUrl: string;
    let providerKey: CryptoKey;
    const issuer = 'https://login.microsoftonline.com/school-tenant/v2.0';
    const audience = 'api://safeguarding-ledger';

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256', { extractable: true });
      providerKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'entra-1', alg: 'RS256', use: 'sig' };
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`;
    });

    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const sign = (claims: object, options: { iss?: string; aud?: string; kid?: string; key?: CryptoKey } = {}) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'entra-1' })
        .setSubject('f7c1-entra-object-id')
        .setIssuer(options.iss ?? issuer)
        .setAudience(options.aud ?? audience)
        .setExpirationTime('5m')
        .sign(options.key ?? providerKey);

    it("should accept the provider's token and read role, settings and staff id from its claims", async () => {
      const verifier = new TokenVerifier({ mode: 'oidc', issuer, audience, jwksUrl });
      const token = await sign({ roles: ['Teacher', 'dsl'], tenants: ['hollins-park'], staff_id: 'dsl-1' });
      await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual({
        subject: 'f7c1-entra-object-id',
        actorId: 'dsl-1',
        role: 'dsl',
        tenants: ['hollins-park'],
      });
    });

    it.each([
      ['another issuer', { iss: 'https://accounts.google.com' }, /iss/],
      ['another audience', { aud: 'api://other' }, /aud/],
      ['a key the provider does not publish', { kid: 'unknown' }, /does not publish/],
    ])('should refuse a token from %s', async (_what, options, message) => {
      const verifier = new TokenVerifier({ mode: 'oidc', issuer, audience, jwksUrl });
      const token = await sign({ role: 'dsl', tenants: ['hollins-park'] }, options);
      await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(message);
      await expect(verifier.verify(`Bearer ${token}`)).rejects.toBeInstanceOf(AuthenticationError);
    });

    it('should refuse a locally minted token when a provider is configured', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-auth-'));
      try {
        const key = (await loadLocalSigningKey(dir, { create: true }))!;
        const local = await mintLocalToken(key, { subject: 's', role: 'head', tenants: ['hollins-park'], ttl: '5m' });
        const verifier = new TokenVerifier({ mode: 'oidc', issuer, audience, jwksUrl });
        await expect(verifier.verify(`Bearer ${local}`)).rejects.toBeInstanceOf(AuthenticationError);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('with the local key', () => {
    it('should create the key file readable by its owner only, and reuse it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-auth-'));
      try {
        const first = (await loadLocalSigningKey(dir, { create: true }))!;
        expect(first.created).toBe(true);
        expect(statSync(first.file).mode & 0o777).toBe(0o600);
        const again = (await loadLocalSigningKey(dir, { create: true }))!;
        expect(again.created).toBe(false);
        const token = await mintLocalToken(first, { subject: 'head-1', role: 'head', tenants: ['a', 'b'], ttl: '1h' });
        await expect(new TokenVerifier({ mode: 'local', key: again }).verify(`Bearer ${token}`)).resolves.toMatchObject({
          role: 'head',
          tenants: ['a', 'b'],
        });
        expect(await loadLocalSigningKey(join(dir, 'elsewhere'), { create: false })).toBeUndefined();

        // A remembered token stops working when it expires; a token without an expiry is never accepted.
        const verifier = new TokenVerifier({ mode: 'local', key: again });
        const brief = await mintLocalToken(first, { subject: 'head-1', role: 'head', tenants: ['a'], ttl: '2s' });
        await expect(verifier.verify(`Bearer ${brief}`)).resolves.toMatchObject({ role: 'head' });
        await expect(verifier.verify(`Bearer ${brief}`)).resolves.toMatchObject({ role: 'head' });
        await new Promise((resolve) => setTimeout(resolve, 2100));
        await expect(verifier.verify(`Bearer ${brief}`)).rejects.toThrow(/expired/);
        const endless = await new SignJWT({ role: 'head', tenants: ['a'] })
          .setProtectedHeader({ alg: 'EdDSA' })
          .setSubject('head-1')
          .setIssuer(LOCAL_ISSUER)
          .setAudience(LOCAL_AUDIENCE)
          .sign(first.privateKey);
        await expect(verifier.verify(`Bearer ${endless}`)).rejects.toThrow(/exp/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
