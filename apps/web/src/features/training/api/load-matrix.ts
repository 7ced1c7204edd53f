import type { TrainingMatrixQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { TrainingMatrixDocument } from './training.operations';

export type MatrixRow = TrainingMatrixQuery['cpdMatrix']['edges'][number]['node'];

/** Every row of the setting's matrix, page after page (a school has hundreds of staff at most). */
export async function loadMatrix(
  tenantId: string,
  dueSoonDays: number,
  travel: { asOf?: string; knownAt?: string } = {},
): Promise<{ at: string; rows: MatrixRow[] }> {
  const rows: MatrixRow[] = [];
  let after: string | undefined;
  let at = '';
  for (;;) {
    const page = (await query(TrainingMatrixDocument, { tenantId, dueSoonDays, after, ...travel })).cpdMatrix;
    at = page.at;
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { at, rows };
    after = page.pageInfo.endCursor;
  }
}
