import { graphModel, isNodeLabel, type RelationshipType } from '../model/graph-model';
import { storedNodeProperties, storedRelationshipProperties } from '../model/derive';
import type { Row } from './graph-engine';

/**
 * What both engines hand upwards: a node is a plain map of its declared properties plus `__label`, a
 * relationship a map of its properties plus `__type`. A property the database does not hold is null;
 * a list property it does not hold is [] (Neo4j stores no empty or missing list; LadybugDB gives null).
 */
export function nodeValue(label: string, props: Record<string, unknown>): Row {
  if (!isNodeLabel(label)) return { __label: label, ...props };
  const out: Row = { __label: label };
  for (const [name, spec] of Object.entries(storedNodeProperties(label))) {
    const v = props[name];
    out[name] = v === undefined || v === null ? (spec.type.endsWith('[]') ? [] : null) : v;
  }
  return out;
}

export function relationshipValue(type: string, props: Record<string, unknown>): Row {
  if (!isRelationshipType(type)) return { __type: type, ...props };
  const out: Row = { __type: type };
  for (const name of Object.keys(storedRelationshipProperties(type))) out[name] = props[name] ?? null;
  return out;
}

const isRelationshipType = (name: string): name is RelationshipType => name in graphModel.relationships;

/** An ISO calendar date (YYYY-MM-DD) from a JS Date the driver produced. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
