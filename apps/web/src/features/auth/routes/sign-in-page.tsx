import { useEffect, useState } from 'react';
import { Page } from '../../../components/page';
import { query } from '../../../lib/graphql';
import { SIGN_IN_PROBLEMS } from '../../../lib/messages';
import { SignInMethodsDocument } from '../api/sign-in-methods.query';

/** How to sign in, and why the last attempt did not work (the `problem` the server sent back). */
export function SignInPage({ problem }: { problem: string | null }) {
  const [methods, setMethods] = useState<{ oidc: boolean; links: boolean } | null>(null);
  useEffect(() => {
    query(SignInMethodsDocument, {}).then(
      (data) => setMethods(data.ledger.signIn),
      () => setMethods({ oidc: false, links: true }),
    );
  }, []);
  const sentence = problem ? SIGN_IN_PROBLEMS[problem] : undefined;
  return (
    <Page title="Sign in">
      {sentence && (
        <div className="govuk-inset-text" role="status">
          {sentence}
        </div>
      )}
      {methods?.oidc && (
        <a href="/auth/login" className="govuk-button govuk-button--start" draggable="false">
          Sign in with your school account
        </a>
      )}
      <h2 className="govuk-heading-m">{methods?.oidc ? 'Or use a sign-in link' : 'Use a sign-in link'}</h2>
      <p className="govuk-body">
        Your designated safeguarding lead (DSL) or administrator can give you a sign-in link. Open it in this browser to sign in. Each link
        works once and expires after a short time.
      </p>
      <p className="govuk-body">
        You stay signed in while you use the ledger. After 30 minutes without use, you are asked to sign in again.
      </p>
    </Page>
  );
}
