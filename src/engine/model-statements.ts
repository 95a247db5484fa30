import type { NodeLabel, RelationshipType } from '../model/graph-model';
import { kebab } from '../model/names';
import type { NodeRow, RelationshipRow } from '../model/rows';
import type { LinkStatementDirs, NodeStatementDirs, Statements, WriteRows } from './statements.generated';
import type { TypedStatement } from './statements';

/**
 * The names of the statements generated per node label and per relationship (cypher/model/), built at run
 * time for a label or type that TypeScript may know only as a type parameter, and typed so that
 * `db.read(statementFor.list(label), { skip, limit })` gives rows `{ node: NodeRow<L> }` for that very L.
 */

type Keys = { keys: readonly string[] };
type Page = { skip: number; limit: number };
type Batch = { rows: WriteRows };
type NoParams = Record<string, never>;
type Linked<T extends RelationshipType, L extends NodeLabel> = {
  readonly key: string;
  readonly node: NodeRow<L>;
  readonly rel: RelationshipRow<T>;
};

/**
 * The one cast of this module: a name built from the model's own kebab-case names is the generated
 * statement the types below say. TypeScript cannot follow a type parameter through `kebab`; the checks at
 * the end of this file hold every function's type against the generated Statements for every label.
 */
const named = <P, R>(name: string) => name as TypedStatement<P, R>;

const node = (label: NodeLabel, statement: string) => `model/${kebab(label)}/${statement}`;
const link = (type: RelationshipType, from: NodeLabel, to: NodeLabel, statement: string) =>
  `model/${kebab(type)}/${kebab(from)}-${kebab(to)}/${statement}`;

export const statementFor = {
  /** Nodes of a label by key: `{ key, node }` for each key the graph holds. */
  getByKeys: <L extends NodeLabel>(label: L) =>
    named<Keys, { readonly key: string; readonly node: NodeRow<L> }>(node(label, 'get-by-keys')),
  /** A page of a label's nodes, in key order. */
  list: <L extends NodeLabel>(label: L) => named<Page, { readonly node: NodeRow<L> }>(node(label, 'list')),
  count: (label: NodeLabel) => named<NoParams, { readonly total: number }>(node(label, 'count')),
  upsert: (label: NodeLabel) => named<Batch, never>(node(label, 'upsert')),
  /** Only for a label that is cited (`nodeSpec(label).citation !== 'none'`): no other has the statement. */
  cite: (label: NodeLabel) => named<Batch, never>(node(label, 'cite')),
  prune: (label: NodeLabel) => named<Keys, never>(node(label, 'prune')),
  /** Neo4j's staged load (src/seed/load-seed.ts): a batch of a label's nodes, written as staged nodes. */
  stage: (label: NodeLabel) => named<Batch, never>(node(label, 'stage.neo4j')),
  /** The switch: the label's served nodes leave the graph (Offstage, deleted later). */
  retire: (label: NodeLabel) => named<NoParams, never>(node(label, 'retire.neo4j')),
  /** The switch: the label's staged nodes take the label. */
  promote: (label: NodeLabel) => named<NoParams, never>(node(label, 'promote.neo4j')),
  unlinkAll: (type: RelationshipType) => named<NoParams, never>(`model/${kebab(type)}/unlink-all`),
  /**
   * From the nodes of `from` with the given keys, along `type`, to nodes of `to`: `{ key, node, rel }`
   * with `key` the start's. Only for a pair the model declares (`relationshipPairs(type)`).
   */
  targets: <T extends RelationshipType, F extends NodeLabel, O extends NodeLabel>(type: T, from: F, to: O) =>
    named<Keys, Linked<T, O>>(link(type, from, to, 'targets')),
  /** To the nodes of `to` with the given keys, along `type`, from nodes of `from`: `key` is the end's. */
  sources: <T extends RelationshipType, F extends NodeLabel, O extends NodeLabel>(type: T, from: F, to: O) =>
    named<Keys, Linked<T, F>>(link(type, from, to, 'sources')),
  link: (type: RelationshipType, from: NodeLabel, to: NodeLabel) => named<Batch, never>(link(type, from, to, 'link')),
  linkCited: (type: RelationshipType, from: NodeLabel, to: NodeLabel) =>
    named<Batch, never>(link(type, from, to, 'link-cited')),
  /** Neo4j's staged load: a batch of links between staged nodes, with their citation where a row has one. */
  stageLink: (type: RelationshipType, from: NodeLabel, to: NodeLabel) =>
    named<Batch, never>(link(type, from, to, 'stage-link.neo4j')),
};

