import { CURATED_SEARCH_KINDS, type SearchKind } from '../search/searchable';
import { SEARCH_BOUNDS, SearchTooBroadError } from '../search/search-query';
import { badUserInput } from './errors';
import type { SearchHit } from '../search/search-service';
import { builder } from './builder';
import { weighs } from './cost';
import { givenKeys, parseArg, requireKeys, type NamedKeys } from './arguments';
import { Criterion } from './criterion';
import { Citation, citationOf } from './citation';
import { arrayConnection, totalCountField } from './graph-node';
import { followNode } from './links';
import { nodeUnion } from './unions';
import { Alliance } from './alliance';
import { Amendment } from './amendment';
import { CareType } from './care-type';
import { Framework } from './framework';
import { Insurer } from './insurer';
import { ProviderType } from './provider-type';
import { Region } from './region';
import { Stakeholder } from './stakeholder';
import { checkPage } from './pagination';
import { Milestone } from './milestone';
import { Performance } from './performance';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { Passage, citationOfPassage } from './passage';
import { z } from 'zod';

const SearchKindRef = builder.enumType('SearchKind', {
  description: 'What kind of node a search covers.',
  values: {
    CRITERION: { description: 'Requirements.' },
    PERFORMANCE: { description: 'Prestaties.' },
    DOCUMENTED_CHANGE: { description: 'Changes the insurers document.' },
    MILESTONE: { description: 'Steps in the purchasing calendar.' },
    POLICY: { description: 'Policies, by title.' },
    AMENDMENT: { description: 'Dated amendments to a policy.' },
    FRAMEWORK: { description: 'Laws, accords, standards, programmes and codes, by name.' },
    INSURER: { description: 'Insurers, labels and purchasing organisations, by name.' },
    STAKEHOLDER: { description: 'Branch organisations, regulators and other parties, by name.' },
    CARE_TYPE: { description: 'Care types, by Dutch or English name or abbreviation.' },
    PROVIDER_TYPE: { description: 'Provider types, by Dutch or English name or abbreviation.' },
    REGION: { description: 'Regions.' },
    ALLIANCE: { description: 'Alliances of parties in a region.' },
    SOURCE_TEXT: {
      description:
        'Paragraphs of the source documents that hold no curated statement (vision, context, explanation): the source’s text, not a statement the curators classified. Searched when asked for, or when nothing curated matches.',
    },
  } satisfies Record<SearchKind, { description: string }>,
});

