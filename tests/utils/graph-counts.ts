import { graphModel, nodeLabels } from '../../src/model/graph-model';
import type { TestApi } from './server';

/** Root lists that are plain lists with filters of their own, rather than connections. */
const PLAIN_LISTS = ['regions', 'milestones'];

/** How many nodes of each kind the API reports, and how many criteria all policies state together. */
export async function graphCounts(api: TestApi): Promise<Record<string, number>> {
  const plurals = nodeLabels.map((l) => graphModel.nodes[l].plural);
  const fields = plurals.map((p) => (PLAIN_LISTS.includes(p) ? `${p} { key }` : `${p} { totalCount }`));
  const body = await api.query<Record<string, unknown>>(
    `{ ${fields.join(' ')} allPolicies: policies(first: 100) { edges { node { criteria { totalCount } } } } }`,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const data = body.data!;
  const counts: Record<string, number> = {};
  for (const p of plurals)
    counts[p] = PLAIN_LISTS.includes(p)
      ? (data[p] as unknown[]).length
      : (data[p] as { totalCount: number }).totalCount;
  const policies = data.allPolicies as { edges: Array<{ node: { criteria: { totalCount: number } } }> };
  counts.criteriaLinkedToPolicies = policies.edges.reduce((n, e) => n + e.node.criteria.totalCount, 0);
  return counts;
}
