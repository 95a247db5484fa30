import DataLoader from 'dataloader';
import type { Reader } from '../engine/graph-engine';
import { statementFor } from '../engine/model-statements';
import { isPartial } from '../engine/normalize';
import type { NodeLabel, RelationshipType } from '../model/graph-model';
import { relationshipPairs } from '../model/derive';
import type { NodeRow, RelationshipRow } from '../model/rows';
import { allOrNow, thenOrNow, type MaybePromise } from './maybe-promise';

/** One link as a loader returns it: the node at the other end and the relationship's own properties. */
export interface Linked<L extends NodeLabel = NodeLabel> {
  node: NodeRow<L>;
  rel: RelationshipRow;
}

export type Direction = 'out' | 'in';

/** A node the graph must hold (a relationship's required end): a missing one fails its own key only. */
export class MissingNodeError extends Error {
  constructor(label: NodeLabel, key: string) {
    super(`the graph holds no ${label} with key "${key}"`);
    this.name = 'MissingNodeError';
  }
}

/**
 * One relationship followed one way to one kind: what a link loader and the primed links are kept under.
 * Made once per combination and kept: a string built for every look-up had to be hashed anew by the map,
 * about 0.4 µs a look-up against 0.1 µs for these four (a nested answer makes hundreds).
 */
const linkIds = new Map<RelationshipType, Map<Direction, Map<NodeLabel, Map<NodeLabel, string>>>>();
function linkId(type: RelationshipType, direction: Direction, self: NodeLabel, other: NodeLabel): string {
  let byDirection = linkIds.get(type);
  if (!byDirection) linkIds.set(type, (byDirection = new Map<Direction, Map<NodeLabel, Map<NodeLabel, string>>>()));
  let bySelf = byDirection.get(direction);
  if (!bySelf) byDirection.set(direction, (bySelf = new Map<NodeLabel, Map<NodeLabel, string>>()));
  let byOther = bySelf.get(self);
  if (!byOther) bySelf.set(self, (byOther = new Map<NodeLabel, string>()));
  let id = byOther.get(other);
  if (id === undefined) byOther.set(other, (id = `${type}:${self}:${other}:${direction}`));
  return id;
}

/**
 * Values kept by kind (a label, or a link's id), then by key: a lookup never builds a string with the key in
 * it, which for the hundreds of look-ups of a nested answer was a measurable share of its time.
 */
class ByKindAndKey<V> {
  private readonly kinds = new Map<string, Map<string, V>>();

  get(kind: string, key: string): V | undefined {
    return this.kinds.get(kind)?.get(key);
  }

  set(kind: string, key: string, value: V): void {
    let byKey = this.kinds.get(kind);
    if (!byKey) this.kinds.set(kind, (byKey = new Map<string, V>()));
    byKey.set(key, value);
  }
}

/** A row of the kind `label`: what a loader built for that kind returns. */
const isOf = <L extends NodeLabel>(label: L, node: NodeRow): node is NodeRow<L> => node.__label === label;

/**
 * The request's DataLoaders, built fresh for every request (never shared between users), created on
 * first use. Each batch is one statement over `UNWIND $keys`. This is the one path by which the schema
 * loads nodes and links.
 */
export class Loaders {
  private readonly byLabel = new Map<NodeLabel, DataLoader<string, NodeRow | null>>();
  private readonly wholeByLabel = new Map<NodeLabel, DataLoader<string, NodeRow | null>>();
  private readonly byLink = new Map<string, DataLoader<string, Linked[]>>();
  /**
   * What statements already returned, by `label/key` (null: no such node) and by link and key: looked up
   * before any loader. Kept apart from the loaders' own caches because priming a DataLoader makes a promise
   * per key, and a nested answer primes hundreds of nodes and links of which a question reads each once.
   */
  private readonly primedNodes = new ByKindAndKey<NodeRow | null>();
  private readonly primed = new ByKindAndKey<Linked[]>();

  constructor(private readonly engine: Reader) {}

  /** The node of a label with a key; null for a key the graph does not hold. At once when a statement returned it. */
  find<L extends NodeLabel>(label: L, key: string): MaybePromise<NodeRow<L> | null> {
    const primed = this.primedNodes.get(label, key);
    if (primed !== undefined) return primed && isOf(label, primed) ? primed : null;
    return this.nodeLoader(label)
      .load(key)
      .then((node) => (node && isOf(label, node) ? node : null));
  }

  /** A node that must exist (the key came from the graph itself); a missing one is an error for its key alone. */
  node<L extends NodeLabel>(label: L, key: string): MaybePromise<NodeRow<L>> {
    return thenOrNow(this.find(label, key), (node) => {
      if (!node) throw new MissingNodeError(label, key);
      return node;
    });
  }

  /** Several nodes that must exist, in the order of their keys. */
  allNodes<L extends NodeLabel>(label: L, keys: readonly string[]): MaybePromise<Array<NodeRow<L>>> {
    return allOrNow(keys.map((key) => this.node(label, key)));
  }

  /**
   * The nodes linked to a node by one relationship type, in one direction (`out`: the node is the
   * relationship's start), limited to one label at the other end.
   */
  links<O extends NodeLabel>(
    type: RelationshipType,
    direction: Direction,
    self: NodeLabel,
    other: O,
    key: string,
  ): MaybePromise<Array<Linked<O>>> {
    const primed = this.primedLinks(type, direction, self, other, key);
    if (primed) return primed;
    return this.linkLoader(type, direction, self, other)
      .load(key)
      .then((links) => links.filter((l): l is Linked<O> => isOf(other, l.node)));
  }

