import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person; pages under the signed-in layout always have one. */
export function useViewer(): Viewer & { tenantId: string; can: (operation: string) => boolean } {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return { ...viewer, tenantId: viewer.tenantIds[0] ?? '', can: (operation) => viewer.operations.includes(operation) };
}
