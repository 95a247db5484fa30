// Generated from the cypher/ files and src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
import type { AnyNodeRow, NodeRow, RelationshipRow } from '../model/rows';

/** A batch of property maps to write, one a node or link: the seed check has held each against the model. */
export type WriteRows = ReadonlyArray<Readonly<Record<string, unknown>>>;

/**
 * Every statement under cypher/, by name: the parameters it takes and the row it returns (`never`: none).
 * Hand-written statements declare theirs in their header (`// @param`, `// @return`, see
 * scripts/cypher-annotations.ts); the generated ones follow from the model.
 */
export interface Statements {
  'database/await-indexes.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'database/checkpoint.embedded': {
    params: Record<string, never>;
    row: never;
  };
  'database/count-pairs': {
    params: { n: number };
    row: { readonly pairs: number };
  };
  'database/list-indexes.neo4j': {
    params: Record<string, never>;
    row: {
      readonly name: string;
      readonly type: string;
      readonly state: string;
      readonly labelsOrTypes: string[] | null;
      readonly properties: string[] | null;
      readonly owningConstraint: string | null;
    };
  };
  'database/ping': {
    params: Record<string, never>;
    row: { readonly ok: number };
  };
  'export/list-links': {
    params: Record<string, never>;
    row: { readonly fromKey: string; readonly toKey: string; readonly rel: RelationshipRow };
  };
  'export/list-links.embedded': {
    params: Record<string, never>;
    row: { readonly fromKey: string; readonly toKey: string; readonly rel: RelationshipRow };
  };
  'export/list-links.neo4j': {
    params: Record<string, never>;
    row: { readonly fromKey: string; readonly toKey: string; readonly rel: RelationshipRow };
  };
  'load/clear-subtype-closure.embedded': {
    params: Record<string, never>;
    row: never;
  };
  'load/close-care-types.embedded': {
    params: Record<string, never>;
    row: never;
  };
  'load/close-provider-types.embedded': {
    params: Record<string, never>;
    row: never;
  };
  'load/count-subtype-closure.embedded': {
    params: Record<string, never>;
    row: { readonly types: number; readonly closed: number };
  };
  'load/delete-offstage-links.neo4j': {
    params: { limit: number };
    row: { readonly deleted: number };
  };
  'load/delete-offstage-nodes.neo4j': {
    params: { limit: number };
    row: { readonly deleted: number };
  };
  'load/drop-offstage-index.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'load/list-subtype-closure.embedded': {
    params: Record<string, never>;
    row: { readonly label: string; readonly fromKey: string; readonly toKey: string; readonly steps: number };
  };
  'milestone/answer-milestones.neo4j': {
    params: { from: string; to: string; insurer: string; audience: string };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly audience: NodeRow<'ProviderType'> | null;
      readonly milestones: NodeRow<'Milestone'>[];
    };
  };
  'milestone/find-milestones': {
    params: { from: string; to: string; insurer: string; audience: string };
    row: { readonly node: NodeRow<'Milestone'>; readonly undated: boolean };
  };
  'milestone/find-milestones.embedded': {
    params: { from: string; to: string; insurer: string; audience: string };
    row: { readonly node: NodeRow<'Milestone'>; readonly undated: boolean };
  };
  'model/added-by/criterion-amendment/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/added-by/criterion-amendment/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/added-by/criterion-amendment/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'ADDED_BY'> };
  };
  'model/added-by/criterion-amendment/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/added-by/criterion-amendment/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'ADDED_BY'> };
  };
  'model/added-by/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/affects/amendment-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-criterion/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-criterion/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-criterion/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-criterion/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-criterion/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-milestone/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-milestone/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-milestone/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-milestone/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-milestone/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-performance/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-performance/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-performance/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-performance/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-performance/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Performance'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-provider-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/amendment-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/amendment-provider-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-criterion/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-criterion/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-criterion/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-criterion/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-criterion/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-milestone/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-milestone/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-milestone/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-milestone/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-milestone/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-performance/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-performance/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-performance/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-performance/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-performance/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Performance'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-provider-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/policy-change-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/affects/policy-change-provider-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'AFFECTS'> };
  };
  'model/affects/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/agent-for/insurer-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/agent-for/insurer-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/agent-for/insurer-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'AGENT_FOR'> };
  };
  'model/agent-for/insurer-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/agent-for/insurer-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'AGENT_FOR'> };
  };
  'model/agent-for/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/alliance/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/alliance/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/alliance/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Alliance'> };
  };
  'model/alliance/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Alliance'> };
  };
  'model/alliance/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/alliance/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/alliance/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/alliance/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/alliance/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amendment/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amendment/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/amendment/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'> };
  };
  'model/amendment/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Amendment'> };
  };
  'model/amendment/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/amendment/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/amendment/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/amendment/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amendment/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amends/amendment-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amends/amendment-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amends/amendment-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'AMENDS'> };
  };
  'model/amends/amendment-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/amends/amendment-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'AMENDS'> };
  };
  'model/amends/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/applies-to/criterion-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/applies-to/criterion-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/applies-to/criterion-provider-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'APPLIES_TO'> };
  };
  'model/applies-to/criterion-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/applies-to/criterion-provider-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'APPLIES_TO'> };
  };
  'model/applies-to/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/care-type/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/care-type/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/care-type/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'> };
  };
  'model/care-type/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'CareType'> };
  };
  'model/care-type/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/care-type/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/care-type/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/care-type/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/care-type/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/compared-with/policy-change-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/compared-with/policy-change-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/compared-with/policy-change-policy/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'PolicyChange'>;
      readonly rel: RelationshipRow<'COMPARED_WITH'>;
    };
  };
  'model/compared-with/policy-change-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/compared-with/policy-change-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'COMPARED_WITH'> };
  };
  'model/compared-with/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/concerns/criterion-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/criterion-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/criterion-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/criterion-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/criterion-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/performance-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/performance-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/performance-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Performance'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/performance-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/performance-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/policy-change-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/policy-change-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/policy-change-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/policy-change-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/concerns/policy-change-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'CONCERNS'> };
  };
  'model/concerns/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/contact/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contact/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/contact/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Contact'> };
  };
  'model/contact/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Contact'> };
  };
  'model/contact/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/contact/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/contact/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/contact/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contact/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contracted-by/performance-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contracted-by/performance-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contracted-by/performance-provider-type/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Performance'>;
      readonly rel: RelationshipRow<'CONTRACTED_BY'>;
    };
  };
  'model/contracted-by/performance-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/contracted-by/performance-provider-type/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'ProviderType'>;
      readonly rel: RelationshipRow<'CONTRACTED_BY'>;
    };
  };
  'model/contracted-by/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/covers/policy-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/covers/policy-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/covers/policy-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'COVERS'> };
  };
  'model/covers/policy-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/covers/policy-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'COVERS'> };
  };
  'model/covers/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/criterion/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/criterion/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/criterion/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'> };
  };
  'model/criterion/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Criterion'> };
  };
  'model/criterion/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/criterion/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/criterion/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/criterion/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/criterion/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/documented-in/policy-source-document/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/documented-in/policy-source-document/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/documented-in/policy-source-document/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'DOCUMENTED_IN'> };
  };
  'model/documented-in/policy-source-document/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/documented-in/policy-source-document/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'SourceDocument'>;
      readonly rel: RelationshipRow<'DOCUMENTED_IN'>;
    };
  };
  'model/documented-in/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/emphasises/policy-theme/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/emphasises/policy-theme/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/emphasises/policy-theme/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'EMPHASISES'> };
  };
  'model/emphasises/policy-theme/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/emphasises/policy-theme/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Theme'>; readonly rel: RelationshipRow<'EMPHASISES'> };
  };
  'model/emphasises/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/for-provider-type/contact-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/contact-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/contact-provider-type/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Contact'>;
      readonly rel: RelationshipRow<'FOR_PROVIDER_TYPE'>;
    };
  };
  'model/for-provider-type/contact-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/contact-provider-type/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'ProviderType'>;
      readonly rel: RelationshipRow<'FOR_PROVIDER_TYPE'>;
    };
  };
  'model/for-provider-type/milestone-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/milestone-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/milestone-provider-type/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Milestone'>;
      readonly rel: RelationshipRow<'FOR_PROVIDER_TYPE'>;
    };
  };
  'model/for-provider-type/milestone-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/for-provider-type/milestone-provider-type/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'ProviderType'>;
      readonly rel: RelationshipRow<'FOR_PROVIDER_TYPE'>;
    };
  };
  'model/for-provider-type/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/framework/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/framework/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/framework/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'> };
  };
  'model/framework/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Framework'> };
  };
  'model/framework/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/framework/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/framework/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/framework/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/framework/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/graph-load/mark': {
    params: { key: string; fingerprint: string; loadedAt: string; nodeCount: number; relationshipCount: number };
    row: never;
  };
  'model/graph-load/read': {
    params: { key: string };
    row: {
      readonly fingerprint: string;
      readonly loadedAt: string;
      readonly nodeCount: number;
      readonly relationshipCount: number;
    };
  };
  'model/has-topic/criterion-topic/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/has-topic/criterion-topic/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/has-topic/criterion-topic/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'HAS_TOPIC'> };
  };
  'model/has-topic/criterion-topic/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/has-topic/criterion-topic/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Topic'>; readonly rel: RelationshipRow<'HAS_TOPIC'> };
  };
  'model/has-topic/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/in-document/passage-source-document/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-document/passage-source-document/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-document/passage-source-document/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Passage'>; readonly rel: RelationshipRow<'IN_DOCUMENT'> };
  };
  'model/in-document/passage-source-document/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-document/passage-source-document/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'SourceDocument'>;
      readonly rel: RelationshipRow<'IN_DOCUMENT'>;
    };
  };
  'model/in-document/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/in-policy/alliance-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/alliance-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/alliance-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Alliance'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/alliance-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/alliance-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/contact-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/contact-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/contact-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Contact'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/contact-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/contact-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/criterion-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/criterion-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/criterion-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/criterion-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/criterion-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/milestone-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/milestone-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/milestone-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/milestone-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/milestone-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/performance-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/performance-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/performance-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Performance'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/performance-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/performance-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/policy-change-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/policy-change-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/policy-change-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/policy-change-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/policy-change-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/region-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/region-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/region-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Region'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/region-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-policy/region-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'IN_POLICY'> };
  };
  'model/in-policy/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/in-region/alliance-region/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-region/alliance-region/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-region/alliance-region/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Alliance'>; readonly rel: RelationshipRow<'IN_REGION'> };
  };
  'model/in-region/alliance-region/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/in-region/alliance-region/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Region'>; readonly rel: RelationshipRow<'IN_REGION'> };
  };
  'model/in-region/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/insurer/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/insurer/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/insurer/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'> };
  };
  'model/insurer/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Insurer'> };
  };
  'model/insurer/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/insurer/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/insurer/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/insurer/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/insurer/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/invokes/policy-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/invokes/policy-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/invokes/policy-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'INVOKES'> };
  };
  'model/invokes/policy-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/invokes/policy-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'INVOKES'> };
  };
  'model/invokes/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/issued-by/policy-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'ISSUED_BY'> };
  };
  'model/issued-by/policy-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'ISSUED_BY'> };
  };
  'model/issued-by/policy-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'ISSUED_BY'> };
  };
  'model/issued-by/policy-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/issued-by/policy-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'ISSUED_BY'> };
  };
  'model/issued-by/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/label-of/insurer-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/label-of/insurer-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/label-of/insurer-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'LABEL_OF'> };
  };
  'model/label-of/insurer-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/label-of/insurer-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'LABEL_OF'> };
  };
  'model/label-of/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/mentions/source-document-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-provider-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-provider-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-theme/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-theme/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-theme/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/source-document-theme/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/mentions/source-document-theme/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Theme'>; readonly rel: RelationshipRow<'MENTIONS'> };
  };
  'model/mentions/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/milestone/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/milestone/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/milestone/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'> };
  };
  'model/milestone/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Milestone'> };
  };
  'model/milestone/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/milestone/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/milestone/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/milestone/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/milestone/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/on-behalf-of/policy-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/on-behalf-of/policy-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/on-behalf-of/policy-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'ON_BEHALF_OF'> };
  };
  'model/on-behalf-of/policy-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/on-behalf-of/policy-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'ON_BEHALF_OF'> };
  };
  'model/on-behalf-of/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/part-of/insurer-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/part-of/insurer-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/part-of/insurer-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'PART_OF'> };
  };
  'model/part-of/insurer-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/part-of/insurer-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'PART_OF'> };
  };
  'model/part-of/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/partner/alliance-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Alliance'>; readonly rel: RelationshipRow<'PARTNER'> };
  };
  'model/partner/alliance-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'PARTNER'> };
  };
  'model/partner/alliance-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Alliance'>; readonly rel: RelationshipRow<'PARTNER'> };
  };
  'model/partner/alliance-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/partner/alliance-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'PARTNER'> };
  };
  'model/partner/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/passage/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/passage/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Passage'> };
  };
  'model/passage/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Passage'> };
  };
  'model/passage/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/passage/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/passage/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/passage/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/passage/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/performance/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/performance/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/performance/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Performance'> };
  };
  'model/performance/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Performance'> };
  };
  'model/performance/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/performance/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/performance/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/performance/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/performance/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy-change/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy-change/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/policy-change/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'> };
  };
  'model/policy-change/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'PolicyChange'> };
  };
  'model/policy-change/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/policy-change/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/policy-change/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/policy-change/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy-change/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/policy/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'> };
  };
  'model/policy/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Policy'> };
  };
  'model/policy/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/policy/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/policy/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/policy/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/policy/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/criterion-criterion/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/criterion-criterion/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/criterion-criterion/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Criterion'>;
      readonly rel: RelationshipRow<'PREVIOUS_VERSION'>;
    };
  };
  'model/previous-version/criterion-criterion/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/criterion-criterion/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Criterion'>;
      readonly rel: RelationshipRow<'PREVIOUS_VERSION'>;
    };
  };
  'model/previous-version/performance-performance/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/performance-performance/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/performance-performance/sources': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Performance'>;
      readonly rel: RelationshipRow<'PREVIOUS_VERSION'>;
    };
  };
  'model/previous-version/performance-performance/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/performance-performance/targets': {
    params: { keys: readonly string[] };
    row: {
      readonly key: string;
      readonly node: NodeRow<'Performance'>;
      readonly rel: RelationshipRow<'PREVIOUS_VERSION'>;
    };
  };
  'model/previous-version/policy-policy/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/policy-policy/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/policy-policy/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'PREVIOUS_VERSION'> };
  };
  'model/previous-version/policy-policy/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/previous-version/policy-policy/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Policy'>; readonly rel: RelationshipRow<'PREVIOUS_VERSION'> };
  };
  'model/previous-version/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/provider-type/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/provider-type/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/provider-type/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'> };
  };
  'model/provider-type/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'ProviderType'> };
  };
  'model/provider-type/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/provider-type/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/provider-type/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/provider-type/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/provider-type/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/purchases-for/insurer-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/purchases-for/insurer-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/purchases-for/insurer-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'PURCHASES_FOR'> };
  };
  'model/purchases-for/insurer-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/purchases-for/insurer-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'PURCHASES_FOR'> };
  };
  'model/purchases-for/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/refers-to/amendment-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/amendment-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/amendment-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/amendment-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/amendment-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/amendment-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/amendment-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/criterion-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/criterion-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Milestone'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/milestone-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/milestone-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-framework/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-framework/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-framework/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-framework/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-framework/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Framework'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-insurer/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-insurer/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-insurer/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-insurer/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-insurer/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Insurer'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-stakeholder/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-stakeholder/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-stakeholder/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'PolicyChange'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/policy-change-stakeholder/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/refers-to/policy-change-stakeholder/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'>; readonly rel: RelationshipRow<'REFERS_TO'> };
  };
  'model/refers-to/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/region/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/region/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/region/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Region'> };
  };
  'model/region/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Region'> };
  };
  'model/region/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/region/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/region/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/region/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/region/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/source-document/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/source-document/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'SourceDocument'> };
  };
  'model/source-document/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'SourceDocument'> };
  };
  'model/source-document/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/source-document/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/source-document/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/source-document/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/source-document/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/stakeholder/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/stakeholder/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/stakeholder/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Stakeholder'> };
  };
  'model/stakeholder/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Stakeholder'> };
  };
  'model/stakeholder/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/stakeholder/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/stakeholder/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/stakeholder/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/stakeholder/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/care-type-care-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/care-type-care-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/care-type-care-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/care-type-care-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/care-type-care-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/care-type-care-type/targets.embedded': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'CareType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/provider-type-provider-type/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/provider-type-provider-type/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/provider-type-provider-type/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/provider-type-provider-type/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/subtype-of/provider-type-provider-type/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/provider-type-provider-type/targets.embedded': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'ProviderType'>; readonly rel: RelationshipRow<'SUBTYPE_OF'> };
  };
  'model/subtype-of/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'model/theme/cite': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/theme/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/theme/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Theme'> };
  };
  'model/theme/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Theme'> };
  };
  'model/theme/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/theme/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/theme/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/theme/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/theme/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/topic/count': {
    params: Record<string, never>;
    row: { readonly total: number };
  };
  'model/topic/get-by-keys': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Topic'> };
  };
  'model/topic/list': {
    params: { skip: number; limit: number };
    row: { readonly node: NodeRow<'Topic'> };
  };
  'model/topic/promote.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/topic/prune': {
    params: { keys: readonly string[] };
    row: never;
  };
  'model/topic/retire.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'model/topic/stage.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/topic/upsert': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/withdrawn-by/criterion-amendment/link': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/withdrawn-by/criterion-amendment/link-cited': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/withdrawn-by/criterion-amendment/sources': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Criterion'>; readonly rel: RelationshipRow<'WITHDRAWN_BY'> };
  };
  'model/withdrawn-by/criterion-amendment/stage-link.neo4j': {
    params: { rows: WriteRows };
    row: never;
  };
  'model/withdrawn-by/criterion-amendment/targets': {
    params: { keys: readonly string[] };
    row: { readonly key: string; readonly node: NodeRow<'Amendment'>; readonly rel: RelationshipRow<'WITHDRAWN_BY'> };
  };
  'model/withdrawn-by/unlink-all': {
    params: Record<string, never>;
    row: never;
  };
  'policy/answer-coverage.neo4j': {
    params: { insurer: string; careType: string; year: number; forces: readonly string[]; parties: readonly string[] };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly careType: NodeRow<'CareType'> | null;
      readonly policies: { node: NodeRow<'Policy'>; insurers: string[]; careTypes: { key: string; asked: boolean }[]; documents: string[]; topics: { key: string; statements: number; binding: number }[] }[];
      readonly reached: AnyNodeRow[];
    };
  };
  'policy/answer-policies.neo4j': {
    params: { insurer: string; careType: string; year: number; withCriteria: boolean };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly careType: NodeRow<'CareType'> | null;
      readonly policies: { node: NodeRow<'Policy'>; issuedBy: { node: AnyNodeRow; rel: RelationshipRow<'ISSUED_BY'> }[]; criteria: { node: NodeRow<'Criterion'>; rel: RelationshipRow<'IN_POLICY'>; topic: { node: NodeRow<'Topic'>; rel: RelationshipRow<'HAS_TOPIC'> }[]; withdrawnBy: { node: NodeRow<'Amendment'>; rel: RelationshipRow<'WITHDRAWN_BY'> }[]; appliesTo: { node: NodeRow<'ProviderType'>; rel: RelationshipRow<'APPLIES_TO'> }[] }[] }[];
      readonly providerTypes: { node: NodeRow<'ProviderType'>; broader: { node: NodeRow<'ProviderType'>; rel: RelationshipRow<'SUBTYPE_OF'> }[] }[];
      readonly topics: NodeRow<'Topic'>[];
    };
  };
  'policy/answer-policy-diff.neo4j': {
    params: { policies: readonly string[] };
    row: {
      readonly reached: AnyNodeRow[];
      readonly sides: { key: string; policy: NodeRow<'Policy'> | null; criteria: { node: NodeRow<'Criterion'>; rel: RelationshipRow<'IN_POLICY'>; chain: { key: string; previous: { key: string; rel: RelationshipRow<'PREVIOUS_VERSION'> }[] }[]; withdrawnBy: { key: string; rel: RelationshipRow<'WITHDRAWN_BY'> }[]; addedBy: { key: string; rel: RelationshipRow<'ADDED_BY'> }[]; appliesTo: { key: string; rel: RelationshipRow<'APPLIES_TO'> }[] }[]; performances: { node: NodeRow<'Performance'>; rel: RelationshipRow<'IN_POLICY'>; chain: { key: string; previous: { key: string; rel: RelationshipRow<'PREVIOUS_VERSION'> }[] }[] }[]; changes: { node: NodeRow<'PolicyChange'>; rel: RelationshipRow<'IN_POLICY'>; comparedWith: { key: string; rel: RelationshipRow<'COMPARED_WITH'> }[]; affects: { label: string; key: string; rel: RelationshipRow<'AFFECTS'> }[] }[]; amendments: { key: string; rel: RelationshipRow<'AMENDS'> }[] }[];
    };
  };
  'policy/answer-policy-history.neo4j': {
    params: { insurer: string; careType: string };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly careType: NodeRow<'CareType'> | null;
      readonly policies: { node: NodeRow<'Policy'>; amendments: { node: NodeRow<'Amendment'>; withdraws: { node: NodeRow<'Criterion'>; rel: RelationshipRow<'WITHDRAWN_BY'> }[] }[]; changes: NodeRow<'PolicyChange'>[]; milestones: NodeRow<'Milestone'>[] }[];
    };
  };
  'policy/find-coverage': {
    params: { insurer: string; careType: string; year: number; forces: readonly string[]; parties: readonly string[] };
    row: {
      readonly insurer: NodeRow<'Insurer'>;
      readonly careType: NodeRow<'CareType'>;
      readonly policy: NodeRow<'Policy'>;
      readonly document: NodeRow<'SourceDocument'> | null;
      readonly topic: NodeRow<'Topic'> | null;
      readonly statements: number;
      readonly binding: number;
      readonly asked: boolean;
    };
  };
  'policy/find-policies': {
    params: { insurer: string; careType: string; year: number };
    row: { readonly node: NodeRow<'Policy'> };
  };
  'policy/find-policies.embedded': {
    params: { insurer: string; careType: string; year: number };
    row: { readonly node: NodeRow<'Policy'> };
  };
  'policy/find-policy-amendments': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'AMENDMENT';
      readonly key: string;
      readonly date: NodeRow<'Amendment'>['date'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-amendments.embedded': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'AMENDMENT';
      readonly key: string;
      readonly date: NodeRow<'Amendment'>['date'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-documented-changes': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'DOCUMENTED_CHANGE';
      readonly key: string;
      readonly date: NodeRow<'Policy'>['publishedOn'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-documented-changes.embedded': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'DOCUMENTED_CHANGE';
      readonly key: string;
      readonly date: NodeRow<'Policy'>['publishedOn'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-milestones': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'MILESTONE';
      readonly key: string;
      readonly date: NodeRow<'Milestone'>['date'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-milestones.embedded': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'MILESTONE';
      readonly key: string;
      readonly date: NodeRow<'Milestone'>['date'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-versions': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'VERSION';
      readonly key: string;
      readonly date: NodeRow<'Policy'>['publishedOn'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'policy/find-policy-versions.embedded': {
    params: { insurer: string; careType: string };
    row: {
      readonly kind: 'VERSION';
      readonly key: string;
      readonly date: NodeRow<'Policy'>['publishedOn'];
      readonly policy: string;
      readonly years: NodeRow<'Policy'>['years'];
    };
  };
  'region/answer-regions.neo4j': {
    params: { withAlliances: boolean };
    row: {
      readonly regions: { node: NodeRow<'Region'>; alliances: { node: NodeRow<'Alliance'>; rel: RelationshipRow<'IN_REGION'>; partners: { node: AnyNodeRow; rel: RelationshipRow<'PARTNER'> }[]; policy: { node: NodeRow<'Policy'>; rel: RelationshipRow<'IN_POLICY'> }[] }[] }[];
    };
  };
  'region/find-regions': {
    params: { withAlliances: boolean };
    row: { readonly node: NodeRow<'Region'> };
  };
  'requirement/answer-compare-requirements.neo4j': {
    params: {
      providerType: string;
      insurers: readonly string[];
      year: number;
      forces: readonly string[];
      parties: readonly string[];
      includeNarrower: boolean;
    };
    row: {
      readonly asked: NodeRow<'ProviderType'> | null;
      readonly insurers: { key: string; node: NodeRow<'Insurer'> | null }[];
      readonly topics: NodeRow<'Topic'>[];
      readonly rowInsurers: NodeRow<'Insurer'>[];
      readonly criteria: NodeRow<'Criterion'>[];
      readonly rows: { topic: string; insurer: string; criterion: string }[];
      readonly scope: { insurer: string; policy: string; topic: string; statements: number }[];
    };
  };
  'requirement/answer-requirements.neo4j': {
    params: {
      providerType: string;
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
      includeNarrower: boolean;
    };
    row: {
      readonly asked: NodeRow<'ProviderType'> | null;
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly careType: NodeRow<'CareType'> | null;
      readonly topic: NodeRow<'Topic'> | null;
      readonly policies: { node: NodeRow<'Policy'>; issuedBy: { node: NodeRow<'Insurer'>; rel: RelationshipRow<'ISSUED_BY'> }[] }[];
      readonly providerTypes: NodeRow<'ProviderType'>[];
      readonly topics: NodeRow<'Topic'>[];
      readonly items: { criterion: NodeRow<'Criterion'>; policy: string; appliesVia: string; relation: string; topic: { key: string; rel: RelationshipRow<'HAS_TOPIC'> }[]; withdrawnBy: { node: NodeRow<'Amendment'>; rel: RelationshipRow<'WITHDRAWN_BY'> }[] }[];
    };
  };
  'requirement/answer-statements.neo4j': {
    params: {
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
    };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly careType: NodeRow<'CareType'> | null;
      readonly topic: NodeRow<'Topic'> | null;
      readonly policies: { node: NodeRow<'Policy'>; issuedBy: { node: NodeRow<'Insurer'>; rel: RelationshipRow<'ISSUED_BY'> }[] }[];
      readonly providerTypes: NodeRow<'ProviderType'>[];
      readonly topics: NodeRow<'Topic'>[];
      readonly items: { criterion: NodeRow<'Criterion'>; policy: string; topic: { key: string; rel: RelationshipRow<'HAS_TOPIC'> }[]; appliesTo: { key: string; rel: RelationshipRow<'APPLIES_TO'> }[]; withdrawnBy: { node: NodeRow<'Amendment'>; rel: RelationshipRow<'WITHDRAWN_BY'> }[] }[];
    };
  };
  'requirement/compare-requirements': {
    params: {
      providerType: string;
      insurers: readonly string[];
      year: number;
      forces: readonly string[];
      parties: readonly string[];
      includeNarrower: boolean;
    };
    row: { readonly topic: string; readonly insurer: string; readonly criterion: string };
  };
  'requirement/explain-requirements': {
    params: {
      providerType: string;
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
      includeNarrower: boolean;
    };
    row: { readonly policy: string; readonly reaching: number; readonly onTopic: number; readonly matching: number };
  };
  'requirement/find-comparison-scope': {
    params: { providerType: string; insurers: readonly string[]; year: number; includeNarrower: boolean };
    row: { readonly insurer: string; readonly policy: string; readonly topic: string; readonly statements: number };
  };
  'requirement/find-comparison-scope.embedded': {
    params: { providerType: string; insurers: readonly string[]; year: number; includeNarrower: boolean };
    row: { readonly insurer: string; readonly policy: string; readonly topic: string; readonly statements: number };
  };
  'requirement/find-requirements': {
    params: {
      providerType: string;
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
      includeNarrower: boolean;
    };
    row: {
      readonly criterion: string;
      readonly policy: string;
      readonly line: NodeRow<'Criterion'>['lineStart'];
      readonly appliesVia: string;
      readonly relation: string;
      readonly force: NodeRow<'Criterion'>['force'];
    };
  };
  'requirement/find-requirements.embedded': {
    params: {
      providerType: string;
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
      includeNarrower: boolean;
    };
    row: {
      readonly criterion: string;
      readonly policy: string;
      readonly line: NodeRow<'Criterion'>['lineStart'];
      readonly appliesVia: string;
      readonly relation: string;
      readonly force: NodeRow<'Criterion'>['force'];
    };
  };
  'requirement/find-statements': {
    params: {
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
    };
    row: { readonly criterion: string; readonly policy: string; readonly line: NodeRow<'Criterion'>['lineStart'] };
  };
  'requirement/find-statements.embedded': {
    params: {
      insurer: string;
      careType: string;
      topic: string;
      year: number;
      knownAt: string;
      kinds: readonly string[];
      parties: readonly string[];
      forces: readonly string[];
      includeGuidelines: boolean;
    };
    row: { readonly criterion: string; readonly policy: string; readonly line: NodeRow<'Criterion'>['lineStart'] };
  };
  'schema/create-schema.embedded': {
    params: Record<string, never>;
    row: never;
  };
  'schema/create-schema.neo4j': {
    params: Record<string, never>;
    row: never;
  };
  'search/list-policy-insurers': {
    params: Record<string, never>;
    row: { readonly policy: string; readonly insurer: string };
  };
  'search/list-searchable-alliance': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Alliance'>; readonly policy: string };
  };
  'search/list-searchable-amendment': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Amendment'>; readonly policy: string };
  };
  'search/list-searchable-care-type': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'CareType'>; readonly policy: string };
  };
  'search/list-searchable-criterion': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Criterion'>; readonly policy: string };
  };
  'search/list-searchable-framework': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Framework'>; readonly policy: string };
  };
  'search/list-searchable-insurer': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Insurer'>; readonly policy: string };
  };
  'search/list-searchable-milestone': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Milestone'>; readonly policy: string };
  };
  'search/list-searchable-passage': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Passage'>; readonly policy: string };
  };
  'search/list-searchable-performance': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Performance'>; readonly policy: string };
  };
  'search/list-searchable-policy': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Policy'>; readonly policy: string };
  };
  'search/list-searchable-policy-change': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'PolicyChange'>; readonly policy: string };
  };
  'search/list-searchable-provider-type': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'ProviderType'>; readonly policy: string };
  };
  'search/list-searchable-region': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Region'>; readonly policy: string };
  };
  'search/list-searchable-stakeholder': {
    params: Record<string, never>;
    row: { readonly node: NodeRow<'Stakeholder'>; readonly policy: string };
  };
  'search/search-nodes.neo4j': {
    params: { index: string; query: string; labels: readonly string[]; insurer: string };
    row: {
      readonly insurer: NodeRow<'Insurer'> | null;
      readonly hits: { node: AnyNodeRow; score: number; policy: string; owner: NodeRow<'Policy'> | null }[];
    };
  };
}

