import { useTestApi, type TestApi } from '../utils/server';

/** Statements the engine received while answering one operation over HTTP. */
async function callsFor(api: () => TestApi, query: string) {
  const before = api().engine.calls;
  const body = await api().query(query);
  expect(body.errors).toBeUndefined();
  return { calls: api().engine.calls - before, data: body.data as Record<string, unknown> };
}

const policiesWithRequirements = (first: number) => /* GraphQL */ `
  query PoliciesWithRequirements {
    policies(first: ${first}) {
      edges {
        node {
          key
          insurer { key name }
          criteria(first: 100) { edges { node { key appliesTo { key broader { key } } topic { key } } } }
        }
      }
    }
  }
`;

describe('engine calls per request', () => {
  const api = useTestApi();

  it('listing every policy with its insurer and its criteria’s provider types costs the same number of statements for 2 policies as for all', async () => {
    // The first two policies by key include one with criteria, so every level below is reached.
    const two = await callsFor(api, policiesWithRequirements(2));
    const all = await callsFor(api, policiesWithRequirements(20));
    const policies = (all.data.policies as { edges: unknown[] }).edges.length;
    expect(policies).toBeGreaterThan(5);
    expect(all.calls).toBe(two.calls);
    // The list, then one batch per level: insurer, criteria, appliesTo, broader, topic.
    expect(all.calls).toBe(6);
  });

  it('resolves a node found twice in one request once', async () => {
    const twice = await callsFor(
      api,
      '{ a: insurer(key: "vgz") { name } b: insurer(key: "vgz") { name } c: insurer(key: "asr") { name } }',
    );
    expect(twice.calls).toBe(1);
  });

  it.each([
    [
      'compareRequirements',
      '{ compareRequirements(providerType: "zbc") { insurers { criteria { key topic { key } } } } }',
      '{ compareRequirements(providerType: "zbc", insurers: ["asr"]) { insurers { criteria { key topic { key } } } } }',
    ],
    [
      'policyHistory',
      '{ policyHistory(insurer: "vgz") { kind item { __typename } policy { key } } }',
      '{ policyHistory(insurer: "vgz", careType: "msz") { kind item { __typename } policy { key } } }',
    ],
    [
      'regions',
      '{ regions { key alliances { partners { key } } } }',
      '{ regions(withAlliances: true) { key alliances { partners { key } } } }',
    ],
    [
      'milestones',
      '{ milestones { key policy { key } audienceTypes { key } } }',
      '{ milestones(audience: "zbc", insurer: "vgz") { key policy { key } audienceTypes { key } } }',
    ],
  ])('%s sends as many statements for a broad answer as for a narrow one', async (_name, broad, narrow) => {
    const b = await callsFor(api, broad);
    const n = await callsFor(api, narrow);
    expect(JSON.stringify(b.data).length).toBeGreaterThan(JSON.stringify(n.data).length);
    expect(b.calls).toBeLessThanOrEqual(n.calls + 1);
  });
});
