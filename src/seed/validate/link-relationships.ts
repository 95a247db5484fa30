import type { NodeLabel, RelationshipType } from '../../model/graph-model';
import { isNodeLabel, outgoingRelationships, relationshipSpec, storedRelationshipProperties } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import type { Reference } from '../seed-schema';
import type { DocumentSource } from './collect-documents';
import { problemAt, type Definition } from './declaration';
import type { GraphRows, Row } from './graph-rows';
import { verifyCitation } from './verify-citation';

/**
 * The links every declaration of the node gives in its seed fields: each target defined somewhere, of a
 * kind the relationship goes to, and the link's own citation (where it has one) checked.
 */
export function linkRelationships(
  key: string,
  { node, sources }: Definition,
  definitions: Map<string, Definition>,
  documents: Map<string, DocumentSource>,
  graph: GraphRows,
  problems: SeedProblem[],
): void {
  const label = node.label;
  for (const d of sources) {
    for (const type of outgoingRelationships(label)) {
      const rel = relationshipSpec(type);
      const raw = d.data[rel.seedField];
      if (raw === undefined || rel.fromCitations) continue;
      const refs: unknown[] = Array.isArray(raw) ? raw : [raw];
      refs.forEach((ref, i) => {
        if (!isReference(ref)) return;
        const target = typeof ref === 'string' ? ref : ref.key;
        const field = Array.isArray(raw) ? `${rel.seedField}[${i}]` : rel.seedField;
        const targetLabel = definitions.get(target)?.node.label;
        if (!targetLabel) {
          problems.push(problemAt(d, field, `refers to "${target}", which no seed file defines`));
          return;
        }
        const allowed = targetsOf(type, label);
        if (!allowed.includes(targetLabel)) {
          const message = `"${target}" is a ${targetLabel}; ${type} from ${label} goes to ${allowed.join(' or ')}`;
          problems.push(problemAt(d, field, message));
          return;
        }
        const row: Row = Object.fromEntries(Object.keys(storedRelationshipProperties(type)).map((p) => [p, null]));
        const cite = typeof ref === 'string' ? undefined : ref.cite;
        if (cite)
          Object.assign(row, verifyCitation(d, cite, `${field}.cite`, { quote: cite.quote }, documents, problems));
        graph.link(type, label, targetLabel, { ...row, fromKey: key, toKey: target });
      });
    }
  }
}

/** The labels a relationship from this label may go to. */
function targetsOf(type: RelationshipType, fromLabel: NodeLabel): NodeLabel[] {
  const spec = relationshipSpec(type);
  return spec.pairing === 'same-label' ? [fromLabel] : spec.to.filter(isNodeLabel);
}

/** The record schema has already checked every reference; this only tells TypeScript so. */
function isReference(value: unknown): value is Reference {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && 'key' in value);
}
