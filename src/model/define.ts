/**
 * The vocabulary in which the graph model is declared. Kept apart from the model itself so that the
 * model file reads as a list of domain facts, not as type plumbing.
 */

export type PropertyType = 'string' | 'int' | 'boolean' | 'date' | 'string[]' | 'int[]';

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  description: string;
  /** Allowed values, for controlled vocabularies (kinds, statuses). */
  values?: readonly string[];
  /**
   * The value is the source's own words: the seed check requires it to occur in the record's cited lines.
   */
  verbatim?: boolean;
  /**
   * Value stored when a record gives none. Optional int and boolean properties need one: the embedded
   * engine cannot type a batch column that holds only nulls.
   */
  default?: string | number | boolean;
  /**
   * The value is measured at load from the node's own source text file (a SourceDocument's line count
   * and hash), so that a citation can be checked against the very file it was made on.
   */
  fromSourceText?: 'line-count' | 'sha256';
}

/** How a node kind is cited: every fact node must carry a citation; vocabulary nodes may. */
export type CitationRule = 'required' | 'optional' | 'none';

export interface NodeSpec {
  description: string;
  /** Name of the seed section and of the GraphQL root list query (e.g. `criteria`). */
  plural: string;
  /**
   * Shared kinds (organisations, vocabulary) may be declared in several seed files; the declarations
   * must agree, and each one records where that document mentions the node.
   */
  shared?: boolean;
  citation: CitationRule;
  /** Property whose value serves as the citation's quote when a seed record gives none (it is verbatim). */
  defaultQuote?: string;
  properties: Record<string, PropertySpec>;
  /**
   * The nodes are not curated: the load derives them from the source texts (a document's paragraphs), and a
   * seed file may not declare them.
   */
  derivedFromSourceText?: boolean;
}

export interface RelationshipSpec {
  description: string;
  from: readonly string[];
  to: readonly string[];
  /** Field on the `from` record in seed files that lists the targets' keys. */
  seedField: string;
  /** `one`: the seed field holds one key; `many`: a list of keys. */
  cardinality: 'one' | 'many';
  required?: boolean;
  /**
   * `same-label`: each `from` label connects only to the same label (a criterion's previous version is a
   * criterion). Default: every `from` label may connect to every `to` label.
   */
  pairing?: 'same-label' | 'all';
  /**
   * The links are not written in seed files under `seedField`: the seed check derives them from the
   * citations of shared nodes (where a document mentions an organisation or a vocabulary term).
   */
  fromCitations?: boolean;
  /**
   * The links form chains that must end (a version's previous version, a type's broader type): the seed
   * check rejects a cycle, and names what the chain is of in its message.
   */
  chainOf?: string;
  /**
   * The link says the source withdrew its `from` node, and the sources mark withdrawn words by striking
   * them through: the node's `words` property must stand struck through (~~) in its cited lines when the
   * link is given, and must not when it is not.
   */
  withdraws?: { words: string };
  properties?: Record<string, PropertySpec>;
  /** The links are derived with the nodes of a kind derived from the source texts, never written in seed files. */
  derived?: boolean;
}

export interface GraphModelSpec {
  nodes: Record<string, NodeSpec>;
  relationships: Record<string, RelationshipSpec>;
}

/** Identity function that keeps literal types, so label and relationship names stay checkable. */
export function defineModel<const M extends GraphModelSpec>(model: M): M {
  return model;
}
