import { useState } from 'react';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { ProofDocument } from '../api/inspection.queries';
import { keyIdOfPem, verifyInclusion, type StepId, type Verification } from '../verify/verify-proof';

const STEP_NAMES: Record<StepId, string> = {
  'event-hash': 'The proof is about this event (its hash matches the one shown)',
  'leaf-hash': 'Leaf hash worked out here: SHA-256(0x00 ‖ event hash)',
  'tree-size': 'The proof and the checkpoint are for the same size of log',
  'audit-path': 'Walking the audit path up the Merkle tree (RFC 9162) reaches the signed root',
  'key-id': 'The key’s id, worked out here from the key, is the one the checkpoint names',
  signature: 'The checkpoint’s Ed25519 signature is valid for this key',
};

type State = { status: 'idle' } | { status: 'checking' } | { status: 'done'; result: Verification } | { status: 'failed'; message: string };

/**
 * The "verify" action on one event: fetch its inclusion proof and the signed checkpoint, then
 * check both here, in the browser, with WebCrypto. The server's word is never taken: a key the
 * inspector pinned is used when there is one, and every step is shown.
 */
export function VerifyEvent({
  tenantId,
  eventId,
  eventHash,
  pinnedKey,
}: {
  tenantId: string;
  eventId: string;
  eventHash: string;
  pinnedKey: string;
}) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const check = async () => {
    setState({ status: 'checking' });
    try {
      const data = await query(ProofDocument, { tenantId, eventId });
      const proof = data.inclusionProof;
      const pinned = pinnedKey.trim();
      const serverKey = data.checkpointKeys.find((k) => k.keyId === proof.checkpoint.keyId)?.publicKey ?? '';
      const result = await verifyInclusion(crypto.subtle, eventHash, proof, pinned || serverKey, pinned ? 'pinned' : 'server');
      setState({ status: 'done', result });
    } catch (error) {
      setState({ status: 'failed', message: sentenceFor(error) });
    }
  };

  return (
    <div className="app-verify">
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
        onClick={check}
        disabled={state.status === 'checking'}
      >
        Verify<span className="govuk-visually-hidden"> event {eventId}</span> in this browser
      </button>
      <div aria-live="polite">
        {state.status === 'checking' && <p className="govuk-body-s">Checking…</p>}
        {state.status === 'failed' && <p className="govuk-error-message">{state.message}</p>}
        {state.status === 'done' && <VerificationResult result={state.result} />}
      </div>
    </div>
  );
}

function VerificationResult({ result }: { result: Verification }) {
  return (
    <div
      className={`app-verify__result ${result.holds ? 'app-verify__result--holds' : 'app-verify__result--fails'}`}
      role="region"
      aria-label="Verification result"
    >
      <p className="govuk-heading-s govuk-!-margin-bottom-1">
        {result.holds
          ? 'It holds: this event is in the signed log, checked in this browser.'
          : 'It does not hold: the proof or the checkpoint is not what the ledger signed.'}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1 app-break-words">
        Checkpoint key id: <code>{result.checkpointKeyId}</code>.{' '}
        {result.keySource === 'pinned'
          ? 'Checked against the key you pinned.'
          : 'Checked against the key the server offered: pin a key obtained out of band (ledger verify --print-key) for a check that does not rely on the server.'}
      </p>
      <ol className="govuk-list govuk-list--number govuk-body-s">
        {result.steps.map((step) => (
          <li key={step.id} className="app-break-words">
            <strong>{step.holds ? 'Holds' : 'Fails'}:</strong> {STEP_NAMES[step.id]}
            {step.id !== 'signature' && step.id !== 'tree-size' && (
              <>
                {' '}
                — worked out <code>{step.computed || '(nothing)'}</code>, expected <code>{step.expected}</code>
              </>
            )}
            {step.trace && step.trace.length > 0 && (
              <ul className="govuk-list govuk-body-s">
                {step.trace.map((hash, i) => (
                  <li key={i}>
                    Level {i + 1}: <code>{hash}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The inspector's pasted key, with the id worked out from it so they can compare it with what they were given. */
export function PinKey({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [keyId, setKeyId] = useState<string | null>(null);
  const change = (next: string) => {
    onChange(next);
    keyIdOfPem(crypto.subtle, next).then(setKeyId, () => setKeyId(null));
  };
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor="pinned-key">
        Pin the ledger’s public key (optional)
      </label>
      <div className="govuk-hint" id="pinned-key-hint">
        Paste the key the school gave you out of band (<code>ledger verify --print-key</code>), beginning “-----BEGIN PUBLIC KEY-----”.
        Every verification then uses it instead of the key the server offers.
      </div>
      <textarea
        className="govuk-textarea govuk-!-font-family-monospace"
        id="pinned-key"
        name="pinnedKey"
        rows={4}
        value={value}
        aria-describedby="pinned-key-hint pinned-key-id"
        spellCheck={false}
        onChange={(e) => change(e.target.value)}
      />
      <p className="govuk-body-s" id="pinned-key-id" aria-live="polite">
        {value.trim() === '' ? 'No key pinned.' : keyId ? `Pinned key id: ${keyId}` : 'This is not a PEM public key.'}
      </p>
    </div>
  );
}
