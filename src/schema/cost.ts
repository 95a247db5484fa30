import type { GraphQLField } from 'graphql';

/**
 * The query-cost rule (src/server/query-limits.ts) counts every field once per item it may be resolved
 * for. A question that reads far more of the graph than it returns declares its weight beside its own
 * definition, `extensions: weighs(300)`, and the rule reads it from the schema: weighed in plain fields,
 * from the statements and rows it needs (about 2-4 statements over a few hundred rows).
 */
export const weighs = (cost: number) => ({ cost });

/** The declared weight of a field; 1 for a field that declares none. */
export function fieldCost(field: GraphQLField<unknown, unknown>): number {
  const cost = field.extensions.cost;
  return typeof cost === 'number' ? cost : 1;
}
