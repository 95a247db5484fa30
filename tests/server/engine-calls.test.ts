import { startTestApi, type TestApi } from '../utils/server';

/** Statements the engine received while answering one operation over HTTP. */
async function callsFor(api: TestApi, query: string) {
  const before = api.engine.calls;
  const body = await api.query(query);
  expect(body.errors).toBeUndefined();
  return { calls: api.engine.calls - before, data: body.data as Record<string, unknown> };
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
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

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
    const twice = await callsFor(api, '{ a: insurer(key: "vgz") { name } b: insurer(key: "vgz") { name } c: insurer(key: "asr") { name } }');
    expect(twice.calls).toBe(1);
  });
});
