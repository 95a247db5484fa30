import { SearchCoordinatiefunctieDocument, SearchVecozoAtVgzDocument } from '../../src/client/generated/graphql';
import { useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

/** What the ad-hoc `search` below selects of a hit. */
interface Hit {
  kind: string;
  key: string;
  score: number;
  snippet: string;
  withdrawn: boolean;
  policy: { key: string } | null;
  source: { documentKey: string; quote: string } | null;
}
interface SearchAnswer {
  search: { totalCount: number; edges: Array<{ node: Hit }> };
}

describe('search: ranked full-text search for Dutch users', () => {
  const api = useTestApi();
  const search = async (query: string, extra = '') => {
    const body = await api().query<SearchAnswer>(
      `query($q: String!) { search(query: $q, first: 100${extra}) { totalCount edges { node { kind key score snippet withdrawn policy { key } source { documentKey quote } } } } }`,
      { q: query },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.search.edges.map((e) => e.node);
  };
  const keys = async (query: string, extra = '') => (await search(query, extra)).map((h) => h.key);

  it('"coordinatiefunctie" finds "coördinatiefunctie", best first, highlighted and cited', async () => {
    const body = await ask(api(), SearchCoordinatiefunctieDocument);
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(2);
    expect(body.data!.search.totalCount).toBeGreaterThanOrEqual(hits.length);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const h of hits) {
      expect(h.snippet).toMatch(/<mark>[Cc]o[öo]rdinatiefunctie/);
      if (h.kind !== 'PROVIDER_TYPE' && h.kind !== 'CARE_TYPE') expect(h.source!.documentKey).toMatch(/^doc-00\d$/);
    }
    expect(hits.some((h) => h.policy?.key === 'asr-elv-grz-gzsp-2023-2024')).toBe(true);
  });

  it('finds every Dutch form of a word: "revalidatiecentrum" finds what the sources say of revalidatiecentra', async () => {
    expect(await keys('revalidatiecentrum', ', kinds: [CRITERION]')).toContain('vgz-msz-2024-revalidatie-ccl');
    // "Huisartsenpraktijken die aanvullende addenda willen afsluiten …", found by the singular.
    expect(await keys('huisartsenpraktijk addenda')).toContain('vgz-huisartsenzorg-2021-addenda-aanvragen-vecozo');
  });

  it('forgives a typing error in a long word: "achterwachtregling" finds the achterwachtregeling', async () => {
    expect(await keys('achterwachtregling')).toContain('vgz-msz-2024-zbc-achterwachtregeling');
    expect(await keys('verscherpt toezicht')).toEqual(await keys('verscherp toezight'));
  });

  it('widens a name with its synonyms from the vocabulary: "zelfstandig behandelcentrum" finds what is said of ZBC\'s', async () => {
    const spelled = await keys('zelfstandig behandelcentrum achterwachtregeling');
    expect(spelled).toContain('vgz-msz-2024-zbc-achterwachtregeling');
  });

  it('finds POH-GGZ when asked for the praktijkondersteuner ggz, by the vocabulary’s abbreviation', async () => {
    expect(await keys('praktijkondersteuner ggz', ', kinds: [PERFORMANCE]')).toContain(
      'vgz-huisartsenzorg-2021-poh-ggz',
    );
  });

  it('finds named things: an organisation, an alliance', async () => {
    const hits = await search('Medrie');
    expect(hits.map((h) => `${h.kind} ${h.key}`)).toEqual(
      expect.arrayContaining(['STAKEHOLDER medrie', 'ALLIANCE alliance-medrie-zilveren-kruis']),
    );
    expect(hits.find((h) => h.key === 'medrie')!.policy).toBeNull();
  });

  it('marks what an amendment withdrew, and shows the requirement’s own words', async () => {
    const hits = await search('CieBAG', ', kinds: [CRITERION]');
    expect(hits.find((h) => h.key === 'vgz-msz-2024-msz-mdx-ciebag')).toMatchObject({ withdrawn: true });
    expect(hits.find((h) => h.key === 'vgz-msz-2024-msz-ciebag-geneesmiddelen')).toMatchObject({ withdrawn: false });
    for (const h of hits) expect(h.snippet).toContain('<mark>CieBAG</mark>');
  });

  it('narrows to kinds and to one insurer', async () => {
    const body = await ask(api(), SearchVecozoAtVgzDocument);
    const hits = body.data!.search.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(['CRITERION', 'MILESTONE']).toContain(h.kind);
    const all = await api().query<{ search: { totalCount: number } }>(
      '{ search(query: "vecozo", kinds: [CRITERION, MILESTONE], first: 100) { totalCount } }',
    );
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
      await api().query(
        `{ search(query: "${query}", first: 100) { edges { node { key withdrawn policy { key insurer { key } } } } } }`,
      );
      return api().engine.calls - before;
    };
    expect(await calls('zorgaanbieder')).toBe(await calls('verscherpt toezicht'));
  });

  it('forgives typing errors only when the words as typed find nothing: a second pass, not a cost on every search', async () => {
    const calls = async (query: string) => {
      const before = api().engine.calls;
      const found = await keys(query);
      return { found, calls: api().engine.calls - before };
    };
    const typed = await calls('achterwachtregeling');
    const mistyped = await calls('achterwachtregling');
    expect(mistyped.found).toContain('vgz-msz-2024-zbc-achterwachtregeling');
    // On Neo4j the mistyped word costs a second statement; in process both passes are one index.
    if (api().engine.nestedReads) expect(mistyped.calls).toBe(typed.calls + 1);
    else expect(typed.calls).toBe(mistyped.calls);
  });
});
