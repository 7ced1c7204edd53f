import { newId, type Actor, type Clock, type RecordedEvent } from '@ledger/kernel';
import { isEncryptedField, type Ledger } from '@ledger/ledger';
import { toSubjectAccessStreamId } from '../domain/privacy.decider.js';
import type { SubjectAccessExported } from '../domain/privacy.events.js';

/** How a field the requester may not see reads in the export. */
export const WITHHELD = { $withheld: 'another_person' } as const;

/** One event about the person, decrypted, with other people's personal data withheld. */
export interface SubjectAccessEntry {
  readonly position: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Fields (or list entries) withheld because they are another person's. */
  readonly withheld: readonly string[];
}

/** Everything the ledger holds about one person (UK GDPR Art. 15). */
export interface SubjectAccessExport {
  readonly exportId: string;
  readonly tenantId: string;
  readonly subjectId: string;
  readonly producedAt: string;
  readonly entries: readonly SubjectAccessEntry[];
}

/** Whether an event names the person: in an id field, an id list, or as the person of a personal field. */
function mentions(data: Readonly<Record<string, unknown>>, subjectId: string): boolean {
  return Object.values(data).some(
    (value) =>
      value === subjectId ||
      (Array.isArray(value) && value.includes(subjectId)) ||
      (isEncryptedField(value) && (value.person ?? value.subject) === subjectId),
  );
}

/** Lists of pupils' ids: other pupils named beside the person are withheld. */
const PEOPLE_LISTS = new Set(['involvedPupilIds']);

/** The event's data for the person: other people's personal fields and ids withheld and marked. Still encrypted. */
function forSubject(data: Readonly<Record<string, unknown>>, subjectId: string): { data: Record<string, unknown>; withheld: string[] } {
  const out: Record<string, unknown> = {};
  const withheld: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (isEncryptedField(value) && (value.person ?? value.subject) !== subjectId) {
      out[field] = WITHHELD;
      withheld.push(field);
    } else if (PEOPLE_LISTS.has(field) && Array.isArray(value)) {
      out[field] = value.map((id, i) => {
        if (id === subjectId) return id;
        withheld.push(`${field}[${i}]`);
        return WITHHELD;
      });
    } else out[field] = value;
  }
  return { data: out, withheld };
}

/**
 * A subject access export: every event of the setting that names the person, decrypted, with
 * other people's personal data withheld (the child's words about another child are not
 * disclosed). The export itself is recorded in the ledger (who, for whom, when), never its content.
 */
export async function subjectAccessExport(
  ledger: Ledger,
  clock: Clock,
  request: { tenantId: string; subjectId: string; actor: Actor },
): Promise<SubjectAccessExport> {
  const entries: SubjectAccessEntry[] = [];
  for await (const stored of ledger.store.readAll({ tenantId: request.tenantId })) {
    const upcast = ledger.vault.upcast(stored.data);
    if (!mentions(upcast, request.subjectId)) continue;
    const own = forSubject(upcast, request.subjectId);
    const data = await ledger.vault.decrypt(request.tenantId, own.data);
    entries.push(entryOf(stored, data, own.withheld));
  }
  const exportId = newId();
  const producedAt = clock.now().toISOString();
  const recorded: SubjectAccessExported = {
    type: 'SubjectAccessExported',
    data: { exportId, subjectId: request.subjectId, requestedBy: request.actor.id, events: entries.length },
  };
  await ledger.append(toSubjectAccessStreamId(request.tenantId, exportId), 'no_stream', [
    {
      type: recorded.type,
      data: recorded.data,
      meta: { tenantId: request.tenantId, actor: request.actor, occurredAt: producedAt, correlationId: exportId, causationId: null },
    },
  ]);
  return { exportId, tenantId: request.tenantId, subjectId: request.subjectId, producedAt, entries };
}

function entryOf(event: RecordedEvent, data: Readonly<Record<string, unknown>>, withheld: string[]): SubjectAccessEntry {
  return {
    position: event.position,
    type: event.type,
    occurredAt: event.meta.occurredAt,
    recordedAt: event.meta.recordedAt,
    data,
    withheld,
  };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

function cell(value: unknown): string {
  if (typeof value === 'object' && value !== null && '$withheld' in value) return '<em>withheld: another person’s information</em>';
  if (typeof value === 'object' && value !== null && '$erased' in value) return '<em>erased</em>';
  if (Array.isArray(value)) return value.map(cell).join(', ');
  if (value === null || value === undefined) return '—';
  return escapeHtml(typeof value === 'string' ? value : JSON.stringify(value));
}

/** The export as one readable, self-contained HTML page (no scripts, no styles from elsewhere). */
export function subjectAccessHtml(sar: SubjectAccessExport): string {
  const sections = sar.entries.map(
    (entry) => `<section>
<h2>${escapeHtml(entry.type)} <small>${escapeHtml(entry.occurredAt)}</small></h2>
<dl>
${Object.entries(entry.data)
  .map(([field, value]) => `<dt>${escapeHtml(field)}</dt><dd>${cell(value)}</dd>`)
  .join('\n')}
</dl>
</section>`,
  );
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Subject access export</title></head>
<body>
<main>
<h1>Subject access export</h1>
<p>Everything the safeguarding ledger of ${escapeHtml(sar.tenantId)} holds about ${escapeHtml(sar.subjectId)}, produced ${escapeHtml(sar.producedAt)} (export ${escapeHtml(sar.exportId)}). Other people’s information is withheld and marked as such (UK GDPR Art. 15(4)).</p>
<p>${sar.entries.length} record(s).</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
