import { graphModel, nodeLabels } from '../../src/model/graph-model';
import type { TestApi } from './server';

/** How many nodes of each kind the API reports, and how many criteria all policies state together. */
export async function graphCounts(api: TestApi): Promise<Record<string, number>> {
  const plurals = nodeLabels.map((l) => graphModel.nodes[l].plural);
  const body = await api.query<Record<string, { totalCount: number; edges?: Array<{ node: { criteria: { totalCount: number } } }> }>>(
    `{ ${plurals.map((p) => `${p} { totalCount }`).join(' ')} allPolicies: policies(first: 100) { totalCount edges { node { criteria { totalCount } } } } }`,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const counts: Record<string, number> = {};
  for (const p of plurals) counts[p] = body.data![p]!.totalCount;
  counts.criteriaLinkedToPolicies = body.data!.allPolicies!.edges!.reduce((n, e) => n + e.node.criteria.totalCount, 0);
  return counts;
}
