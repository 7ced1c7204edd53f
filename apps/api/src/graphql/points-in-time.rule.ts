import { GraphQLError, Kind, type ASTVisitor, type ValueNode, type ValidationContext } from 'graphql';

/** The arguments that ask a view about another moment: each distinct value is a replay of the ledger. */
const TIME_ARGUMENTS = ['asOf', 'knownAt'] as const;

/** What an argument asks for: a literal, a variable (one value, however often used), or nothing (absent or null). */
function pointOf(value: ValueNode | undefined): string | undefined {
  if (value === undefined || value.kind === Kind.NULL) return undefined;
  if (value.kind === Kind.VARIABLE) return `$${value.name.value}`;
  if (value.kind === Kind.STRING) return JSON.stringify(value.value);
  return value.kind;
}

/**
 * Charges time travel what it costs. Each distinct point in time (the pair of "as of" and
 * "as known at" on a field) is a replay of the setting's events, however many aliases ask for
 * it, so one operation may name at most `max` of them. Variables count as one point each,
 * since rules run before variables are known. Refused with `QUERY.TOO_MANY_POINTS_IN_TIME`.
 */
export function maxPointsInTimeRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const points = new Set<string>();
    let reported = false;
    return {
      Field(node) {
        if (reported) return;
        const values = TIME_ARGUMENTS.map((name) => pointOf(node.arguments?.find((a) => a.name.value === name)?.value));
        if (values.every((v) => v === undefined)) return;
        points.add(values.map((v) => v ?? '-').join(' '));
        if (points.size <= max) return;
        reported = true;
        context.reportError(
          new GraphQLError(
            `This request asks about more than ${max} different points in time (asOf / knownAt); each one replays the ledger. Ask about at most ${max} in one request.`,
            { nodes: [node], extensions: { code: 'QUERY.TOO_MANY_POINTS_IN_TIME', maxPointsInTime: max } },
          ),
        );
      },
    };
  };
}
