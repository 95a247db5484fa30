import type { NodeLabel } from '../model/graph-model';
import { keysOf } from '../model/names';
import type { AnyNodeRow, NodeRow } from '../model/rows';

/**
 * What search covers: per kind, the node label and its text fields with their weight. The embedded
 * index and the Neo4j full-text index (cypher/schema/create-schema.neo4j.cypher) both derive from this
 * list. Named things (organisations, frameworks, regions, provider and care types) are searchable too.
 */
export const SEARCHABLE = {
  CRITERION: { label: 'Criterion', statement: 'criterion', fields: { text: 3, heading: 1 } },
  PERFORMANCE: {
    label: 'Performance',
    statement: 'performance',
    fields: { name: 3, nameEn: 2, description: 1, financing: 1, contractingLevel: 1, amounts: 1 },
  },
  DOCUMENTED_CHANGE: {
    label: 'PolicyChange',
    statement: 'policy-change',
    fields: { subject: 3, after: 1, before: 1, description: 1 },
  },
  MILESTONE: {
    label: 'Milestone',
    statement: 'milestone',
    fields: { action: 2, dateText: 1, audience: 1, actor: 1, channel: 1 },
  },
  POLICY: { label: 'Policy', statement: 'policy', fields: { title: 3, contractPeriod: 1 } },
  AMENDMENT: { label: 'Amendment', statement: 'amendment', fields: { title: 3, summary: 1, reason: 1 } },
  FRAMEWORK: { label: 'Framework', statement: 'framework', fields: { name: 3, fullName: 2 } },
  INSURER: { label: 'Insurer', statement: 'insurer', fields: { name: 3, fullName: 2 } },
  STAKEHOLDER: { label: 'Stakeholder', statement: 'stakeholder', fields: { name: 3, fullName: 2 } },
  CARE_TYPE: { label: 'CareType', statement: 'care-type', fields: { nameNl: 3, nameEn: 2, abbreviation: 3 } },
  PROVIDER_TYPE: {
    label: 'ProviderType',
    statement: 'provider-type',
    fields: { nameNl: 3, nameEn: 2, abbreviation: 3 },
  },
  REGION: { label: 'Region', statement: 'region', fields: { name: 3, description: 1 } },
  ALLIANCE: { label: 'Alliance', statement: 'alliance', fields: { name: 3, description: 1 } },
  // A paragraph of a source that holds no curated statement: text, not a fact the curators checked.
  SOURCE_TEXT: { label: 'Passage', statement: 'passage', fields: { text: 1 } },
} as const satisfies Record<string, { label: NodeLabel; statement: string; fields: Record<string, number> }>;

export type SearchKind = keyof typeof SEARCHABLE;

/** The node kinds search covers. */
export type SearchableLabel = (typeof SEARCHABLE)[SearchKind]['label'];
export const SEARCH_KINDS: SearchKind[] = keysOf(SEARCHABLE);
/** Named for its analyzer: a changed analyzer is a new index (Neo4j keeps an index's analyzer for its life). */
export const FULLTEXT_INDEX = 'policy_search_nl';
export const FORMER_FULLTEXT_INDEXES = ['policy_search'];
/**
 * The sources' paragraphs have an index of their own, on both engines: a search for what the curators stated
 * and named never reads through the much larger text, and is as fast as before there was any.
 */
export const SOURCE_TEXT_INDEX = 'source_text_search_nl';

/** What search covers unless asked for SOURCE_TEXT: what the curators stated and named. */
export const CURATED_SEARCH_KINDS: SearchKind[] = SEARCH_KINDS.filter((k) => k !== 'SOURCE_TEXT');

export const kindOfLabel = (label: string): SearchKind | undefined =>
  SEARCH_KINDS.find((k) => SEARCHABLE[k].label === label);

/** A node of a kind search covers, with that kind. */
export function searchable(node: AnyNodeRow): { kind: SearchKind; node: NodeRow<SearchableLabel> } | undefined {
  const kind = kindOfLabel(node.__label);
  return kind && isSearchableNode(node) ? { kind, node } : undefined;
}

const isSearchableNode = (node: AnyNodeRow): node is NodeRow<SearchableLabel> =>
  SEARCH_KINDS.some((k) => SEARCHABLE[k].label === node.__label);

/** Kinds whose nodes belong to one policy (the others are named things shared across policies). */
export const hasPolicy = (kind: SearchKind): boolean =>
  !['FRAMEWORK', 'INSURER', 'STAKEHOLDER', 'CARE_TYPE', 'PROVIDER_TYPE'].includes(kind);
