import { graphModel, isNodeLabel, type NodeLabel, type RelationshipType } from '../model/graph-model';
import { storedNodeProperties, storedRelationshipProperties } from '../model/derive';
import type { Row } from './graph-engine';

/**
 * What both engines hand upwards: a node is a plain map of its declared properties plus `__label`, a
 * relationship a map of its properties plus `__type`. A property the database does not hold is null;
 * a list property it does not hold is [] (Neo4j stores no empty or missing list; LadybugDB gives null).
 */
export function nodeValue(label: string, props: Record<string, unknown>, convert = same): Row {
  if (!isNodeLabel(label)) return { __label: label, ...convertAll(props, convert) };
  const out: Row = { __label: label };
  for (const { name, list } of nodeShape(label)) {
    const v = props[name];
    out[name] = v === undefined || v === null ? (list ? [] : null) : convert(v);
  }
  return out;
}

export function relationshipValue(type: string, props: Record<string, unknown>, convert = same): Row {
  if (!isRelationshipType(type)) return { __type: type, ...convertAll(props, convert) };
  const out: Row = { __type: type };
  for (const name of relationshipShape(type)) {
    const v = props[name];
    out[name] = v === undefined || v === null ? null : convert(v);
  }
  return out;
}

const same = (value: unknown): unknown => value;

function convertAll(props: Record<string, unknown>, convert: (value: unknown) => unknown): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(props)) out[name] = convert(value);
  return out;
}

/** Every node of an answer goes through here: the model's property lists are worked out once per kind. */
const nodeShapes = new Map<string, ReadonlyArray<{ name: string; list: boolean }>>();
function nodeShape(label: NodeLabel): ReadonlyArray<{ name: string; list: boolean }> {
  let shape = nodeShapes.get(label);
  if (!shape) {
    shape = Object.entries(storedNodeProperties(label)).map(([name, spec]) => ({
      name,
      list: spec.type.endsWith('[]'),
    }));
    nodeShapes.set(label, shape);
  }
  return shape;
}

const relationshipShapes = new Map<string, readonly string[]>();
function relationshipShape(type: RelationshipType): readonly string[] {
  let shape = relationshipShapes.get(type);
  if (!shape) {
    shape = Object.keys(storedRelationshipProperties(type));
    relationshipShapes.set(type, shape);
  }
  return shape;
}

const isRelationshipType = (name: string): name is RelationshipType => name in graphModel.relationships;

/** An ISO calendar date (YYYY-MM-DD) from a JS Date the driver produced. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