  /**
   * What a statement already returned, so that no loader asks for it again: a node under its key, or null
   * for a key the statement found no node for.
   */
  prime<L extends NodeLabel>(label: L, key: string, node: NodeRow<L> | null): void {
    // A whole node takes the place of a partial one another question of the request primed; never the reverse.
    const before = this.primedNodes.get(label, key);
    if (before && (!isPartial(before) || !node || isPartial(node))) return;
    this.primedNodes.set(label, key, node);
  }

  /** The node itself if it is whole, else the whole node (see `wholeNode`): for code that reads properties. */
  whole<L extends NodeLabel>(node: NodeRow<L>): NodeRow<L> | Promise<NodeRow<L>> {
    return isPartial(node) ? this.wholeNode(node.__label as L, node.key) : node;
  }

  /**
   * The node with every property, for a field a partial node (one an answer statement projected with only
   * what its usual question selects) lacks: one batch for all such nodes of a kind in the request.
   */
  async wholeNode<L extends NodeLabel>(label: L, key: string): Promise<NodeRow<L>> {
    const node = await this.node(label, key);
    if (!isPartial(node)) return node;
    let loader = this.wholeByLabel.get(label);
    if (!loader) {
      loader = this.nodeBatch(label);
      this.wholeByLabel.set(label, loader);
    }
    const whole = await loader.load(key);
    if (!whole || !isOf(label, whole)) throw new MissingNodeError(label, key);
    return whole;
  }

  /** The links of one node that a statement already returned, in the order the loader gives them (by key). */
  primeLinks<O extends NodeLabel>(
    type: RelationshipType,
    direction: Direction,
    self: NodeLabel,
    other: O,
    key: string,
    links: ReadonlyArray<Linked<O>>,
  ): void {
    // As the link statements order them (ORDER BY b.key): by code point, not by locale.
    const sorted = links.filter((l) => isOf(other, l.node));
    if (sorted.length > 1) sorted.sort((a, b) => (a.node.key < b.node.key ? -1 : a.node.key > b.node.key ? 1 : 0));
    for (const l of sorted) this.prime(other, l.node.key, l.node);
    this.primed.set(linkId(type, direction, self, other), key, sorted);
  }

  /**
   * The links a statement returned for this node, at once; undefined when none did (ask `links`). A nested
   * answer of hundreds of links then resolves without a promise per field, which is most of GraphQL's cost.
   */
  primedLinks<O extends NodeLabel>(
    type: RelationshipType,
    direction: Direction,
    self: NodeLabel,
    other: O,
    key: string,
  ): Array<Linked<O>> | undefined {
    // primeLinks kept only links to `other`.
    return this.primed.get(linkId(type, direction, self, other), key) as Array<Linked<O>> | undefined;
  }

  /**
   * The links of one node along one relationship, to whatever kinds the model lets it reach, as a statement
   * returned them together: each kind's loader is primed with its own (possibly none).
   */
  primeAllLinks(type: RelationshipType, direction: Direction, self: NodeLabel, key: string, links: readonly Linked[]) {
    for (const [from, to] of relationshipPairs(type)) {
      const [near, other] = direction === 'out' ? [from, to] : [to, from];
      if (near !== self) continue;
      this.primeLinks(
        type,
        direction,
        self,
        other,
        key,
        links.filter((l) => isOf(other, l.node)),
      );
    }
  }

  private nodeLoader(label: NodeLabel): DataLoader<string, NodeRow | null> {
    let loader = this.byLabel.get(label);
    if (!loader) {
      loader = this.nodeBatch(label);
      this.byLabel.set(label, loader);
    }
    return loader;
  }

  private nodeBatch(label: NodeLabel): DataLoader<string, NodeRow | null> {
    return new DataLoader(async (keys) => {
      const rows = await this.engine.read(statementFor.getByKeys(label), { keys });
      return inKeyOrder(keys, rows, (found) => found[0]?.node ?? null);
    });
  }

  private linkLoader(type: RelationshipType, direction: Direction, self: NodeLabel, other: NodeLabel) {
    const id = linkId(type, direction, self, other);
    let loader = this.byLink.get(id);
    if (!loader) {
      const [from, to] = direction === 'out' ? [self, other] : [other, self];
      if (!relationshipPairs(type).some(([f, t]) => f === from && t === to)) {
        throw new Error(`the model has no ${type} from ${from} to ${to}`);
      }
      const statement =
        direction === 'out' ? statementFor.targets(type, self, other) : statementFor.sources(type, other, self);
      loader = new DataLoader<string, Linked[]>(async (keys) => {
        const rows = await this.engine.read(statement, { keys });
        return inKeyOrder(keys, rows, (found) => found.map(({ node, rel }) => ({ node, rel })));
      });
      this.byLink.set(id, loader);
    }
    return loader;
  }
}

/**
 * DataLoader's contract: one result per key, in the keys' order. Rows come back grouped by `key`; a row
 * for a key that was not asked for means the statement is wrong, and is reported as such.
 */
export function inKeyOrder<R extends { readonly key: string }, T>(
  keys: readonly string[],
  rows: readonly R[],
  pick: (rowsForKey: R[]) => T,
): T[] {
  const groups = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const group = groups.get(row.key);
    if (!group) throw new Error(`batch statement returned a row for key "${row.key}", which was not requested`);
    group.push(row);
  }
  const results = keys.map((k) => pick(groups.get(k) ?? []));
  if (results.length !== keys.length)
    throw new Error(`batch returned ${results.length} results for ${keys.length} keys`);
  return results;
}
