/**
 * How streams are named, in one place: `<category>-<tenantId>.<id>`. The category (the part
 * before the first `-`) is what projections and filters select on, and the tenant keeps one
 * setting's streams apart from another's. Every context names its streams through a helper
 * that calls this (`toStaffStreamId`, `toIncidentStreamId`, …); a lint rule refuses stream
 * names built anywhere else.
 */
export function streamId(category: string, tenantId: string, id: string): string {
  return `${category}-${tenantId}.${id}`;
}

/** The category of a stream id: the part before the first `-`. */
export function streamCategory(stream: string): string {
  const dash = stream.indexOf('-');
  return dash < 0 ? stream : stream.slice(0, dash);
}