const SearchItem = nodeUnion(
  'SearchItem',
  'The node a search hit is about.',
  [
    'Criterion',
    'Performance',
    'PolicyChange',
    'Milestone',
    'Policy',
    'Amendment',
    'Framework',
    'Insurer',
    'Stakeholder',
    'CareType',
    'ProviderType',
    'Region',
    'Alliance',
    'Passage',
  ],
  () => [
    Criterion,
    Performance,
    PolicyChange,
    Milestone,
    Policy,
    Amendment,
    Framework,
    Insurer,
    Stakeholder,
    CareType,
    ProviderType,
    Region,
    Alliance,
    Passage,
  ],
);

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One search result.',
  fields: (t) => ({
    kind: t.field({
      type: SearchKindRef,
      description:
        'What kind of node it is; SOURCE_TEXT for a paragraph of a source that holds no curated statement (text, not a classified statement).',
      resolve: (h) => h.kind,
    }),
    key: t.string({ description: 'Key of the node.', resolve: (h) => h.node.key }),
    score: t.float({
      description: 'How well it matches: higher is better (comparable within one search only).',
      resolve: (h) => h.score,
    }),
    snippet: t.string({
      description: 'A passage of the best-matching text, HTML-escaped, with the matched words in <mark>…</mark>.',
      resolve: (h) => h.snippet(),
    }),
    node: t.field({ type: SearchItem, description: 'The node itself.', resolve: (h) => h.node }),
    policy: t.field({
      type: Policy,
      nullable: true,
      description:
        'The policy it belongs to; null for a named thing of no one policy (an organisation, a framework, a care type).',
      resolve: (h, _a, ctx) => h.owner ?? (h.policy ? ctx.loaders.node('Policy', h.policy) : null),
    }),
    withdrawn: t.boolean({
      description:
        'True for a requirement an amendment has withdrawn (struck through in the source): no longer current.',
      resolve: async (h, _a, ctx) =>
        h.kind === 'CRITERION' &&
        (await followNode(ctx, 'WITHDRAWN_BY', 'out', 'Criterion', ['Amendment'], h.node.key)) !== null,
    }),
    reviewed: t.boolean({
      description:
        'The node’s own `reviewed`: false for what a draft served with `--drafts` proposes and no curator has reviewed yet.',
      resolve: (h) => h.node.reviewed,
    }),
    source: t.field({
      type: Citation,
      nullable: true,
      description:
        'Where the source states it (for SOURCE_TEXT: the paragraph itself); null for a named thing, which is cited where each document names it (mentionedIn).',
      resolve: (h, _a, ctx) =>
        h.node.__label === 'Passage'
          ? citationOfPassage(ctx, h.node)
          : 'sourceDocument' in h.node
            ? citationOf(h.node)
            : null,
    }),
  }),
});

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      // Scores the whole index before it pages.
      extensions: weighs(300),
      description:
        'Ranked full-text search for Dutch text over requirements, prestaties, documented changes, milestones, policies, amendments and every named thing (organisations, frameworks, care and provider types, regions, alliances); and over the paragraphs of the sources that hold no curated statement (kind SOURCE_TEXT), when asked for or when nothing curated matches, always after the curated hits. Case and diacritics do not matter; words match in every Dutch form (stemmed: "praktijken" finds "praktijk"), long words despite a typing error or two, names also by their synonyms and abbreviations in the vocabulary; every word must match, the last also as the start of a word.',
      args: {
        query: t.arg.string({
          required: true,
          description: `The words to look for, e.g. "coordinatiefunctie": 2 to 200 characters, at most ${SEARCH_BOUNDS.words} different words (stop words and repeats not counted) of which, with the names the vocabulary gives them, at most ${SEARCH_BOUNDS.fuzzyTerms} words of 5 letters or more (they forgive typing errors).`,
        }),
        kinds: t.arg({
          type: [SearchKindRef],
          description:
            'Only these kinds. Default: every kind but SOURCE_TEXT, and SOURCE_TEXT alone when none of them matches.',
        }),
        insurer: t.arg.string({
          description: 'Only nodes of policies issued by, or purchasing for, this insurer (key).',
        }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const query = parseArg(
          z.string().trim().min(2, 'must hold at least two characters').max(200, 'must be at most 200 characters'),
          'query',
          args.query,
        );
        const keys: NamedKeys = [['insurer', 'Insurer', args.insurer]];
        // Where the engine looks the insurer up with the search (one statement), the key is checked after it.
        if (!ctx.nestedReads) await requireKeys(ctx, keys);
        else givenKeys(keys);
        const searchFor = (kinds: SearchKind[]) =>
          ctx.search
            .search(ctx.db, query, {
              kinds,
              insurer: args.insurer ?? undefined,
              sawInsurer: (node) => {
                if (args.insurer) ctx.loaders.prime('Insurer', args.insurer, node);
              },
            })
            .catch((error: unknown) => {
              // More words than a search may take (SEARCH_BOUNDS): the client's request, said as such.
              if (error instanceof SearchTooBroadError) throw badUserInput('query', query, error.message);
              throw error;
            });
        let hits = await searchFor(args.kinds ?? CURATED_SEARCH_KINDS);
        // Nothing curated says it: the sources' own paragraphs may still.
        if (!args.kinds && hits.length === 0) hits = await searchFor(['SOURCE_TEXT']);
        await requireKeys(ctx, keys);
        // The search service puts what the curators stated before the text that holds no statement.
        return arrayConnection(args, hits);
      },
    },
    { name: 'SearchConnection', description: 'A page of search hits, best first.', fields: totalCountField },
  ),
);
