import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { synthesizeSeed } from '../../src/seed/synthesize';
import { startTestApi, type TestApi } from '../utils/server';

type Count = {
  search: {
    totalCount: number;
    edges: Array<{ node: { key: string; kind: string } }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};
const COUNT =
  'query ($q: String!, $insurer: String, $kinds: [SearchKind!], $after: String) { search(query: $q, insurer: $insurer, kinds: $kinds, first: 100, after: $after) { totalCount edges { node { key kind } } pageInfo { endCursor hasNextPage } } }';

async function counts(api: TestApi) {
  const ask = async (variables: Record<string, unknown>) => {
    const body = await api.query<Count>(COUNT, variables);
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  };
  // Every hit, page after page: which hits fill the first page depends on scores that shift with the corpus.
  const askAll = async (variables: Record<string, unknown>) => {
    const first = await ask(variables);
    const edges = [...first.edges];
    for (let page = first; page.pageInfo.hasNextPage; edges.push(...page.edges))
      page = await ask({ ...variables, after: page.pageInfo.endCursor });
    return { ...first, edges };
  };
  return {
    // The kinds a synthetic copy duplicates (the vocabulary, stakeholders and frameworks stay shared).
    zorg: await ask({
      q: 'zorg',
      kinds: [
        'CRITERION',
        'PERFORMANCE',
        'DOCUMENTED_CHANGE',
        'MILESTONE',
        'POLICY',
        'AMENDMENT',
        'INSURER',
        'REGION',
        'ALLIANCE',
      ],
    }),
    zorgAtVgz: await askAll({ q: 'zorg', insurer: 'vgz' }),
    zorgMilestones: await ask({ q: 'zorg', kinds: ['MILESTONE'] }),
  };
}

describe('search on a corpus twice as large', () => {
  let dir: string;
  let one: Awaited<ReturnType<typeof counts>>;
  let two: Awaited<ReturnType<typeof counts>>;
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'zorginkoop-search-')), 'seed');
    synthesizeSeed(SEED_DIR, dir, 2);
    for (const [seedDir, set] of [
      [SEED_DIR, (c: typeof one) => (one = c)],
      [dir, (c: typeof one) => (two = c)],
    ] as const) {
      const api = await startTestApi({ seedDir });
      try {
        set(await counts(api));
      } finally {
        await api.close();
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('"zorg" finds every hit twice: the total is not cut off, however many there are', () => {
    expect(one.zorg.totalCount).toBeGreaterThan(300);
    expect(two.zorg.totalCount).toBe(2 * one.zorg.totalCount);
  });

  it('filters by insurer and kind before ranking: the hits of VGZ are the same at both sizes, and all of them VGZ’s', () => {
    expect(two.zorgAtVgz.totalCount).toBe(one.zorgAtVgz.totalCount);
    expect(two.zorgAtVgz.edges.map((e) => e.node.key).sort()).toEqual(
      one.zorgAtVgz.edges.map((e) => e.node.key).sort(),
    );
    expect(two.zorgAtVgz.edges.every((e) => !/-c1$/.test(e.node.key))).toBe(true);
    expect(two.zorgMilestones.totalCount).toBe(2 * one.zorgMilestones.totalCount);
    expect(two.zorgMilestones.edges.every((e) => e.node.kind === 'MILESTONE')).toBe(true);
  });
});
