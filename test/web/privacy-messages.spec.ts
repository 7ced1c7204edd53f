import { PrivacyErrors } from '../../libs/privacy/src/domain/privacy.errors.js';
import { sentenceForCode } from '../../apps/web/src/lib/messages.js';

// Every refusal the privacy context can answer with has a plain-English sentence in the web app.
describe('The web app’s sentences for privacy refusals', () => {
  const codes = Object.values(PrivacyErrors).map((make) => (make as (...args: unknown[]) => { code: string })('x', 'y', 1).code);

  it('should know the privacy codes (or the check below proves nothing)', () => {
    expect(codes).toEqual(expect.arrayContaining(['ERASURE.LEGAL_HOLD', 'HOLD.NOT_FOUND', 'RETENTION.UNTIL_NOT_IN_FUTURE']));
  });

  it('should have a sentence for every ERASURE.*, HOLD.*, RETENTION.* and PRIVACY.* code', () => {
    expect(codes.filter((code) => !sentenceForCode(code))).toEqual([]);
  });
});