// Compile-time checks that the cast in `named` tells the truth: for every label, and every relationship's
// every pair, the generated statement has the parameters and row the function above gives it.
type Declared<N extends string> = N extends keyof Statements ? Statements[N] : { missing: N };
type Typed<S> = S extends TypedStatement<infer P, infer R> ? { params: P; row: R } : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T> = [T] extends [true] ? true : false;

type NodeChecks = {
  [L in NodeLabel]:
    | Same<Declared<`${NodeStatementDirs[L]}/get-by-keys`>, Typed<ReturnType<typeof statementFor.getByKeys<L>>>>
    | Same<Declared<`${NodeStatementDirs[L]}/list`>, Typed<ReturnType<typeof statementFor.list<L>>>>
    | Same<Declared<`${NodeStatementDirs[L]}/count`>, Typed<ReturnType<typeof statementFor.count>>>
    | Same<Declared<`${NodeStatementDirs[L]}/upsert`>, Typed<ReturnType<typeof statementFor.upsert>>>
    | Same<Declared<`${NodeStatementDirs[L]}/prune`>, Typed<ReturnType<typeof statementFor.prune>>>
    | Same<Declared<`${NodeStatementDirs[L]}/stage.neo4j`>, Typed<ReturnType<typeof statementFor.stage>>>
    | Same<Declared<`${NodeStatementDirs[L]}/retire.neo4j`>, Typed<ReturnType<typeof statementFor.retire>>>
    | Same<Declared<`${NodeStatementDirs[L]}/promote.neo4j`>, Typed<ReturnType<typeof statementFor.promote>>>;
}[NodeLabel];

type PairChecks<T extends RelationshipType, F extends keyof LinkStatementDirs[T]> = {
  [O in keyof LinkStatementDirs[T][F]]: F extends NodeLabel
    ? O extends NodeLabel
      ? LinkStatementDirs[T][F][O] extends string
        ? | Same<
              Declared<`${LinkStatementDirs[T][F][O]}/targets`>,
              Typed<ReturnType<typeof statementFor.targets<T, F, O>>>
            >
          | Same<
              Declared<`${LinkStatementDirs[T][F][O]}/sources`>,
              Typed<ReturnType<typeof statementFor.sources<T, F, O>>>
            >
          | Same<Declared<`${LinkStatementDirs[T][F][O]}/link`>, Typed<ReturnType<typeof statementFor.link>>>
          | Same<Declared<`${LinkStatementDirs[T][F][O]}/link-cited`>, Typed<ReturnType<typeof statementFor.linkCited>>>
          | Same<
              Declared<`${LinkStatementDirs[T][F][O]}/stage-link.neo4j`>,
              Typed<ReturnType<typeof statementFor.stageLink>>
            >
        : false
      : false
    : false;
}[keyof LinkStatementDirs[T][F]];

type LinkChecks = {
  [T in RelationshipType]: { [F in keyof LinkStatementDirs[T]]: PairChecks<T, F> }[keyof LinkStatementDirs[T]];
}[RelationshipType];

// Assigning `true` fails to compile when any check above is false.
const nodeStatementsChecked: AllTrue<NodeChecks> = true;
const linkStatementsChecked: AllTrue<LinkChecks> = true;
void [nodeStatementsChecked, linkStatementsChecked];
