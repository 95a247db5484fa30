import MiniSearch, { type Query } from 'minisearch';
import { LRUCache } from 'lru-cache';
import { GraphNotLoadedError, errorMessage, type GraphEngine, type Reader } from '../engine/graph-engine';
import type { AnyNodeRow, NodeRow } from '../model/rows';
import { statementFor } from '../engine/model-statements';
import { DUTCH_STOP_WORDS, fold, indexTerm, words } from './dutch-text';
import {
  exactPlan,
  forgivesTypos,
  luceneQuery,
  matchesTerm,
  planQuery,
  planTerms,
  boundedPlan,
  SynonymIndex,
  type Clause,
  type QueryTerm,
  type SynonymGroups,
} from './search-query';
import {
  CURATED_SEARCH_KINDS,
  FULLTEXT_INDEX,
  hasPolicy,
  searchable,
  SEARCHABLE,
  SOURCE_TEXT_INDEX,
  type SearchableLabel,
  type SearchKind,
} from './searchable';

/** One search result: which node, how well it matched, and a highlighted passage. */
export interface SearchHit {
  kind: SearchKind;
  node: NodeRow<SearchableLabel>;
  /** Key of the policy it belongs to; '' for a named node of no one policy (an organisation, a care type). */
  policy: string;
  /** The policy node, where the engine returned it with the hit (Neo4j): no further statement for it. */
  owner?: NodeRow<'Policy'> | null;
  score: number;
  /** Built when asked for: only the hits of the page returned pay for highlighting. */
  snippet(): string;
}

export interface SearchFilter {
  kinds: SearchKind[];
  insurer?: string;
  /**
   * Told what the database found for `insurer` when it looked it up with the search (Neo4j), so that the
   * request's loaders hold it and the key check asks nothing more.
   */
  sawInsurer?: (node: NodeRow<'Insurer'> | null) => void;
}

export interface SearchService {
  search(db: Reader, query: string, filter: SearchFilter): Promise<readonly SearchHit[]>;
}

const SNIPPET_WIDTH = 160;

/**
 * The text a hit is shown by: the weightiest field that holds a match (a requirement's own text before the
 * heading it stands under), with every matching word in <mark>…</mark> and the rest HTML-escaped.
 */
export function snippetOf(kind: SearchKind, node: AnyNodeRow, terms: QueryTerm[]): string {
  const fields = Object.entries<number>(SEARCHABLE[kind].fields).sort((a, b) => b[1] - a[1]);
  const texts = fields.map(([f]) => textOf(node, f)).filter((v) => v.length > 0);
  for (const text of texts) {
    const ranges = marks(text, terms);
    if (ranges.length > 0) return highlight(text, ranges);
  }
  return highlight(texts[0] ?? '', []);
}

