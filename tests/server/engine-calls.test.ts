import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jEngine } from '../../src/engine/neo4j-engine';
import { ROOT_DIR } from '../../src/paths';
import { exampleOperations } from '../utils/operations';
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

const examples = readdirSync(join(ROOT_DIR, 'schema', 'operations'))
  .filter((f) => f.endsWith('.graphql'))
  .flatMap((file) => Object.entries(exampleOperations(file)));

describe('engine calls per request', () => {
  const api = useTestApi();

  it.each(examples)(
    '%s is answered in one statement on Neo4j, in a few on the embedded engine',
    async (_name, query) => {
      const { calls } = await callsFor(api, query);
      // Neo4j nests a question's whole selection in one statement; LadybugDB answers a level per batch.
      if (api().engine.nestedReads) expect(calls).toBe(1);
      else expect(calls).toBeLessThanOrEqual(12);
    },
  );

  it('a request asking several questions at once reads them in one Neo4j session, a statement each', async () => {
    const engine = api().engine;
    const query = /* GraphQL */ `
      {
        requirements(providerType: "zbc", insurer: "vgz", year: 2024) {
          totalCount
        }
        regions(withAlliances: true) {
          key
          alliances {
            key
          }
        }
        milestones(insurer: "vgz") {
          key
        }
        policyDiff(from: { policy: "vgz-msz-2023" }, to: { policy: "vgz-msz-2024" }) {
          added {
            key
          }
        }
      }
    `;
    const before = engine instanceof Neo4jEngine ? engine.requestSessions : 0;
    const { calls } = await callsFor(api, query);
    if (!(engine instanceof Neo4jEngine)) return;
    expect(calls).toBe(4);
    expect(engine.requestSessions - before).toBe(1);
  });

  it('listing every policy with its insurer and its criteria’s provider types costs the same number of statements for 2 policies as for all', async () => {
    // The first two policies by key include one with criteria, so every level below is reached.
    const two = await callsFor(api, policiesWithRequirements(2));
    const all = await callsFor(api, policiesWithRequirements(20));
    const policies = (all.data.policies as { edges: unknown[] }).edges.length;
    expect(policies).toBeGreaterThan(5);
    expect(all.calls).toBe(two.calls);
    // Neo4j: one statement that returns the policies with what this selects below them. The embedded
    // engine: the list, then one batch per level: insurer, criteria, appliesTo, broader, topic.
    expect(all.calls).toBe(api().engine.nestedReads ? 1 : 6);
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
