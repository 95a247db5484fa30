import type { Row } from '../engine/graph-engine';
import { SEARCH_KINDS, type SearchKind } from '../search/searchable';
import type { SearchHit } from '../search/search-service';
import { builder } from './builder';
import { parseArg, requireKeys } from './arguments';
import { Criterion } from './criterion';
import { arrayConnection, Citation, totalCountField } from './graph-node';
import { checkPage } from './pagination';
import { Milestone } from './milestone';
import { Performance } from './performance';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { z } from 'zod';

const SearchKindRef = builder.enumType('SearchKind', {
  description: 'What kind of node a search covers.',
  values: {
    CRITERION: { description: 'Requirements.' },
    PERFORMANCE: { description: 'Prestaties.' },
    DOCUMENTED_CHANGE: { description: 'Changes the insurers document.' },
    MILESTONE: { description: 'Steps in the purchasing calendar.' },
    POLICY: { description: 'Policies, by title.' },
  } satisfies Record<SearchKind, { description: string }>,
});

const SearchItem = builder.unionType('SearchItem', {
  description: 'The node a search hit is about.',
  types: () => [Criterion, Performance, PolicyChange, Milestone, Policy],
  resolveType: (row: Row) => String(row.__label),
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result.',
  fields: (t) => ({
    kind: t.field({ type: SearchKindRef, description: 'What kind of node it is.', resolve: (h) => h.kind }),
    key: t.string({ description: 'Key of the node.', resolve: (h) => String(h.node.key) }),
    score: t.float({ description: 'How well it matches: higher is better (comparable within one search only).', resolve: (h) => h.score }),
    snippet: t.string({ description: 'A passage of the best-matching text, HTML-escaped, with the matched words in <mark>…</mark>.', resolve: (h) => h.snippet }),
    node: t.field({ type: SearchItem, description: 'The node itself.', resolve: (h) => h.node }),
    policy: t.field({ type: Policy, description: 'The policy it belongs to.', resolve: async (h, _a, ctx) => (await ctx.loaders.nodes('Policy').load(h.policy))! }),
    source: t.field({ type: Citation, description: 'Where the source states it.', resolve: (h) => h.node }),
  }),
});

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description:
        'Ranked full-text search over requirements, prestaties, documented changes, milestones and policies. Case and diacritics do not matter; every word must match, the last also as the start of a word.',
      args: {
        query: t.arg.string({ required: true, description: 'The words to look for, e.g. "coordinatiefunctie".' }),
        kinds: t.arg({ type: [SearchKindRef], description: 'Only these kinds (default: all).' }),
        insurer: t.arg.string({ description: 'Only nodes of policies issued by, or purchasing for, this insurer (key).' }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const query = parseArg(z.string().trim().min(2, 'must hold at least two characters').max(200, 'must be at most 200 characters'), 'query', args.query);
        await requireKeys(ctx, [['insurer', 'Insurer', args.insurer]]);
        const hits = await ctx.search.search(ctx.db, query, { kinds: (args.kinds as SearchKind[] | null) ?? SEARCH_KINDS, insurer: args.insurer ?? undefined });
        return arrayConnection(args, hits);
      },
    },
    { name: 'SearchConnection', description: 'A page of search hits, best first.', fields: totalCountField },
  ),
);
