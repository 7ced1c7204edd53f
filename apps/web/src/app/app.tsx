import { useEffect, useState } from 'react';
import { SignInPage } from '../features/auth/routes/sign-in-page';
import { NoGrantPage, useInspectionGrant } from '../features/inspection/components/inspection-grant';
import { GraphQLProblem, query } from '../lib/graphql';
import { sentenceFor } from '../lib/messages';
import { navigate, useLocation } from '../lib/router';
import { ViewerContext, type Viewer } from '../lib/viewer';
import { ViewerDocument } from '../lib/viewer.query';
import { Layout } from './layout';
import { Routes } from './routes';

type State = { status: 'loading' } | { status: 'signed-in'; viewer: Viewer } | { status: 'failed'; message: string };

/** Sign-in is public; every other page needs a session, and shows what the person's role allows. */
export function App() {
  const location = useLocation();
  const onSignIn = location.pathname === '/sign-in';
  const [state, setState] = useState<State>({ status: 'loading' });
  const grant = useInspectionGrant(state.status === 'signed-in' ? state.viewer : null);

  useEffect(() => {
    if (onSignIn) return;
    let live = true;
    query(ViewerDocument, {}).then(
      (data) => live && setState({ status: 'signed-in', viewer: data.viewer }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof GraphQLProblem && error.code === 'UNAUTHENTICATED')
          navigate(`/sign-in?problem=${error.reason === 'session_expired' ? 'session-ended' : ''}`);
        else setState({ status: 'failed', message: sentenceFor(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [onSignIn]);

  if (onSignIn)
    return (
      <Layout viewer={null}>
        <SignInPage problem={location.search.get('problem')} />
      </Layout>
    );
  if (state.status === 'loading' || (state.status === 'signed-in' && grant === 'checking'))
    return (
      <Layout viewer={null}>
        <p className="govuk-body" role="status">
          Loading…
        </p>
      </Layout>
    );
  if (state.status === 'failed')
    return (
      <Layout viewer={null}>
        <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
        <p className="govuk-body">{state.message}</p>
      </Layout>
    );
  // An inspector without a grant in force sees a page that says so, and nothing else (no navigation).
  if (grant === 'none')
    return (
      <Layout viewer={state.viewer} navigation={false}>
        <NoGrantPage />
      </Layout>
    );
  return (
    <ViewerContext.Provider value={state.viewer}>
      <Layout viewer={state.viewer}>
        <Routes pathname={location.pathname} search={location.search} />
      </Layout>
    </ViewerContext.Provider>
  );
}
