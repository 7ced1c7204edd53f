import { useEffect, useState } from 'react';
import { Page } from '../../../components/page';
import { GraphQLProblem, query } from '../../../lib/graphql';
import type { Viewer } from '../../../lib/viewer';
import { GrantCheckDocument } from '../api/inspection.queries';

/** 'checking' until known; 'in-force' for anyone who is not an inspector. */
export type GrantState = 'checking' | 'in-force' | 'none';

/**
 * Whether an inspector holds a grant in force for their setting: the server decides (FORBIDDEN
 * with reason `no_grant` otherwise), so this asks the cheapest view an inspector may read.
 */
export function useInspectionGrant(viewer: Viewer | null): GrantState {
  const [state, setState] = useState<GrantState>('checking');
  const inspector = viewer?.role === 'inspector';
  const tenantId = viewer?.tenantIds[0] ?? '';
  useEffect(() => {
    if (!viewer) return;
    if (!inspector) {
      setState('in-force');
      return;
    }
    let live = true;
    query(GrantCheckDocument, { tenantId }).then(
      () => live && setState('in-force'),
      (error: unknown) => live && setState(error instanceof GraphQLProblem && error.reason === 'no_grant' ? 'none' : 'in-force'),
    );
    return () => {
      live = false;
    };
  }, [viewer, inspector, tenantId]);
  return viewer && !inspector ? 'in-force' : state;
}

/** What an inspector without a grant in force sees, and nothing else. */
export function NoGrantPage() {
  return (
    <Page title="You do not have inspection access to this setting">
      <p className="govuk-body">No inspection access is in force for you here today, so the ledger shows you nothing.</p>
      <p className="govuk-body">
        The setting’s headteacher or designated safeguarding lead grants access for the days of an inspection (at most 14 days). Ask them to
        grant it, then sign in again.
      </p>
    </Page>
  );
}
