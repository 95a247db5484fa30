import type { NodeRow } from '../model/rows';
import { allOrNow } from './maybe-promise';
import { requireKeys } from './arguments';
import type { Context } from './context';
import { followNode, followNodes } from './links';

/** How many levels up the provider-type hierarchy a filter looks (the hierarchy is three or four deep). */
const MAX_DEPTH = 10;

export interface CriteriaFilter {
  kind?: string | null;
  topic?: string | null;
  providerType?: string | null;
  current?: boolean | null;
}

/** The provider type and every broader type above it, one batch per level. */
async function withBroaderTypes(ctx: Context, key: string): Promise<Set<string>> {
  const all = new Set([key]);
  let level = [key];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const broader = (
      await allOrNow(level.map((k) => followNodes(ctx, 'SUBTYPE_OF', 'out', 'ProviderType', ['ProviderType'], k)))
    ).flat();
    level = broader.map((b) => b.key).filter((k) => !all.has(k));
    level.forEach((k) => all.add(k));
  }
  return all;
}

type CriterionRow = NodeRow<'Criterion'>;

/** Filters a list of criteria through the request's loaders: one batch per relationship asked about. */
export async function filterCriteria(
  ctx: Context,
  criteria: CriterionRow[],
  filter: CriteriaFilter,
): Promise<CriterionRow[]> {
  await requireKeys(ctx, [
    ['topic', 'Topic', filter.topic],
    ['providerType', 'ProviderType', filter.providerType],
  ]);
  let out = filter.kind ? criteria.filter((c) => c.kind === filter.kind) : criteria;
  if (filter.topic) {
    const topics = await allOrNow(out.map((c) => followNode(ctx, 'HAS_TOPIC', 'out', 'Criterion', ['Topic'], c.key)));
    out = out.filter((_, i) => topics[i]?.key === filter.topic);
  }
  if (filter.current) {
    const withdrawn = await allOrNow(
      out.map((c) => followNode(ctx, 'WITHDRAWN_BY', 'out', 'Criterion', ['Amendment'], c.key)),
    );
    out = out.filter((_, i) => !withdrawn[i]);
  }
  if (filter.providerType) {
    const reach = await withBroaderTypes(ctx, filter.providerType);
    const named = await allOrNow(
      out.map((c) => followNodes(ctx, 'APPLIES_TO', 'out', 'Criterion', ['ProviderType'], c.key)),
    );
    out = out.filter((_, i) => named[i]?.some((p) => reach.has(p.key)));
  }
  return out;
}
