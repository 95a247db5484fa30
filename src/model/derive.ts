import { citationProperties, graphModel, nodeLabels, relationshipTypes, reviewProperties } from './graph-model';
import type { NodeLabel, RelationshipType } from './graph-model';
import type { NodeSpec, PropertySpec, RelationshipSpec } from './define';

/** Queries over the model declaration that the engines, the seed loader and the schema share. */

export function isNodeLabel(name: string): name is NodeLabel {
  return Object.hasOwn(graphModel.nodes, name);
}

/** A record with one entry per node label, in the model's order. */
export function perLabel<T>(value: (label: NodeLabel) => T): Record<NodeLabel, T> {
  // Object.fromEntries cannot know that the entries cover every label; nodeLabels does.
  return Object.fromEntries(nodeLabels.map((label) => [label, value(label)])) as Record<NodeLabel, T>;
}

export function nodeSpec(label: NodeLabel): NodeSpec {
  return graphModel.nodes[label];
}

export function relationshipSpec(type: RelationshipType): RelationshipSpec {
  return graphModel.relationships[type];
}

/** All stored properties of a node kind, including `key`, whether it was reviewed and, where it is cited, the citation. */
export function storedNodeProperties(label: NodeLabel): Record<string, PropertySpec> {
  const spec = nodeSpec(label);
  return {
    key: { type: 'string', required: true, description: 'Stable human-readable key.' },
    ...spec.properties,
    ...reviewProperties,
    ...(spec.citation === 'none' ? {} : citationProperties),
  };
}

/** Relationships carry a citation where the source states the link itself, plus their own properties. */
export function storedRelationshipProperties(type: RelationshipType): Record<string, PropertySpec> {
  return { ...citationProperties, ...(relationshipSpec(type).properties ?? {}) };
}

/** The (from, to) label pairs a relationship type connects. */
export function relationshipPairs(type: RelationshipType): ReadonlyArray<readonly [NodeLabel, NodeLabel]> {
  let pairs = pairsOf.get(type);
  if (!pairs) {
    pairs = pairsFromSpec(type);
    pairsOf.set(type, pairs);
  }
  return pairs;
}
// Asked for on every link a request primes or follows: worked out once per type.
const pairsOf = new Map<RelationshipType, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>();

function pairsFromSpec(type: RelationshipType): Array<[NodeLabel, NodeLabel]> {
  const spec = relationshipSpec(type);
  const from = spec.from.filter(isNodeLabel);
  const to = spec.to.filter(isNodeLabel);
  if (spec.pairing === 'same-label') return from.filter((l) => to.includes(l)).map((l) => [l, l]);
  return from.flatMap((f) => to.map((t): [NodeLabel, NodeLabel] => [f, t]));
}

/** Relationship types whose seed field sits on records of this label. */
export function outgoingRelationships(label: NodeLabel): RelationshipType[] {
  return relationshipTypes.filter((t) => relationshipSpec(t).from.includes(label));
}

export function labelBySeedSection(section: string): NodeLabel | undefined {
  return nodeLabels.find((l) => nodeSpec(l).plural === section);
}

export function listProperties(label: NodeLabel): string[] {
  return Object.entries(storedNodeProperties(label))
    .filter(([, p]) => p.type.endsWith('[]'))
    .map(([name]) => name);
}