export type StatementName = keyof Statements;

/** Where a node label's generated statements are: `model/policy/list` is Policy's list. */
export interface NodeStatementDirs {
  SourceDocument: 'model/source-document';
  Insurer: 'model/insurer';
  Stakeholder: 'model/stakeholder';
  Framework: 'model/framework';
  Theme: 'model/theme';
  Topic: 'model/topic';
  CareType: 'model/care-type';
  ProviderType: 'model/provider-type';
  Policy: 'model/policy';
  Amendment: 'model/amendment';
  Criterion: 'model/criterion';
  Performance: 'model/performance';
  PolicyChange: 'model/policy-change';
  Milestone: 'model/milestone';
  Contact: 'model/contact';
  Passage: 'model/passage';
  Region: 'model/region';
  Alliance: 'model/alliance';
}

/** Where a relationship's generated statements are, by type, start label and end label. */
export interface LinkStatementDirs {
  LABEL_OF: {
    Insurer: { Insurer: 'model/label-of/insurer-insurer' };
  };
  PART_OF: {
    Insurer: { Insurer: 'model/part-of/insurer-insurer' };
  };
  PURCHASES_FOR: {
    Insurer: { Insurer: 'model/purchases-for/insurer-insurer' };
  };
  AGENT_FOR: {
    Insurer: { Insurer: 'model/agent-for/insurer-insurer' };
  };
  ISSUED_BY: {
    Policy: { Insurer: 'model/issued-by/policy-insurer'; Stakeholder: 'model/issued-by/policy-stakeholder' };
  };
  ON_BEHALF_OF: {
    Policy: { Insurer: 'model/on-behalf-of/policy-insurer' };
  };
  COVERS: {
    Policy: { CareType: 'model/covers/policy-care-type' };
  };
  DOCUMENTED_IN: {
    Policy: { SourceDocument: 'model/documented-in/policy-source-document' };
  };
  PREVIOUS_VERSION: {
    Policy: { Policy: 'model/previous-version/policy-policy' };
    Criterion: { Criterion: 'model/previous-version/criterion-criterion' };
    Performance: { Performance: 'model/previous-version/performance-performance' };
  };
  EMPHASISES: {
    Policy: { Theme: 'model/emphasises/policy-theme' };
  };
  INVOKES: {
    Policy: { Framework: 'model/invokes/policy-framework' };
  };
  AMENDS: {
    Amendment: { Policy: 'model/amends/amendment-policy' };
  };
  IN_POLICY: {
    Criterion: { Policy: 'model/in-policy/criterion-policy' };
    Performance: { Policy: 'model/in-policy/performance-policy' };
    PolicyChange: { Policy: 'model/in-policy/policy-change-policy' };
    Milestone: { Policy: 'model/in-policy/milestone-policy' };
    Contact: { Policy: 'model/in-policy/contact-policy' };
    Alliance: { Policy: 'model/in-policy/alliance-policy' };
    Region: { Policy: 'model/in-policy/region-policy' };
  };
  HAS_TOPIC: {
    Criterion: { Topic: 'model/has-topic/criterion-topic' };
  };
  APPLIES_TO: {
    Criterion: { ProviderType: 'model/applies-to/criterion-provider-type' };
  };
  CONCERNS: {
    Criterion: { CareType: 'model/concerns/criterion-care-type' };
    Performance: { CareType: 'model/concerns/performance-care-type' };
    PolicyChange: { CareType: 'model/concerns/policy-change-care-type' };
  };
  REFERS_TO: {
    Criterion: {
      Stakeholder: 'model/refers-to/criterion-stakeholder';
      Framework: 'model/refers-to/criterion-framework';
      Insurer: 'model/refers-to/criterion-insurer';
    };
    PolicyChange: {
      Stakeholder: 'model/refers-to/policy-change-stakeholder';
      Framework: 'model/refers-to/policy-change-framework';
      Insurer: 'model/refers-to/policy-change-insurer';
    };
    Milestone: {
      Stakeholder: 'model/refers-to/milestone-stakeholder';
      Framework: 'model/refers-to/milestone-framework';
      Insurer: 'model/refers-to/milestone-insurer';
    };
    Amendment: {
      Stakeholder: 'model/refers-to/amendment-stakeholder';
      Framework: 'model/refers-to/amendment-framework';
      Insurer: 'model/refers-to/amendment-insurer';
    };
  };
  WITHDRAWN_BY: {
    Criterion: { Amendment: 'model/withdrawn-by/criterion-amendment' };
  };
  ADDED_BY: {
    Criterion: { Amendment: 'model/added-by/criterion-amendment' };
  };
  CONTRACTED_BY: {
    Performance: { ProviderType: 'model/contracted-by/performance-provider-type' };
  };
  COMPARED_WITH: {
    PolicyChange: { Policy: 'model/compared-with/policy-change-policy' };
  };
  AFFECTS: {
    PolicyChange: {
      Criterion: 'model/affects/policy-change-criterion';
      Performance: 'model/affects/policy-change-performance';
      CareType: 'model/affects/policy-change-care-type';
      ProviderType: 'model/affects/policy-change-provider-type';
      Milestone: 'model/affects/policy-change-milestone';
    };
    Amendment: {
      Criterion: 'model/affects/amendment-criterion';
      Performance: 'model/affects/amendment-performance';
      CareType: 'model/affects/amendment-care-type';
      ProviderType: 'model/affects/amendment-provider-type';
      Milestone: 'model/affects/amendment-milestone';
    };
  };
  FOR_PROVIDER_TYPE: {
    Milestone: { ProviderType: 'model/for-provider-type/milestone-provider-type' };
    Contact: { ProviderType: 'model/for-provider-type/contact-provider-type' };
  };
  SUBTYPE_OF: {
    ProviderType: { ProviderType: 'model/subtype-of/provider-type-provider-type' };
    CareType: { CareType: 'model/subtype-of/care-type-care-type' };
  };
  IN_REGION: {
    Alliance: { Region: 'model/in-region/alliance-region' };
  };
  PARTNER: {
    Alliance: { Insurer: 'model/partner/alliance-insurer'; Stakeholder: 'model/partner/alliance-stakeholder' };
  };
  IN_DOCUMENT: {
    Passage: { SourceDocument: 'model/in-document/passage-source-document' };
  };
  MENTIONS: {
    SourceDocument: {
      Insurer: 'model/mentions/source-document-insurer';
      Stakeholder: 'model/mentions/source-document-stakeholder';
      Framework: 'model/mentions/source-document-framework';
      Theme: 'model/mentions/source-document-theme';
      CareType: 'model/mentions/source-document-care-type';
      ProviderType: 'model/mentions/source-document-provider-type';
    };
  };
}