/** Where the words of a text match a term: [start, end) ranges. */
function marks(text: string, terms: QueryTerm[]): Array<[number, number]> {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const m of folded.matchAll(/[a-z0-9]+/g)) {
    if (DUTCH_STOP_WORDS.has(m[0]) && !terms.some((t) => t.word === m[0])) continue;
    if (terms.some((t) => matchesTerm(m[0], t))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

export function highlight(text: string, ranges: Array<[number, number]>, width = SNIPPET_WIDTH): string {
  const [first] = ranges;
  const start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (a < at || a >= end) continue;
    out += `${escape(text.slice(at, a))}<mark>${escape(text.slice(a, Math.min(b, end)))}</mark>`;
    at = Math.min(b, end);
  }
  return out + escape(text.slice(at, end)) + (end < text.length ? '…' : '');
}

/** A policy key as a row holds it: '' for a node of no one policy. */
const keyOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function policyInsurers(rows: ReadonlyArray<{ policy: string; insurer: string }>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(r.policy, (map.get(r.policy) ?? new Set()).add(r.insurer));
  return map;
}

/** A text property of any node, or '' where it has none: the kinds differ in which names they have. */
const textOf = (node: AnyNodeRow, field: string): string => {
  const value: unknown = Reflect.get(node, field);
  return typeof value === 'string' ? value : '';
};

const inScope = (filter: SearchFilter, kind: SearchKind, policy: string, insurers: Map<string, Set<string>>) =>
  filter.kinds.includes(kind) &&
  (!filter.insurer || (hasPolicy(kind) && Boolean(insurers.get(policy)?.has(filter.insurer))));

/** The vocabulary's names that mean the same: the synonyms a query is widened with. */
async function synonymGroups(engine: Reader): Promise<SynonymGroups> {
  const lists = await Promise.all(
    (['CareType', 'ProviderType', 'Insurer', 'Stakeholder', 'Framework'] as const).map((l) =>
      engine.read(statementFor.list(l), { skip: 0, limit: 1_000_000 }),
    ),
  );
  return lists.flat().map(({ node }) =>
    // Each kind has some of the names; only the texts it has are kept.
    ['nameNl', 'nameEn', 'name', 'fullName', 'abbreviation'].map((f) => textOf(node, f)).filter((v) => v.length > 0),
  );
}

type Item = { kind: SearchKind; node: NodeRow<SearchableLabel>; policy: string };

/** One in-process index over some kinds: MiniSearch over their texts, with the items it finds. */
class Corpus {
  private constructor(
    private readonly index: MiniSearch<{ id: string }>,
    private readonly items: Map<string, Item>,
  ) {}

  static async build(engine: Reader, kinds: readonly SearchKind[]): Promise<Corpus> {
    const perKind = await Promise.all(
      kinds.map((k) => engine.read(`search/list-searchable-${SEARCHABLE[k].statement}`)),
    );
    const items = new Map<string, Item>();
    for (const row of perKind.flat()) {
      const hit = searchable(row.node);
      if (hit) items.set(row.node.key, { ...hit, policy: keyOf(row.policy) });
    }
    const boost: Record<string, number> = {};
    for (const kind of kinds)
      for (const [f, w] of Object.entries<number>(SEARCHABLE[kind].fields)) boost[f] = Math.max(boost[f] ?? 0, w);
    const fields = Object.keys(boost);
    const index = new MiniSearch<{ id: string }>({
      fields,
      // Index and query terms alike: folded, stop words out, Dutch stems.
      processTerm: indexTerm,
      tokenize: words,
      searchOptions: { boost },
    });
    index.addAll(
      [...items.entries()].map(([id, { node }]) => ({
        id,
        ...Object.fromEntries(fields.map((f) => [f, textOf(node, f)])),
      })),
    );
    return new Corpus(index, items);
  }

  rank(plan: Clause[], inScope: (item: Item) => boolean): SearchHit[] {
    const terms = planTerms(plan);
    // Scope is applied before ranking: MiniSearch filters its matches before it sorts them.
    const inScopeById = (hit: { id: unknown }) => {
      const item = this.items.get(String(hit.id));
      return item !== undefined && inScope(item);
    };
    return this.index.search(miniSearchQuery(plan), { filter: inScopeById }).flatMap((hit) => {
      const item = this.items.get(String(hit.id));
      // Every id in the index is an item's: the index is built from the items.
      if (!item) return [];
      let snippet: string | undefined;
      return {
        ...item,
        score: Math.round(hit.score * 1000) / 1000,
        snippet: () => (snippet ??= snippetOf(item.kind, item.node, terms)),
      };
    });
  }
}

/**
 * The embedded engine: MiniSearch over the graph's texts. What the curators stated and named is indexed when the
 * server starts; the sources' paragraphs (SOURCE_TEXT) in an index of their own, built when first searched, so
 * that neither start-up nor any other search pays for them.
 */
export class EmbeddedSearch implements SearchService {
  /**
   * Answers by query and scope: the index never changes after build, so an answer stays right.
   * Undefined when none are kept: lru-cache needs a positive bound.
   */
  private readonly answers: LRUCache<string, readonly SearchHit[]> | undefined;
  private sourceText: Promise<Corpus> | undefined;

  private constructor(
    private readonly engine: Reader,
    private readonly curated: Corpus,
    private readonly insurers: Map<string, Set<string>>,
    private readonly synonyms: SynonymIndex,
    maxAnswers: number,
  ) {
    this.answers = maxAnswers > 0 ? new LRUCache({ max: maxAnswers }) : undefined;
  }

  /** `maxAnswers`: searches whose hits are kept (0: none), as the engine keeps its read answers. */
  static async build(engine: Reader, maxAnswers = 0): Promise<EmbeddedSearch> {
    const [insurerRows, groups, curated] = await Promise.all([
      engine.read('search/list-policy-insurers'),
      synonymGroups(engine),
      Corpus.build(engine, CURATED_SEARCH_KINDS),
    ]);
    return new EmbeddedSearch(engine, curated, policyInsurers(insurerRows), new SynonymIndex(groups), maxAnswers);
  }

  async search(_db: Reader, query: string, filter: SearchFilter): Promise<readonly SearchHit[]> {
    const key = JSON.stringify([query, filter.kinds, filter.insurer ?? null]);
    const kept = this.answers?.get(key);
    // Frozen and shared: callers only read the hits (changing them would throw).
    if (kept) return kept;
    const curatedKinds = filter.kinds.filter((k) => k !== 'SOURCE_TEXT');
    const curated = curatedKinds.length > 0 ? this.rank(this.curated, query, { ...filter, kinds: curatedKinds }) : [];
    // What the curators stated comes before the text that holds no statement, each best first.
    const text = filter.kinds.includes('SOURCE_TEXT') ? this.rank(await this.sourceTextCorpus(), query, filter) : [];
    const hits = Object.freeze([...curated, ...text]);
    this.answers?.set(key, hits);
    return hits;
  }

  /** The paragraphs' index, built once on first use (and tried again after a build that failed). */
  private sourceTextCorpus(): Promise<Corpus> {
    this.sourceText ??= Corpus.build(this.engine, ['SOURCE_TEXT']).catch((error: unknown) => {
      this.sourceText = undefined;
      throw error;
    });
    return this.sourceText;
  }

  private rank(corpus: Corpus, query: string, filter: SearchFilter): SearchHit[] {
    const full = boundedPlan(planQuery(query, this.synonyms));
    if (full.length === 0) return [];
    const scope = (item: Item) => inScope(filter, item.kind, item.policy, this.insurers);
    const exact = corpus.rank(exactPlan(full), scope);
    return exact.length > 0 || !forgivesTypos(full) ? exact : corpus.rank(full, scope);
  }
}

/** The plan as a MiniSearch query tree: AND of clauses, OR of alternatives, AND of a phrase's terms. */
function miniSearchQuery(plan: Clause[]): Query {
  const term = (t: QueryTerm): Query => ({ queries: [t.word], combineWith: 'OR', prefix: t.prefix, fuzzy: t.typos });
  return {
    combineWith: 'AND',
    queries: plan.map((clause) => ({
      combineWith: 'OR',
      queries: clause.map((alt) => ({ combineWith: 'AND', queries: alt.map(term) })),
    })),
  };
}

/** Neo4j: its full-text index (Dutch analyzer), queried per request with the same plan. */
export class Neo4jSearch implements SearchService {
  constructor(private readonly synonyms: SynonymIndex) {}

  async search(db: Reader, query: string, filter: SearchFilter): Promise<SearchHit[]> {
    const curatedKinds = filter.kinds.filter((k) => k !== 'SOURCE_TEXT');
    const curated =
      curatedKinds.length > 0 ? await this.searchIn(db, FULLTEXT_INDEX, query, { ...filter, kinds: curatedKinds }) : [];
    // What the curators stated comes before the text that holds no statement, each best first.
    const text = filter.kinds.includes('SOURCE_TEXT')
      ? await this.searchIn(db, SOURCE_TEXT_INDEX, query, { ...filter, kinds: ['SOURCE_TEXT'] })
      : [];
    return [...curated, ...text];
  }

  private async searchIn(db: Reader, index: string, query: string, filter: SearchFilter): Promise<SearchHit[]> {
    const full = boundedPlan(planQuery(query, this.synonyms));
    if (full.length === 0) return [];
    const exact = await this.searchPlan(db, index, exactPlan(full), filter);
    return exact.length > 0 || !forgivesTypos(full) ? exact : this.searchPlan(db, index, full, filter);
  }

  private async searchPlan(db: Reader, index: string, plan: Clause[], filter: SearchFilter): Promise<SearchHit[]> {
    const [answer] = await db
      .read('search/search-nodes.neo4j', {
        index,
        query: luceneQuery(plan),
        labels: filter.kinds.map((k) => SEARCHABLE[k].label),
        insurer: filter.insurer ?? '',
      })
      .catch((error: unknown) => {
        // The index is made by a load's schema step: without it the graph is not (completely) loaded.
        if (/no such fulltext schema index/i.test(errorMessage(error)))
          throw new GraphNotLoadedError(`the full-text index ${index} is missing`);
        throw error;
      });
    if (!answer) throw new Error('search/search-nodes.neo4j returned no row');
    if (filter.insurer) filter.sawInsurer?.(answer.insurer);
    const terms = planTerms(plan);
    return answer.hits.flatMap((row) => {
      const hit = searchable(row.node);
      if (!hit) return [];
      const { kind, node } = hit;
      return {
        kind,
        node,
        policy: keyOf(row.policy),
        owner: row.owner,
        score: Math.round(row.score * 1000) / 1000,
        snippet: () => snippetOf(kind, node, terms),
      };
    });
  }
}

/** The engine's own search over the graph as it is now (the in-process index, or Neo4j's with its synonyms). */
async function buildSearch(engine: GraphEngine): Promise<SearchService> {
  if (engine.fullTextSearch === 'database') return new Neo4jSearch(new SynonymIndex(await synonymGroups(engine)));
  // Kept like the engine's read answers: on with its read cache, off (for measuring) without it.
  return EmbeddedSearch.build(engine, engine.cachesReads ? 1000 : 0);
}

/**
 * Search over the graph the engine has loaded: what it derives from the graph (the in-process index, the
 * vocabulary's synonyms) is built for one load, named by the load marker's fingerprint, and built again when
 * another load is served. On a graph that holds no load every search is GRAPH_NOT_LOADED.
 */
class SearchPerLoad implements SearchService {
  private current: { fingerprint: string; service: Promise<SearchService> } | undefined;

  constructor(private readonly engine: GraphEngine) {}

  async search(db: Reader, query: string, filter: SearchFilter): Promise<readonly SearchHit[]> {
    return (await this.service()).search(db, query, filter);
  }

  async service(): Promise<SearchService> {
    const loaded = await this.engine.loadedGraph();
    if (!loaded) throw new GraphNotLoadedError();
    if (this.current?.fingerprint !== loaded.fingerprint) {
      const entry = { fingerprint: loaded.fingerprint, service: buildSearch(this.engine) };
      this.current = entry;
      // A build that failed (the database went away meanwhile) is tried again by the next search.
      entry.service.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current.service;
  }
}

/**
 * The server's search: built now when the graph is loaded (the in-process index takes a moment: the first
 * search should not pay for it), else at the first search after a load.
 */
export async function createSearch(engine: GraphEngine): Promise<SearchService> {
  const search = new SearchPerLoad(engine);
  // Not loaded, or not reachable at this moment: each search says so (GRAPH_NOT_LOADED, DATABASE_UNAVAILABLE).
  await search.service().catch(() => undefined);
  return search;
}
