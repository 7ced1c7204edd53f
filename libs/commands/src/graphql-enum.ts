import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a domain's list of allowed values as a GraphQL enum (the same spelling as in the
 * events) and returns the object to name in `@Field(() => …)` and `@IsIn(…)`.
 */
export function graphqlEnum<const V extends string>(values: readonly V[], name: string, description: string): Record<V, V> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<V, V>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
