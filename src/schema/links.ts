import type { OutputRef } from '@pothos/core';
import { relationshipPairs } from '../model/derive';
import type { NodeLabel, RelationshipType } from '../model/graph-model';
import type { AnyNodeRow, NodeRow } from '../model/rows';
import type { Types } from './builder';
import type { Context } from './context';
import { Citation, citationOf } from './citation';
import type { Direction, Linked } from './loaders';
import { allOrNow, thenOrNow, type MaybePromise } from './maybe-promise';

/**
 * Relationship fields, declared once: `link.many('COVERS', 'out', CareType, '...')` on a node type is a
 * GraphQL field that follows one relationship of the graph model, checked against the model when the
 * schema is built, and recorded so that a test can see every relationship reachable from both its ends.
 */

/** A GraphQL type whose values are nodes of the graph: a node type, or a union or interface of them. */
type NodeTypeRef = OutputRef<AnyNodeRow>;

/** The node kinds a GraphQL output type stands for: one for a node type, several for a union or interface. */
const labelsOfType = new Map<NodeTypeRef, readonly NodeLabel[]>();

export function registerLabels(ref: NodeTypeRef, labels: readonly NodeLabel[]): void {
  labelsOfType.set(ref, labels);
}

function labelsOf(ref: NodeTypeRef): readonly NodeLabel[] {
  const labels = labelsOfType.get(ref);
  if (!labels) throw new Error('a link field’s type must be a node type, or a union or interface of node types');
  return labels;
}

/** A relationship as the schema exposes it: on `self`, following `type` in `direction` to `others`. */
export interface DeclaredLink<O extends NodeLabel = NodeLabel> {
  type: RelationshipType;
  direction: Direction;
  self: NodeLabel;
  others: readonly O[];
}

/** Every relationship field the schema declares (filled as the schema is built). */
export const declaredLinks: DeclaredLink[] = [];

/** Records a relationship field; throws at schema build when the model has no such relationship between these kinds. */
export function declareLink<O extends NodeLabel>(link: DeclaredLink<O>): DeclaredLink<O> {
  const pairs = relationshipPairs(link.type);
  for (const other of link.others) {
    const [from, to] = link.direction === 'out' ? [link.self, other] : [other, link.self];
    if (!pairs.some(([f, t]) => f === from && t === to)) {
      throw new Error(
        `schema declares ${link.self} -[${link.type}]- ${other} (${link.direction}), which the model lacks`,
      );
    }
  }
  declaredLinks.push(link);
  return link;
}

/**
 * The links of one node, across the given kinds at the other end (sorted by key when there are several): at
 * once when a statement of the request returned them for every kind asked.
 */
export function follow<O extends NodeLabel>(
  ctx: Context,
  type: RelationshipType,
  direction: Direction,
  self: NodeLabel,
  others: readonly O[],
  key: string,
): MaybePromise<Array<Linked<O>>> {
  return thenOrNow(allOrNow(others.map((other) => ctx.loaders.links(type, direction, self, other, key))), merged);
}

/** The links to each kind asked, as one list: sorted by key when there are several kinds. */
function merged<O extends NodeLabel>(lists: Array<Array<Linked<O>>>): Array<Linked<O>> {
  if (lists.length === 1) return lists[0] ?? [];
  return lists.flat().sort((a, b) => a.node.key.localeCompare(b.node.key));
}

/** The nodes at the other end of one relationship. */
export function followNodes<O extends NodeLabel>(
  ...args: Parameters<typeof follow<O>>
): MaybePromise<Array<NodeRow<O>>> {
  return thenOrNow(follow(...args), (links) => links.map((l) => l.node));
}

/** The node at the other end of a relationship the node has at most once; null when it has none. */
export function followNode<O extends NodeLabel>(
  ...args: Parameters<typeof follow<O>>
): MaybePromise<NodeRow<O> | null> {
  return thenOrNow(follow(...args), (links) => links[0]?.node ?? null);
}

/** The relationship fields of a node type, as `linksOf` gives them. */
export type LinkFields = ReturnType<typeof linksOf>;

type Builder<L extends NodeLabel> = PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRow<L>>;

/**
 * The relationship fields of one node type. Each takes the relationship, its direction seen from this
 * node, the GraphQL type at the other end (whose node kinds are the other ends followed) and a
 * description an analyst can read.
 */
export function linksOf<L extends NodeLabel>(t: Builder<L>, self: L) {
  const ends = (type: RelationshipType, direction: Direction, ref: NodeTypeRef) =>
    declareLink({ type, direction, self, others: labelsOf(ref) }).others;
  const nodes = (
    ctx: Context,
    type: RelationshipType,
    direction: Direction,
    others: readonly NodeLabel[],
    key: string,
  ): MaybePromise<AnyNodeRow[]> => followNodes(ctx, type, direction, self, others, key);
  const first = (found: AnyNodeRow[]): AnyNodeRow | null => found[0] ?? null;

  return {
    /** Every node linked this way (possibly none). */
    many(type: RelationshipType, direction: Direction, ref: NodeTypeRef, description: string) {
      const others = ends(type, direction, ref);
      return t.field({
        type: [ref],
        description,
        resolve: (node, _args, ctx) => nodes(ctx, type, direction, others, node.key),
      });
    },
    /** The one node linked this way, or null. */
    optional(type: RelationshipType, direction: Direction, ref: NodeTypeRef, description: string) {
      const others = ends(type, direction, ref);
      return t.field({
        type: ref,
        nullable: true,
        description,
        resolve: (node, _args, ctx) => {
          return thenOrNow(nodes(ctx, type, direction, others, node.key), first);
        },
      });
    },
    /** The one node the model requires at the other end (the seed validation refuses a node without it). */
    one(type: RelationshipType, direction: Direction, ref: NodeTypeRef, description: string) {
      const others = ends(type, direction, ref);
      return t.field({
        type: ref,
        description,
        resolve: (node, _args, ctx) => {
          const required = (found: AnyNodeRow[]): AnyNodeRow => {
            if (!found[0])
              throw new Error(`${self} ${node.key} has no ${type} (${direction}), which the model requires`);
            return found[0];
          };
          return thenOrNow(nodes(ctx, type, direction, others, node.key), required);
        },
      });
    },
    /** Where the sources state each link (the relationship's own citation), e.g. every mention of a node. */
    citations(type: RelationshipType, direction: Direction, other: NodeLabel, description: string) {
      const others = declareLink({ type, direction, self, others: [other] }).others;
      return t.field({
        type: [Citation],
        description,
        resolve: async (node, _args, ctx) =>
          (await follow(ctx, type, direction, self, others, node.key)).flatMap((l) => citationOf(l.rel) ?? []),
      });
    },
  };
}
