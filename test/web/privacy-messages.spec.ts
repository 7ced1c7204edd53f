import { readFileSync } from 'node:fs';
import { sentenceForCode } from '../../apps/web/src/lib/sentences.js';

// Every refusal the privacy context can answer with has a plain-English sentence in the web app.
// The codes are read from the context's errors file (a web test may use a library only through its index).
describe('The web app’s sentences for privacy refusals', () => {
  const source = readFileSync('libs/privacy/src/domain/privacy.errors.ts', 'utf8');
  const codes = [...source.matchAll(/'((?:ERASURE|HOLD|RETENTION|PRIVACY)\.[A-Z_]+)'/g)].map((m) => m[1]!);

  it('should know the privacy codes (or the check below proves nothing)', () => {
    expect(codes).toEqual(expect.arrayContaining(['ERASURE.LEGAL_HOLD', 'HOLD.NOT_FOUND', 'RETENTION.UNTIL_NOT_IN_FUTURE']));
  });

  it('should have a sentence for every ERASURE.*, HOLD.*, RETENTION.* and PRIVACY.* code', () => {
    expect(codes.filter((code) => !sentenceForCode(code))).toEqual([]);
  });
});
