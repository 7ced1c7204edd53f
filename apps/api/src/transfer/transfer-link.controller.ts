import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { authorise, SessionStore, type Principal } from '@ledger/access';
import { ID_PATTERN } from '@ledger/commands';
import { DomainError, newId, type Clock } from '@ledger/kernel';
import { CLOCK, LEDGER, ProofService, type Ledger } from '@ledger/ledger';
import { buildTransferPackage, STATUTORY_CATALOGUE, toCpTransferStreamId, transferPackageBytes } from '@ledger/statutory';
import { sessionIdOf } from '../web/session-cookie.js';

/** How long a link to a child-protection file works (the decider allows up to 14 days). */
export const TRANSFER_LINK_DAYS = 7;

/** A link's token: `<setting>.<transfer>.<secret>`; the ledger keeps only the SHA-256 of the whole token. */
const TOKEN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page (no scripts, no styles): the receiving school may open it anywhere. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}: safeguarding ledger</title></head>
<body><main><h1>${html(title)}</h1>
${body}
</main></body></html>
`;
}

/** What a refused link shows: a sentence and the stable code (`data-code`), never which part was wrong. */
const REASONS: Readonly<Record<string, string>> = {
  'CPTRANSFER.LINK_NOT_VALID':
    'This link has already been used, has expired, or was never issued. Ask the sending school’s designated safeguarding lead for a new link.',
  'CPTRANSFER.NOT_YET_READY': 'The file is not ready to download yet. Try again in a minute; the link has not been used up.',
  'CPTRANSFER.ALREADY_RECEIVED': 'Receipt of this file has already been confirmed. Nothing more is needed.',
  BAD_USER_INPUT: 'Type your full name to confirm receipt.',
};

function refusePage(res: Response, status: number, code: string): void {
  res.locals['refusedAttempt'] = status === 410;
  res
    .status(status)
    .type('html')
    .send(page('This link cannot be used', `<p data-code="${html(code)}">${html(REASONS[code] ?? code)}</p>`));
}

/**
 * A child-protection file for a school that is not on this ledger (KCSIE Annex C): the sending
 * DSL asks for a one-time link (the server mints the token, the ledger records its hash), the
 * receiving school downloads the package once through it, then its DSL confirms receipt by name
 * on the receipt page. Each step is recorded; refused tokens count towards the same per-address
 * limit as sign-in links.
 */
@Controller('transfer')
export class TransferLinkController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly bus: CommandBus,
    private readonly proofs: ProofService,
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The sending DSL's link: JSON `{ tenantId, transferId }` in, `{ url, receiptUrl, expiresAt }` out (the token is shown once, never stored). */
  @Post('links')
  async issue(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const { tenantId, transferId } = (body ?? {}) as Record<string, unknown>;
    if (typeof tenantId !== 'string' || !ID_PATTERN.test(tenantId)) return json(res, 400, 'BAD_USER_INPUT', 'tenantId');
    if (typeof transferId !== 'string' || !ID_PATTERN.test(transferId)) return json(res, 400, 'BAD_USER_INPUT', 'transferId');
    const now = this.clock.now();
    const principal = await this.signedIn(req, now);
    if (typeof principal === 'string') return json(res, 401, 'UNAUTHENTICATED', principal);
    const refusal = authorise(principal, 'IssueChildProtectionFileLink', tenantId, [], now.toISOString());
    if (refusal) return json(res, refusal.code === 'FORBIDDEN' ? 403 : 400, refusal.code, refusal.reason);
    const token = `${tenantId}.${transferId}.${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + TRANSFER_LINK_DAYS * 86_400_000).toISOString();
    try {
      await this.bus.execute(
        STATUTORY_CATALOGUE.execute({
          kind: 'IssueChildProtectionFileLink',
          transferId,
          tokenHash: sha256(token),
          expiresAt,
          commandId: newId(),
          tenantId,
          actor: { id: principal.actorId, role: principal.role },
          occurredAt: now.toISOString(),
        }),
      );
    } catch (error) {
      if (error instanceof DomainError) return json(res, 422, (error as DomainError & { code: string }).code, 'refused');
      throw error;
    }
    const url = `${req.protocol}://${req.get('host')}/transfer/${token}`;
    // Both go to the receiving school: the download (once) and, after it, the page to confirm receipt.
    res.status(201).json({ url, receiptUrl: `${url}/receipt`, expiresAt });
  }

  /** The package, once: built from the ledger, then the download recorded (which spends the link), then sent. */
  @Get(':token')
  async download(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const link = await this.linkOf(token);
    if (!link || link.downloaded || Date.parse(link.expiresAt) <= this.clock.now().getTime())
      return refusePage(res, 410, 'CPTRANSFER.LINK_NOT_VALID');
    let bytes: Buffer;
    try {
      bytes = transferPackageBytes(await buildTransferPackage(this.ledger, this.proofs, link.tenantId, link.transferId));
    } catch (error) {
      // The latest events are not in a signed checkpoint yet: the link stays unused.
      if ((error as { code?: string }).code === 'PROOF.NOT_YET_CHECKPOINTED') return refusePage(res, 503, 'CPTRANSFER.NOT_YET_READY');
      throw error;
    }
    try {
      await this.record(link, 'RecordChildProtectionFileDownload', {});
    } catch (error) {
      // Two downloads at once: the ledger lets one through.
      if (error instanceof DomainError) return refusePage(res, 410, 'CPTRANSFER.LINK_NOT_VALID');
      throw error;
    }
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Disposition', `attachment; filename="child-protection-file-${link.transferId}.json"`);
    res.send(bytes);
  }

  /** The receipt page: the receiving DSL confirms by name, after the file was downloaded through this link. */
  @Get(':token/receipt')
  async receiptForm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const link = await this.linkOf(token);
    if (!link?.downloaded) return refusePage(res, 410, 'CPTRANSFER.LINK_NOT_VALID');
    if (link.received) return refusePage(res, 409, 'CPTRANSFER.ALREADY_RECEIVED');
    res.type('html').send(receiptPage(''));
  }

  @Post(':token/receipt')
  async confirm(@Param('token') token: string, @Body() body: unknown, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const link = await this.linkOf(token);
    if (!link?.downloaded) return refusePage(res, 410, 'CPTRANSFER.LINK_NOT_VALID');
    if (link.received) return refusePage(res, 409, 'CPTRANSFER.ALREADY_RECEIVED');
    const name =
      typeof (body as Record<string, unknown>)?.['receivedBy'] === 'string'
        ? String((body as Record<string, string>)['receivedBy']).trim()
        : '';
    if (name.length < 2 || name.length > 120) {
      res.status(400).type('html').send(receiptPage('Type your full name to confirm receipt.'));
      return;
    }
    try {
      await this.record(link, 'ConfirmChildProtectionFileReceipt', { receivedBy: name });
    } catch (error) {
      if (error instanceof DomainError) return refusePage(res, 409, 'CPTRANSFER.ALREADY_RECEIVED');
      throw error;
    }
    res
      .status(201)
      .type('html')
      .send(
        page('Receipt confirmed', '<p data-code="CPTRANSFER.RECEIVED">Thank you. The sending school can see that the file arrived.</p>'),
      );
  }

  /** The link a token names, as the sending setting's ledger has it; undefined for a token it never issued. */
  private async linkOf(token: string): Promise<Link | undefined> {
    const parts = TOKEN.exec(token);
    if (!parts) return undefined;
    const [, tenantId, transferId] = parts as unknown as [string, string, string];
    const hash = sha256(token);
    let link: Link | undefined;
    let received = false;
    for await (const event of this.ledger.store.readStream(toCpTransferStreamId(tenantId, transferId))) {
      if (event.type === 'ChildProtectionFileLinkIssued' && event.data.tokenHash === hash)
        link = {
          tenantId,
          transferId,
          hash,
          expiresAt: String(event.data.expiresAt),
          issuedBy: event.meta.actor.id,
          downloaded: false,
          received,
        };
      if (event.type === 'ChildProtectionFileDownloaded' && event.data.tokenHash === hash && link) link = { ...link, downloaded: true };
      if (event.type === 'ChildProtectionFileReceived') received = true;
    }
    return link && { ...link, received };
  }

  /** Recorded on the sender's stream as the DSL who issued the link would have: the link acts for them. */
  private async record(
    link: Link,
    kind: 'RecordChildProtectionFileDownload' | 'ConfirmChildProtectionFileReceipt',
    extra: { receivedBy?: string },
  ): Promise<void> {
    const meta = {
      commandId: newId(),
      tenantId: link.tenantId,
      actor: { id: link.issuedBy, role: 'dsl' as const },
      occurredAt: this.clock.now().toISOString(),
    };
    await this.bus.execute(
      STATUTORY_CATALOGUE.execute(
        kind === 'RecordChildProtectionFileDownload'
          ? { kind, transferId: link.transferId, tokenHash: link.hash, ...meta }
          : {
              kind,
              transferId: link.transferId,
              fromSettingId: link.tenantId,
              receivedBy: extra.receivedBy ?? '',
              receiverSettingId: null,
              sent: null,
              ...meta,
            },
      ),
    );
  }

  private async signedIn(req: Request, now: Date): Promise<Principal | string> {
    const id = sessionIdOf(req.headers);
    const lookup = id === undefined ? undefined : await this.sessions.resume(id, now);
    if (lookup?.status !== 'active') return id === undefined ? 'signed_out' : 'session_expired';
    return lookup.session.principal;
  }
}

interface Link {
  readonly tenantId: string;
  readonly transferId: string;
  readonly hash: string;
  readonly expiresAt: string;
  readonly issuedBy: string;
  readonly downloaded: boolean;
  readonly received: boolean;
}

function json(res: Response, status: number, code: string, reason: string): void {
  res.status(status).json({ code, reason });
}

function receiptPage(problem: string): string {
  return page(
    'Confirm you received a child-protection file',
    `${problem ? `<p role="alert" data-code="BAD_USER_INPUT">${html(problem)}</p>` : ''}
<p>Keeping children safe in education (Annex C) asks the receiving school to confirm that a child-protection file arrived.
Your name is recorded in the sending school's ledger.</p>
<form method="post">
<p><label for="receivedBy">Your full name (designated safeguarding lead)</label><br>
<input id="receivedBy" name="receivedBy" type="text" autocomplete="name" required minlength="2" maxlength="120"></p>
<p><button type="submit">Confirm receipt</button></p>
</form>`,
  );
}
