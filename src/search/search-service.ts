import type { GraphEngine, Reader, Row } from '../engine/graph-engine';
import { fold, highlight, RankedIndex, terms } from './ranked-index';
import { kindOfLabel, SEARCH_KINDS, SEARCHABLE, type SearchKind } from './searchable';

/** One search result: which node, how well it matched, and a highlighted passage. */
export interface SearchHit {
  kind: SearchKind;
  node: Row;
  policy: string;
  score: number;
  snippet: string;
}

export interface SearchFilter {
  kinds: SearchKind[];
  insurer?: string;
}

export interface SearchService {
  search(db: Reader, query: string, filter: SearchFilter): Promise<SearchHit[]>;
}

/** The text a hit is shown by: the field where most of the query's words are found. */
function snippetOf(kind: SearchKind, node: Row, matched: string[]): string {
  const texts = Object.keys(SEARCHABLE[kind].fields).map((f) => node[f]).filter((v): v is string => typeof v === 'string' && v.length > 0);
  const hits = (text: string) => matched.filter((m) => fold(text).includes(m)).length;
  const best = [...texts].sort((a, b) => hits(b) - hits(a))[0] ?? '';
  return highlight(best, matched);
}

function policyInsurers(rows: Row[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(String(r.policy), (map.get(String(r.policy)) ?? new Set()).add(String(r.insurer)));
  return map;
}

/** The embedded engine: a ranked index built in memory from the graph when the server starts. */
export class EmbeddedSearch implements SearchService {
  private constructor(
    private readonly index: RankedIndex,
    private readonly items: Map<string, { kind: SearchKind; node: Row; policy: string }>,
    private readonly insurers: Map<string, Set<string>>,
  ) {}

  static async build(engine: Reader): Promise<EmbeddedSearch> {
    const queries: Record<SearchKind, string> = {
      CRITERION: 'search/list-searchable-criterion',
      PERFORMANCE: 'search/list-searchable-performance',
      DOCUMENTED_CHANGE: 'search/list-searchable-policy-change',
      MILESTONE: 'search/list-searchable-milestone',
      POLICY: 'search/list-searchable-policy',
    };
    const [insurerRows, ...perKind] = await Promise.all([engine.read('search/list-policy-insurers'), ...SEARCH_KINDS.map((k) => engine.read(queries[k]))]);
    const items = new Map<string, { kind: SearchKind; node: Row; policy: string }>();
    SEARCH_KINDS.forEach((kind, i) => {
      for (const row of perKind[i]!) {
        const node = row.node as Row;
        items.set(String(node.key), { kind, node, policy: String(row.policy) });
      }
    });
    const index = new RankedIndex(
      [...items.entries()].map(([id, { kind, node }]) => ({
        id,
        fields: Object.entries(SEARCHABLE[kind].fields).map(([field, weight]) => ({ text: String(node[field] ?? ''), weight })),
      })),
    );
    return new EmbeddedSearch(index, items, policyInsurers(insurerRows));
  }

  async search(_db: Reader, query: string, filter: SearchFilter): Promise<SearchHit[]> {
    return this.index
      .search(query)
      .map((hit) => ({ hit, item: this.items.get(hit.id)! }))
      .filter(({ item }) => filter.kinds.includes(item.kind) && (!filter.insurer || this.insurers.get(item.policy)?.has(filter.insurer)))
      .map(({ hit, item }) => ({ ...item, score: hit.score, snippet: snippetOf(item.kind, item.node, hit.matched) }));
  }
}

/**
 * The user's words as a Lucene query with the embedded index's meaning: every word required, the last also
 * as the start of a word (someone still typing). Only [a-z0-9] survive terms(), so no user text can reach
 * Lucene's syntax (brackets, colons, quotes) and the query is always well-formed.
 */
export function luceneQuery(query: string): string {
  const words = terms(query);
  const last = words.pop();
  if (last === undefined) return '';
  return [...words.map((w) => `+${w}`), `+(${last} ${last}*)`].join(' ');
}

/** Neo4j: its full-text index (accent-folding analyzer), queried per request. */
export class Neo4jSearch implements SearchService {
  async search(db: Reader, query: string, filter: SearchFilter): Promise<SearchHit[]> {
    const words = luceneQuery(query);
    if (!words) return [];
    const [rows, insurerRows] = await Promise.all([
      db.read('search/search-nodes.neo4j', { query: words }),
      filter.insurer ? db.read('search/list-policy-insurers') : Promise.resolve([]),
    ]);
    const insurers = policyInsurers(insurerRows);
    const matched = terms(query);
    return rows.flatMap((row) => {
      const node = row.node as Row;
      const kind = kindOfLabel(String(node.__label));
      if (!kind || !filter.kinds.includes(kind)) return [];
      if (filter.insurer && !insurers.get(String(row.policy))?.has(filter.insurer)) return [];
      return [{ kind, node, policy: String(row.policy), score: Number(row.score), snippet: snippetOf(kind, node, matched) }];
    });
  }
}

export async function createSearch(engine: GraphEngine): Promise<SearchService> {
  return engine.kind === 'neo4j' ? new Neo4jSearch() : EmbeddedSearch.build(engine);
}

