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

/**
 * A node a one-statement answer returned partial and compact (`Policy(key, title)` in its header,
 * `[p.key, p.title]` on the wire, src/engine/statement-types.ts): it holds only what the statement returned,
 * and the GraphQL fields read anything else from the whole node (src/schema/graph-node.ts). Code that reads
 * a property it lacks directly would take its absence for a null the graph holds: it fails instead, naming
 * the property. `names` are the properties in the list's order from `from`; one the label does not declare
 * (a `node(key, name)` list of a kind without a name) is left out.
 */
export function compactNodeValue(
  label: string,
  names: readonly string[],
  values: readonly unknown[],
  from: number,
  convert: (value: unknown) => unknown,
): Row {
  if (!isNodeLabel(label)) throw new Error(`a partial node of ${label}, which the graph model lacks`);
  const lists = listProperties(label);
  const known = declared(label);
  const out: Row = { __label: label, __partial: true };
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!known.has(name)) continue;
    const v = values[from + i];
    out[name] = v === undefined || v === null ? (lists.has(name) ? [] : null) : convert(v);
  }
  return guarded(out, `${label} ${String(out.key)}`, known);
}

/** A relationship with none of its properties, shared by every link of its type a compact answer holds. */
export function partialRelationship(type: RelationshipType): Row {
  let rel = partialRelationships.get(type);
  if (!rel) {
    rel = relationshipValue(type, { __partial: true });
    partialRelationships.set(type, rel);
  }
  return rel;
}
const partialRelationships = new Map<RelationshipType, Row>();

/**
 * The guard is a check on the statements, made wherever they are tested and developed; a production server
 * (NODE_ENV=production) skips it: a proxy's trap on every property read of every partial node costs a few
 * per cent of a request's time, and the parity tests ask every property of what the statements leave out.
 */
const guarding = process.env.NODE_ENV !== 'production';

function guarded(row: Row, what: string, names: ReadonlySet<string>): Row {
  if (!guarding) return row;
  return new Proxy(row, {
    get(target, property, receiver) {
      if (typeof property === 'string' && !(property in target) && names.has(property))
        throw new Error(`${what} was read partial, without ${property}: its statement must project it`);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** A node an answer statement returned partial (see compactNodeValue). */
export const isPartial = (node: object): boolean => '__partial' in node && node.__partial === true;

const declaredNames = new Map<NodeLabel, ReadonlySet<string>>();
function declared(label: NodeLabel): ReadonlySet<string> {
  let names = declaredNames.get(label);
  if (!names) {
    names = new Set(nodeShape(label).map((p) => p.name));
    declaredNames.set(label, names);
  }
  return names;
}

export function relationshipValue(type: string, props: Record<string, unknown>, convert = same): Row {
  if (!isRelationshipType(type)) return { __type: type, ...convertAll(props, convert) };
  const partial = props.__partial === true;
  const out: Row = partial ? { __type: type, __partial: true } : { __type: type };
  for (const name of relationshipShape(type)) {
    if (partial && !(name in props)) continue;
    const v = props[name];
    out[name] = v === undefined || v === null ? null : convert(v);
  }
  // A relationship has no key to read it whole by: a partial one serves answers that select none of its
  // properties, and code that reads one it lacks fails, naming it.
  return partial ? guarded(out, `${type} relationship`, declaredOfRelationship(type)) : out;
}

const same = (value: unknown): unknown => value;

function convertAll(props: Record<string, unknown>, convert: (value: unknown) => unknown): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(props)) out[name] = convert(value);
  return out;
}

/** Every node of an answer goes through here: the model's property lists are worked out once per kind. */
type PropertyShape = { name: string; list: boolean };
const nodeShapes = new Map<string, readonly PropertyShape[]>();
function nodeShape(label: NodeLabel): readonly PropertyShape[] {
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

const listNames = new Map<NodeLabel, ReadonlySet<string>>();
function listProperties(label: NodeLabel): ReadonlySet<string> {
  let names = listNames.get(label);
  if (!names) {
    names = new Set(
      nodeShape(label)
        .filter((p) => p.list)
        .map((p) => p.name),
    );
    listNames.set(label, names);
  }
  return names;
}

const relationshipNames = new Map<RelationshipType, ReadonlySet<string>>();
function declaredOfRelationship(type: RelationshipType): ReadonlySet<string> {
  let names = relationshipNames.get(type);
  if (!names) {
    names = new Set(relationshipShape(type));
    relationshipNames.set(type, names);
  }
  return names;
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
