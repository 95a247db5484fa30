import type { NodeLabel } from '../model/graph-model';
import type { AnyNodeRow, NodeRow, RelationshipRow } from '../model/rows';
import type { Linked } from './loaders';

/** A link a one-statement answer names by the key (and, where it may reach several kinds, the label) of its node. */
export interface LinkRef<R extends RelationshipRow = RelationshipRow> {
  key: string;
  label?: string;
  rel: R;
}

/**
 * The nodes a one-statement answer returned once each, however many of its links reach them (an amendment
 * that withdraws forty criteria crosses the wire once): the links find them here by label and key.
 */
export class ReachedNodes {
  private readonly nodes = new Map<string, AnyNodeRow>();

  constructor(
    nodes: Iterable<AnyNodeRow>,
    private readonly statement: string,
  ) {
    for (const node of nodes) this.nodes.set(`${node.__label}/${node.key}`, node);
  }

  node<L extends NodeLabel>(label: L, key: string): NodeRow<L> {
    const node = this.nodes.get(`${label}/${key}`);
    // The statement names a node it did not return: its Cypher is wrong, not the request.
    if (!node) throw new Error(`${this.statement} links to ${label} ${key} without returning it`);
    return node as NodeRow<L>;
  }

  /** Links that all reach one kind of node. */
  links<L extends NodeLabel>(label: L, refs: readonly LinkRef[]): Array<Linked<L>> {
    return refs.map((ref) => ({ node: this.node(label, ref.key), rel: ref.rel }));
  }

  /** Links that may reach several kinds, each naming its label. */
  anyLinks(refs: readonly LinkRef[]): Linked[] {
    return refs.map((ref) => {
      if (!ref.label) throw new Error(`${this.statement} names a link to ${ref.key} without its label`);
      return { node: this.node(ref.label as NodeLabel, ref.key), rel: ref.rel };
    });
  }
}
