import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GraphQLError } from 'graphql';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many rows (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first?: number;

  @Field({ nullable: true, description: 'Rows after this cursor (pageInfo.endCursor of the previous page)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/**
 * A Relay connection type for rows of `node` (edges, pageInfo, totalCount). Subclass it to
 * add the view's own fields (totals, the date it is evaluated at).
 */
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque: pass as `after` to continue after this row' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: 'Rows in the whole view (null where counting would mean reading the whole log)' })
    totalCount!: number | null;
  }
  return ConnectionType as Type<Page<T>>;
}

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/**
 * One page of a view's rows. Cursors carry the row's key, not its offset, so a page stays
 * right when rows before it change between requests.
 */
export function paginate<T>(rows: readonly T[], keyOf: (row: T) => string, page: PageArgs): Page<T> {
  const first = page.first ?? DEFAULT_PAGE;
  let start = 0;
  if (page.after !== undefined) {
    const key = decode(page.after);
    const index = rows.findIndex((row) => keyOf(row) === key);
    if (index < 0) {
      throw new GraphQLError('The `after` cursor does not name a row of this view (it may have changed); start again without it', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after', problems: ['unknown cursor'] }] },
      });
    }
    start = index + 1;
  }
  const slice = rows.slice(start, start + first);
  const edges = slice.map((node) => ({ cursor: encode(keyOf(node)), node }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: {
      hasNextPage: start + first < rows.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
