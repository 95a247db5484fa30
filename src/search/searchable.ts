import type { NodeLabel } from '../model/graph-model';

/**
 * What search covers: per kind, the node label and its text fields with their weight. The embedded
 * ranked index and the Neo4j full-text index (cypher/schema/create-schema.neo4j.cypher) both derive
 * from this list.
 */
export const SEARCHABLE = {
  CRITERION: { label: 'Criterion', fields: { text: 3, heading: 1 } },
  PERFORMANCE: { label: 'Performance', fields: { name: 3, nameEn: 2, description: 1, financing: 1, contractingLevel: 1, amounts: 1 } },
  DOCUMENTED_CHANGE: { label: 'PolicyChange', fields: { subject: 3, after: 1, before: 1, description: 1 } },
  MILESTONE: { label: 'Milestone', fields: { action: 2, dateText: 1, audience: 1, actor: 1, channel: 1 } },
  POLICY: { label: 'Policy', fields: { title: 3, contractPeriod: 1 } },
} as const satisfies Record<string, { label: NodeLabel; fields: Record<string, number> }>;

export type SearchKind = keyof typeof SEARCHABLE;
export const SEARCH_KINDS = Object.keys(SEARCHABLE) as SearchKind[];
export const FULLTEXT_INDEX = 'policy_search';

export const kindOfLabel = (label: string): SearchKind | undefined => SEARCH_KINDS.find((k) => SEARCHABLE[k].label === label);
