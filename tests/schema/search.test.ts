import { exampleOperations } from '../utils/operations';
import { useTestApi } from '../utils/server';

interface SearchAnswer {
  search: { totalCount: number; edges: Array<{ node: { kind: string; key: string; score: number; snippet: string; policy: { key: string }; source: { documentKey: string; quote: string } } }> };
}

describe('search: ranked full-text search', () => {
  const api = useTestApi();
  const ops = exampleOperations('search.graphql');

  it('"coordinatiefunctie" finds "coördinatiefunctie", best first, highlighted and cited', async () => {
    const body = await api().query<SearchAnswer>(ops.SearchCoordinatiefunctie!);
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(2);
    expect(body.data!.search.totalCount).toBeGreaterThanOrEqual(hits.length);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const h of hits) {
      expect(h.snippet).toMatch(/<mark>[Cc]oördinatiefunctie/);
      expect(h.source.documentKey).toMatch(/^doc-00\d$/);
    }
    expect(hits.some((h) => h.policy.key === 'asr-elv-grz-gzsp-2023-2024')).toBe(true);
  });

  it('narrows to kinds and to one insurer', async () => {
    const body = await api().query<SearchAnswer>(ops.SearchVecozoAtVgz!);
    const hits = body.data!.search.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(['CRITERION', 'MILESTONE']).toContain(h.kind);
    const all = await api().query<SearchAnswer>('{ search(query: "vecozo", kinds: [CRITERION, MILESTONE], first: 100) { totalCount } }');
    expect(all.data!.search.totalCount).toBeGreaterThan(body.data!.search.totalCount);
  });

  it('refuses an empty query and an unknown insurer, naming the argument', async () => {
    const empty = await api().query('{ search(query: " ") { totalCount } }');
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    const insurer = await api().query('{ search(query: "vecozo", insurer: "achmea") { totalCount } }');
    expect(insurer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'insurer' });
  });

  it('sends no more statements for many hits than for few', async () => {
    const calls = async (query: string) => {
      const before = api().engine.calls;
      await api().query(`{ search(query: "${query}", first: 100) { edges { node { key policy { key insurer { key } } } } } }`);
      return api().engine.calls - before;
    };
    expect(await calls('zorgaanbieder')).toBe(await calls('verscherpt toezicht'));
  });
});
