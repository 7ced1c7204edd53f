import { withoutAuthSecrets, withoutLinkTokens } from './log-redaction.js';

describe('Secrets kept out of the logs', () => {
  const token = 'elm-grove.tr-1.Qm9vZ2llLXdvb2dpZS1zZWNyZXQtdG9rZW4tZm9yLXRlc3Rz';

  it.each([
    [`/transfer/${token}`, '/transfer/[redacted]'],
    [`/transfer/${token}/receipt`, '/transfer/[redacted]/receipt'],
    ['/transfer/links', '/transfer/links'],
    ['/reports/day-one.zip', '/reports/day-one.zip'],
  ])('should log %s as %s', (path, logged) => {
    expect(withoutLinkTokens(path)).toBe(logged);
    expect(withoutAuthSecrets({ url: path }).url).toBe(logged);
  });

  it('should still hide the query of an /auth URL', () => {
    expect(withoutAuthSecrets({ url: '/auth/link?token=abc' }).url).toBe('/auth/link?[redacted]');
  });
});
