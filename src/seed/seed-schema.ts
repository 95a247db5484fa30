import { z } from 'zod';
import type { PropertySpec } from '../model/define';
import type { NodeLabel } from '../model/graph-model';
import { nodeSpec, outgoingRelationships, perLabel, relationshipPairs, relationshipSpec } from '../model/derive';
import { dateSchema, keySchema } from '../model/values';
import { SEED_LIMITS } from './seed-limits';

/** zod schemas for seed records, derived from the graph model. */

/** A text of a record: not empty, and within SEED_LIMITS.textFieldChars. */
const boundedText = () =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(
      SEED_LIMITS.textFieldChars,
      `must be at most ${SEED_LIMITS.textFieldChars} characters (SEED_LIMITS.textFieldChars in src/seed/seed-limits.ts)`,
    );

/** `lines: 12` or `lines: 12-15` (inclusive). */
const lineRange = z.union([
  z
    .number()
    .int()
    .positive()
    .transform((n) => ({ lineStart: n, lineEnd: n })),
  z
    .string()
    .regex(/^\d+(-\d+)?$/, 'must be a line number or a range like 12-15')
    .transform((s) => {
      const lineStart = parseInt(s, 10);
      const dash = s.indexOf('-');
      return { lineStart, lineEnd: dash < 0 ? lineStart : Number(s.slice(dash + 1)) };
    })
    .refine((r) => r.lineEnd >= r.lineStart, 'range must not run backwards'),
]);

export const citeSchema = z
  .object({
    doc: keySchema.optional(),
    lines: lineRange,
    quote: boundedText().optional(),
  })
  .strict()
  .transform(({ lines, ...rest }) => ({ ...rest, ...lines }));
export type CiteInput = z.input<typeof citeSchema>;
export type Cite = z.output<typeof citeSchema>;

const relRef = z.union([keySchema, z.object({ key: keySchema, cite: citeSchema.optional() }).strict()]);

/** A reference to nodes of these labels; missing where it is required, it says so and what it wants. */
const referenceTo = (labels: string[]) =>
  z.union(relRef.options, {
    // Without this, a missing reference reads "Invalid input", which names nothing a curator can act on.
    error: (issue) => (issue.input === undefined ? `required: the key of a ${labels.join(' or ')}` : undefined),
  });
/** A seed field's reference to another node: its key, or its key with the citation of the link. */
export type Reference = z.output<typeof relRef>;

function propertySchema(spec: PropertySpec): z.ZodType {
  switch (spec.type) {
    case 'string':
      return spec.values ? z.enum(spec.values) : boundedText();
    case 'int':
      return z.number().int();
    case 'boolean':
      return z.boolean();
    case 'date':
      return dateSchema;
    case 'string[]':
      return z.array(boundedText());
    case 'int[]':
      return z.array(z.number().int());
  }
}

function recordSchemaFor(label: NodeLabel) {
  const spec = nodeSpec(label);
  const shape: Record<string, z.ZodType> = { key: keySchema };
  for (const [name, prop] of Object.entries(spec.properties)) {
    const base = propertySchema(prop);
    shape[name] = prop.required ? base : base.optional();
  }
  for (const type of outgoingRelationships(label)) {
    const rel = relationshipSpec(type);
    if (rel.fromCitations) continue;
    const ref = referenceTo([...new Set(relationshipPairs(type).map(([, to]) => to))]);
    // A required list must name at least one target: a criterion with `appliesTo: []` would reach no
    // provider type, and so no question about one.
    const base =
      rel.cardinality === 'one'
        ? ref
        : rel.required
          ? z.array(ref).min(1, `must name at least one ${relationshipPairs(type)[0]![1]}: the list is empty`)
          : z.array(ref);
    shape[rel.seedField] = rel.required ? base : base.optional();
  }
  if (spec.citation !== 'none') {
    // Shared nodes may appear in a file just to say where that document mentions them.
    shape.cite = spec.citation === 'required' ? citeSchema : citeSchema.optional();
  }
  return z.object(shape).strict();
}

export const recordSchemas = perLabel(recordSchemaFor);

/** A shared node re-declared in a later file may give just its key and where this document mentions it. */
export const mentionSchema = z.object({ key: keySchema, cite: citeSchema }).strict();
