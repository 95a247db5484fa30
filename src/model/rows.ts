import type { GraphModel, NodeLabel, RelationshipType, citationProperties, reviewProperties } from './graph-model';

/**
 * The rows the engines hand upwards, typed from the model declaration itself, so that a resolver reads
 * `criterion.text` as a string and `criterion.kind` as one of the declared kinds without a cast. What the
 * engines guarantee (src/engine/normalize.ts): a node row has every stored property, `null` where the
 * database holds none and `[]` for a missing list, plus `__label`; a relationship row has its properties
 * plus `__type`.
 */

type ValueOf<P> = P extends { values: ReadonlyArray<infer V> }
  ? V
  : P extends { type: 'int' }
    ? number
    : P extends { type: 'boolean' }
      ? boolean
      : P extends { type: 'int[]' }
        ? number[]
        : P extends { type: 'string[]' }
          ? string[]
          : string;

/** Lists are never null; a required property, or one with a default, is always there. */
type StoredValue<P> = P extends { type: `${string}[]` }
  ? ValueOf<P>
  : P extends { required: true }
    ? ValueOf<P>
    : P extends { default: string | number | boolean }
      ? ValueOf<P>
      : ValueOf<P> | null;

type Stored<Props> = { readonly [K in keyof Props]: StoredValue<Props[K]> };

type Citation<Required> = Stored<{
  [K in keyof typeof citationProperties]: { type: (typeof citationProperties)[K]['type']; required: Required };
}>;
/** Where a fact stands in its source: always there on a fact node (the seed validation refuses one without). */
export type CitationRow = Citation<true>;
/** On an optionally cited node or a relationship, the citation may be absent (all four null). */
export type OptionalCitationRow = Citation<false>;

type NodeSpecOf<L extends NodeLabel> = GraphModel['nodes'][L];

/** One node of a kind, as both engines return it; of several kinds, the union of their rows. */
export type NodeRow<L extends NodeLabel = NodeLabel> = L extends NodeLabel ? NodeRowOf<L> : never;

type NodeRowOf<L extends NodeLabel> = { readonly __label: L; readonly key: string } & Stored<
  NodeSpecOf<L>['properties']
> &
  Stored<typeof reviewProperties> &
  (NodeSpecOf<L>['citation'] extends 'required'
    ? CitationRow
    : NodeSpecOf<L>['citation'] extends 'optional'
      ? OptionalCitationRow
      : unknown);

/** Any node of the graph: what a union or interface field resolves to. */
export type AnyNodeRow = NodeRow;

type RelationshipSpecOf<T extends RelationshipType> = GraphModel['relationships'][T];

/** One relationship of a type: its own declared properties and, where the source states the link, a citation. */
export type RelationshipRow<T extends RelationshipType = RelationshipType> = {
  readonly __type: T;
} & OptionalCitationRow &
  (RelationshipSpecOf<T> extends { properties: infer P } ? Stored<P> : unknown);
