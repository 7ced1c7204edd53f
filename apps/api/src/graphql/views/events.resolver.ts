import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { GraphQLError } from 'graphql';
import { READ_SUBJECTS, ReadLog, type Principal, type ReadSubject } from '@ledger/access';
import { LEDGER, type Ledger } from '@ledger/ledger';
import { Allow, CurrentPrincipal, type RequestContext } from '../access/access.decorators.js';
import { ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { DEFAULT_PAGE, PageArgs } from './pagination.js';
import { LedgerEventConnection } from './view.models.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ArgsType()
class EventsArgs extends PageArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;

  @Field(() => [String], { nullable: true, description: 'Only these event types' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^[A-Za-z]{1,80}$/, { each: true, message: '$property must be event type names' })
  types?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only these stream categories (the stream id before the first "-", e.g. incident, training)',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[a-z][a-z_]{0,39}$/, { each: true, message: '$property must be stream category names' })
  categories?: string[];

  @Field({ nullable: true, description: 'Only events recorded on or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date, YYYY-MM-DD' })
  recordedFrom?: string;

  @Field({ nullable: true, description: 'Only events recorded before the end of this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, { message: '$property must be a date, YYYY-MM-DD' })
  recordedUntil?: string;
}

const toCursor = (position: string) => Buffer.from(position, 'utf8').toString('base64url');

/** The raw, hash-chained log of a setting, for auditors. */
@Resolver()
export class EventQueries {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly reads: ReadLog,
  ) {}

  @Query(() => LedgerEventConnection, {
    description: "The setting's recorded events in global order, with hashes (auditors); reading incidents, searches or pupils is recorded",
  })
  @Allow('events')
  async events(
    @CurrentPrincipal() principal: Principal,
    @Args() args: EventsArgs,
    @Context() request: RequestContext,
  ): Promise<LedgerEventConnection> {
    const first = args.first ?? DEFAULT_PAGE;
    const after = args.after === undefined ? '0' : Buffer.from(args.after, 'base64url').toString('utf8');
    if (!/^\d+$/.test(after)) {
      throw new GraphQLError('The `after` cursor is not one this query returned', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after', problems: ['unknown cursor'] }] },
      });
    }
    const rows = [];
    // The ledger clock only moves forward, so recordedAt follows global order: events before
    // recordedFrom are passed over and the read stops at the first one after recordedUntil.
    const from = args.recordedFrom ?? '';
    const until = args.recordedUntil ? `${args.recordedUntil}\uffff` : '\uffff';
    const filter = { tenantId: args.tenantId, types: args.types, categories: args.categories };
    for await (const event of this.ledger.readAll({ ...filter, after, limit: from ? undefined : first + 1 })) {
      if (event.meta.recordedAt < from) continue;
      if (event.meta.recordedAt > until || rows.length > first) break;
      rows.push({
        eventId: event.id,
        position: event.position,
        stream: event.stream,
        revision: event.revision,
        type: event.type,
        actor: event.meta.actor,
        occurredAt: event.meta.occurredAt,
        recordedAt: event.meta.recordedAt,
        hash: event.hash,
        prevHash: event.prevHash,
        data: { ...event.data },
      });
    }
    const page = rows.slice(0, first);
    // Raw events of incidents, searches and pupils are sensitive reads too: record each record touched.
    const touched = new Map<string, { kind: ReadSubject; id: string }>();
    for (const row of page) {
      const kind = row.stream.slice(0, row.stream.indexOf('-'));
      if ((READ_SUBJECTS as readonly string[]).includes(kind))
        touched.set(row.stream, { kind: kind as ReadSubject, id: row.stream.slice(row.stream.indexOf('.') + 1) });
    }
    await this.reads.record(principal, args.tenantId, [...touched.values()], 'events', request);
    const edges = page.map((node) => ({ cursor: toCursor(node.position), node }));
    return {
      edges,
      totalCount: null,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== '0',
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
