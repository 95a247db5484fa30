import DataLoader from 'dataloader';
import type { Reader, Row } from '../engine/graph-engine';
import type { NodeLabel, RelationshipType } from '../model/graph-model';
import { relationshipPairs } from '../model/derive';
import { kebab } from '../model/names';

/** One link as a loader returns it: the node at the other end and the relationship's own properties. */
export interface Linked {
  node: Row;
  rel: Row;
}

export type Direction = 'out' | 'in';

/**
 * The request's DataLoaders, built fresh for every request (never shared between users), created on
 * first use. Each batch is one statement over `UNWIND $keys`.
 */
export class Loaders {
  private readonly byLabel = new Map<NodeLabel, DataLoader<string, Row | null>>();
  private readonly byLink = new Map<string, DataLoader<string, Linked[]>>();

  constructor(private readonly engine: Reader) {}

  /** Nodes of one label by key; null for a key the graph does not hold. */
  nodes(label: NodeLabel): DataLoader<string, Row | null> {
    let loader = this.byLabel.get(label);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const rows = await this.engine.read(`model/${kebab(label)}/get-by-keys`, { keys: [...keys] });
        return inKeyOrder(keys, rows, (found) => found[0]?.node as Row | undefined ?? null);
      });
      this.byLabel.set(label, loader);
    }
    return loader;
  }

  /**
   * The nodes linked to a node by one relationship type, in one direction (`out`: the node is the
   * relationship's start), limited to one label at the other end.
   */
  links(type: RelationshipType, direction: Direction, self: NodeLabel, other: NodeLabel): DataLoader<string, Linked[]> {
    const [from, to] = direction === 'out' ? [self, other] : [other, self];
    const id = `${type}:${from}:${to}:${direction}`;
    let loader = this.byLink.get(id);
    if (!loader) {
      if (!relationshipPairs(type).some(([f, t]) => f === from && t === to)) {
        throw new Error(`the model has no ${type} from ${from} to ${to}`);
      }
      const query = `model/${kebab(type)}/${kebab(from)}-${kebab(to)}/${direction === 'out' ? 'targets' : 'sources'}`;
      loader = new DataLoader(async (keys) => {
        const rows = await this.engine.read(query, { keys: [...keys] });
        return inKeyOrder(keys, rows, (found) => found.map((r) => ({ node: r.node as Row, rel: r.rel as Row })));
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
export function inKeyOrder<T>(keys: readonly string[], rows: Row[], pick: (rowsForKey: Row[]) => T): T[] {
  const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const group = groups.get(String(row.key));
    if (!group) throw new Error(`batch statement returned a row for key "${String(row.key)}", which was not requested`);
    group.push(row);
  }
  const results = keys.map((k) => pick(groups.get(k)!));
  if (results.length !== keys.length) throw new Error(`batch returned ${results.length} results for ${keys.length} keys`);
  return results;
}
