import { streamId } from '@ledger/kernel';
import archiver from 'archiver';
import { createHash } from 'node:crypto';
import {
  academicYearOf,
  caseloadProjection,
  filterIncidents,
  incidentStatus,
  policyRegisterProjection,
  trainingFacts,
  trainingStatus,
  trainingStatusProjection,
  type IncidentRecord,
} from '@ledger/compliance';
import type { Projection, RecordedEvent } from '@ledger/kernel';
import type { EventStore, ProofDocument, ProofService } from '@ledger/ledger';
import { apPlacementsProjection, centralRecordProjection, centralRecordView, placementStatus } from '../domain/statutory.projections.js';

/** A table of the pack: written as CSV and as a section of the HTML page. */
interface Table {
  readonly file: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** What the pack was built from and what it holds. */
export interface DayOnePack {
  readonly zip: Buffer;
  readonly sha256: string;
  readonly checkpointTreeSize: number;
  readonly recordsCited: number;
  readonly academicYear: number;
  readonly files: readonly string[];
}

/** The stream categories whose records the pack cites (and proves). */
const CITED = ['scr', 'applacement', 'incident', 'document', 'filtering', 'training', 'staff'];

function fold<Doc>(projection: Projection<Doc>, events: readonly RecordedEvent[]): Doc[] {
  const docs = new Map<string, Doc | undefined>();
  const handles = projection.canHandle === 'all' ? undefined : new Set(projection.canHandle);
  for (const event of events) {
    if (handles && !handles.has(event.type)) continue;
    const key = projection.keyOf(event);
    if (key === null) continue;
    docs.set(key, projection.evolve(docs.get(key), event));
  }
  return [...docs.values()].filter((d): d is Doc => d !== undefined);
}

const csvCell = (v: string | number | boolean | null) => {
  const s = v === null ? '' : String(v);
  // Quoted, and a leading = + - @ neutralised so that a spreadsheet never runs a cell as a formula.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
const csv = (t: Table) => [t.columns, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(tenantId: string, generatedAt: string, tables: readonly Table[], checkpointTreeSize: number): string {
  const sections = tables
    .map(
      (t) =>
        `<h2 id="${t.file}">${html(t.title)}</h2>\n<p><a href="${t.file}.csv">${t.file}.csv</a> · ${t.rows.length} rows</p>\n` +
        (t.rows.length === 0
          ? '<p>None.</p>'
          : `<table><thead><tr>${t.columns.map((c) => `<th scope="col">${html(c)}</th>`).join('')}</tr></thead><tbody>\n` +
            t.rows.map((r) => `<tr>${r.map((v) => `<td>${html(v === null ? '' : String(v))}</td>`).join('')}</tr>`).join('\n') +
            '\n</tbody></table>'),
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inspection day-one pack: ${html(tenantId)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:75rem}table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #505a5f;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f2f1}</style>
</head><body><main>
<h1>Inspection day-one pack: ${html(tenantId)}</h1>
<p>Generated ${html(generatedAt)}. Every record cited is proven against the signed checkpoint of ${checkpointTreeSize} events
(<a href="checkpoint.json">checkpoint.json</a>); see <a href="VERIFY.txt">VERIFY.txt</a> to check it yourself.</p>
<nav aria-label="Contents"><ul>${tables.map((t) => `<li><a href="#${t.file}">${html(t.title)}</a></li>`).join('')}</ul></nav>
${sections}
</main></body></html>
`;
}

const VERIFY = (tenantId: string, keyId: string, n: number) => `Checking this pack offline
==========================

This pack (${tenantId}) cites ${n} records. Each has an inclusion proof in proofs/: the record exactly
as stored in the ledger (personal fields stay encrypted), its place in the ledger's Merkle log
(RFC 9162) and the signed checkpoint (Ed25519) it leads to. checkpoint.json is that checkpoint with
the public key the ledger announced, key id ${keyId}. Compare the key id with the one you were
given (or pinned) out of band.

With Python 3 and openssl, and the independent checker docs/verify_proof.py from the ledger's
repository (it uses none of the ledger's code):

    python3 verify_proof.py checkpoint.json --key PINNED.pem
    for f in proofs/*.json; do python3 verify_proof.py "$f" --key PINNED.pem || echo "FAILED: $f"; done

Each command prints one line per check and exits 0 when every check holds. A changed record, a
record that was never in the log, or a checkpoint not signed by the pinned key fails.
`;

/**
 * The inspection day-one pack of one setting: the single central record, referrals to the DSL in
 * the academic year and what happened, LADO referrals, training compliance, policy review dates,
 * the filtering and monitoring reviews and AP placements (HTML and CSV), the latest signed
 * checkpoint, an inclusion proof for every event of every record cited, and how to check them.
 * Everything is read from the log (no read model), so it is what the ledger holds.
 */
export async function buildDayOnePack(
  store: Pick<EventStore, 'readAll'>,
  proofs: ProofService,
  tenantId: string,
  options: { readonly today: string; readonly generatedAt: string; readonly academicYear?: number },
): Promise<DayOnePack> {
  const checkpoint = await proofs.latestCheckpoint();
  const publicKey = (await proofs.publicKeys()).find((k) => k.keyId === checkpoint?.keyId)?.publicKey ?? '';
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll({ tenantId }))
    if (checkpoint && Number(event.position) <= checkpoint.treeSize) events.push(event);
  const year = options.academicYear ?? academicYearOf(options.today);
  const today = options.today;

  const scr = centralRecordView(fold(centralRecordProjection, events));
  const incidents = fold(caseloadProjection, events);
  const referrals = filterIncidents(incidents, { academicYear: year });
  const lado = filterIncidents(incidents, {}).filter((i) => i.escalations.some((e) => e.agency === 'lado'));
  const training = trainingStatus(trainingFacts(fold(trainingStatusProjection, events)), today, 30);
  const policies = fold(policyRegisterProjection, events);
  const filteringReviews = events.filter((e) => e.type === 'FilteringReviewHeld');
  const placements = placementStatus(fold(apPlacementsProjection, events), today);
  const referralRow = (i: IncidentRecord) => [
    i.incidentId,
    i.category,
    i.reportedOn,
    incidentStatus(i),
    i.triageDecision,
    i.escalations.map((e) => `${e.agency} ${e.on}${e.outcomeRecorded ? ' (outcome recorded)' : ''}`).join('; '),
    i.closedOn,
  ];
  const tables: Table[] = [
    {
      file: 'single-central-record',
      title: 'Single central record (gaps: missing, or completed after the start date)',
      columns: [
        'person',
        'category',
        'start',
        'check',
        'state',
        'checked on',
        'checked by',
        'DBS certificate',
        'DBS issued',
        'evidence SHA-256',
      ],
      rows: scr.flatMap((p) =>
        p.checks.map((c) => [
          p.personId,
          p.category,
          p.startOn,
          c.check,
          c.state,
          c.checkedOn,
          c.checkedBy,
          c.dbsCertificateNumber,
          c.dbsIssuedOn,
          c.evidenceHash,
        ]),
      ),
    },
    {
      file: 'referrals',
      title: `Referrals to the DSL in ${year}/${String((year + 1) % 100).padStart(2, '0')} and what happened`,
      columns: ['incident', 'category', 'reported', 'status', 'triage decision', 'escalations', 'closed'],
      rows: referrals.map(referralRow),
    },
    {
      file: 'lado-referrals',
      title: 'LADO referrals (allegations against staff)',
      columns: ['incident', 'category', 'reported', 'status', 'triage decision', 'escalations', 'closed'],
      rows: lado.map(referralRow),
    },
    {
      file: 'training',
      title: `Training records and compliance (${training.totals.percentCompliant}% compliant)`,
      columns: ['staff', 'job title', 'course', 'status', 'last completed', 'expires', 'cadence rule version'],
      rows: training.rows.map((r) => [r.staffId, r.jobTitle, r.courseTitle, r.status, r.lastCompletedOn, r.expiresOn, r.ruleVersion]),
    },
    {
      file: 'policy-reviews',
      title: 'Policy review dates',
      columns: ['document', 'title', 'current version', 'last reviewed', 'days late then', 'next review due', 'overdue'],
      rows: policies
        .filter((p) => p.retiredOn === null)
        .map((p) => {
          const last = p.reviews.at(-1);
          return [
            p.documentId,
            p.title,
            p.currentVersion,
            last?.reviewedOn ?? null,
            last?.daysLate ?? null,
            p.nextDueOn,
            p.nextDueOn !== null && p.nextDueOn < today,
          ];
        }),
    },
    {
      file: 'filtering-monitoring-reviews',
      title: 'Filtering and monitoring reviews',
      columns: ['review', 'held on', 'attendees', 'findings', 'actions'],
      rows: filteringReviews.map((e) => {
        const d = e.data as Record<string, unknown>;
        return [
          String(d.reviewId),
          String(d.heldOn),
          (d.attendees as string[]).length,
          String(d.findings),
          (d.actions as string[]).join('; '),
        ];
      }),
    },
    {
      file: 'ap-placements',
      title: 'Alternative-provision placements and their reviews',
      columns: [
        'placement',
        'pupil',
        'provider',
        'registration',
        'URN',
        'start',
        'days',
        'hours a week',
        'provider checks',
        'reviews',
        'last review',
        'next review due',
        'review state',
        'ended',
      ],
      rows: placements.map((p) => [
        p.placementId,
        p.pupilId,
        p.providerName,
        p.registration,
        p.urn,
        p.startOn,
        p.days.join(' '),
        p.hoursPerWeek,
        p.providerChecks.join('; '),
        p.reviews.map((r) => `${r.reviewedOn} (${r.attendancePercent}%)`).join('; '),
        p.lastReviewedOn,
        p.nextReviewDue,
        p.reviewState,
        p.endedOn,
      ]),
    },
  ];

  // Every event of every stream a cited record lives in.
  const citedStreams = new Set<string>([
    ...scr.map((p) => streamId('scr', tenantId, p.personId)),
    ...placements.map((p) => streamId('applacement', tenantId, p.placementId)),
    ...[...referrals, ...lado].map((i) => streamId('incident', tenantId, i.incidentId)),
    ...policies.map((p) => streamId('document', tenantId, p.documentId)),
    ...new Set(training.rows.map((r) => streamId('training', tenantId, r.staffId))),
    ...filteringReviews.map((e) => e.stream),
  ]);
  const cited = events.filter((e) => citedStreams.has(e.stream) && CITED.includes(e.stream.split('-')[0]!));

  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  const files: string[] = [];
  // A fixed date on every entry: the same pack from the same ledger is the same bytes.
  const date = new Date(options.generatedAt);
  const add = (name: string, content: string) => {
    files.push(name);
    archive.append(content, { name, date });
  };
  add('index.html', page(tenantId, options.generatedAt, tables, checkpoint?.treeSize ?? 0));
  for (const t of tables) add(`${t.file}.csv`, csv(t));
  if (checkpoint) add('checkpoint.json', JSON.stringify({ kind: 'checkpoint', ...checkpoint, publicKey } satisfies ProofDocument, null, 2));
  add('VERIFY.txt', VERIFY(tenantId, checkpoint?.keyId ?? '(none)', cited.length));
  for (const event of cited) {
    const proof = await proofs.inclusionProof(event.id, checkpoint?.treeSize);
    add(
      `proofs/${event.position.padStart(8, '0')}-${event.id}.json`,
      JSON.stringify({ kind: 'inclusion', publicKey, event, ...proof } satisfies ProofDocument, null, 2),
    );
  }
  await archive.finalize();
  await finished;
  const zip = Buffer.concat(chunks);
  return {
    zip,
    sha256: createHash('sha256').update(zip).digest('hex'),
    checkpointTreeSize: checkpoint?.treeSize ?? 0,
    recordsCited: cited.length,
    academicYear: year,
    files,
  };
}
