import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { INestApplication } from '@nestjs/common';

/** The API's GraphQL schema as SDL, sorted: what `schema.graphql` in the repository holds. */
export function schemaSdl(app: INestApplication): string {
  return printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
}
