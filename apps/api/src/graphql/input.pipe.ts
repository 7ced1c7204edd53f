import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { badUserInput } from './errors.js';

/**
 * GraphQL lets a client send `null` for any nullable argument or input field (Relay sends
 * `after: null` for the first page). Here null means "not given", everywhere: the property is
 * dropped, at any depth, before anything reads it. List items are left as they are.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => (item === null ? item : withoutNulls(item))) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== null) out[key] = withoutNulls(field);
  return out as T;
}

/** The one pipe every argument passes through: nulls dropped (withoutNulls), then validated and typed. */
export class InputPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, forbidUnknownValues: true, exceptionFactory: (errors) => badUserInput(errors) });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments arrive as 'body'; the parent, context and info are 'custom' and pass untouched.
    if (metadata.type === 'custom') return super.transform(value, metadata);
    return super.transform(value === null ? undefined : withoutNulls(value), metadata);
  }
}
