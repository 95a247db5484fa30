import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  isObjectType,
  isScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLType,
} from 'graphql';
import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import { ROOT_DIR } from '../../src/paths';
import { schema } from '../../src/schema';
import { neo4jEnv } from '../utils/engine';
import { exampleOperations } from '../utils/operations';
import { startTestApi, type GraphQLBody, type TestApi } from '../utils/server';
import searchExpectations from './search-expectations.json';

/**
 * The same questions to both engines, the same JSON back: LadybugDB (a temporary database) and the live Neo4j, each
 * seeded from seed/ and behind its own real HTTP server. Search is compared by the hits each query must
 * find, since the two engines rank with different scoring.
 */

const files = readdirSync(join(ROOT_DIR, 'schema', 'operations')).filter((f) => f.endsWith('.graphql'));
const exampleOps = files.flatMap((file) =>
  Object.entries(exampleOperations(file))
    .filter(([name]) => file !== 'search.graphql' || !name.startsWith('Search'))
    .map(([name, query]) => ({ name: `${file}: ${name}`, query })),
);

const citation = 'source { documentKey lines quote }';
const requirementPage = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { criterion { key text kind ${citation} withdrawnBy { key date } } policy { key } insurer { key } appliesVia { key } } }`;

const criterionEverything = `key heading kind party partyName force forceWords forceReason curatorNote reviewed ${citation}
  previousVersion { key heading kind ${citation} } appliesTo { key abbreviation reviewed source { lines } }
  withdrawnBy { key summary reason ${citation} } addedBy { key summary }`;
const diffEverything = `from { policy { key contractPeriod curatorNote } } to { policy { key publishedOn } }
  added { ${criterionEverything} } removed { ${criterionEverything} }
  changed { before { ${criterionEverything} } after { ${criterionEverything} } }
  performancesAdded { key description financing contractingLevel amounts curatorNote ${citation} previousVersion { key financing } }
  performancesRemoved { key financing ${citation} }
  performanceStatusChanges { before { key financing amounts } after { key financing amounts } }
  documentedChanges { key description curatorNote reviewed ${citation}
    comparedWith { key contractPeriod } affects { __typename ... on Criterion { key heading kind } ... on Performance { key financing } ... on CareType { key abbreviation reviewed } } }
  amendments { key summary reason curatorNote ${citation} }`;

/** Every contract question, with each of its filters. */
const contractQuestions: Array<{ name: string; query: string }> = [
  {
    name: 'requirements for a ZBC (latest versions)',
    query: `{ requirements(providerType: "zbc", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a ZBC at VGZ',
    query: `{ requirements(providerType: "zbc", insurer: "vgz", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a ZBC in MSZ',
    query: `{ requirements(providerType: "zbc", careType: "msz", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a ZBC in 2024',
    query: `{ requirements(providerType: "zbc", year: 2024, first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a ZBC at VGZ in 2024 known on 1 July 2023',
    query: `{ requirements(providerType: "zbc", insurer: "vgz", year: 2024, knownAt: "2023-07-01", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a ZBC known on 1 August 2023',
    query: `{ requirements(providerType: "zbc", knownAt: "2023-08-01", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a hospital on one topic',
    query: `{ requirements(providerType: "ziekenhuis", topic: "quality-system", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a GP practice',
    query: `{ requirements(providerType: "huisartsenpraktijk", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for elv at a.s.r. in 2023',
    query: `{ requirements(providerType: "elv-aanbieder", insurer: "asr", year: 2023, first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements for a hospital at Eucare (purchased by Caresq)',
    query: `{ requirements(providerType: "ziekenhuis", insurer: "eucare", first: 100) { ${requirementPage} } }`,
  },
  {
    name: 'requirements, first page of 5',
    query: `{ requirements(providerType: "zbc", first: 5) { ${requirementPage} } }`,
  },
  {
    name: 'requirements, last page of 5',
    query: `{ requirements(providerType: "zbc", last: 5) { ${requirementPage} } }`,
  },
  {
    name: 'policyDiff VGZ MSZ 2023 to 2024',
    query: `{ policyDiff(from: { policy: "vgz-msz-2023" }, to: { policy: "vgz-msz-2024" }) { partial reason added { key text } removed { key text } changed { before { key } after { key } segments { kind text } } performancesAdded { key } performancesRemoved { key } performanceStatusChanges { before { key status } after { key status } } documentedChanges { key subject effect } amendments { key date } } }`,
  },
  {
    name: 'policyDiff VGZ MSZ 2024 across its amendments',
    query: `{ policyDiff(from: { policy: "vgz-msz-2024", knownAt: "2023-07-01" }, to: { policy: "vgz-msz-2024" }) { partial added { key } removed { key withdrawnBy { date } } amendments { key date title } } }`,
  },
  {
    name: 'policyDiff Caresq 2024 to 2025',
    query: `{ policyDiff(from: { policy: "caresq-ziekenhuizen-2024" }, to: { policy: "caresq-ziekenhuizen-2025" }) { partial reason added { key } removed { key } changed { before { key } after { key } segments { kind text } } documentedChanges { key subject effect } } }`,
  },
  {
    name: 'policyDiff VGZ huisartsenzorg 2020 to 2021',
    query: `{ policyDiff(from: { policy: "vgz-huisartsenzorg-2020" }, to: { policy: "vgz-huisartsenzorg-2021" }) { partial added { key } removed { key } changed { before { key } after { key } } performancesAdded { key } performancesRemoved { key } performanceStatusChanges { before { key status } after { key status } } documentedChanges { key effect } } }`,
  },
  {
    name: 'policyHistory VGZ',
    query: `{ policyHistory(insurer: "vgz") { kind date year policy { key } item { __typename ... on Policy { key } ... on Amendment { key } ... on Milestone { key } ... on PolicyChange { key } } } }`,
  },
  {
    name: 'policyHistory VGZ MSZ',
    query: `{ policyHistory(insurer: "vgz", careType: "msz") { kind date year item { __typename ... on Milestone { key } } } }`,
  },
  {
    name: 'policyHistory a.s.r.',
    query: `{ policyHistory(insurer: "asr") { kind date year item { __typename ... on Policy { key } ... on Milestone { key } ... on PolicyChange { key } } } }`,
  },
  {
    name: 'regions with alliances',
    query: `{ regions(withAlliances: true) { key name alliances { key name partners { __typename key name } ${citation} } } }`,
  },
  { name: 'every region', query: `{ regions { key name alliances { key } } }` },
  {
    // The one-statement answer projects only what the usual question selects; the rest comes whole all the same.
    name: 'requirements with every property of their criteria, policies, types, topics and amendments',
    query: `{ requirements(providerType: "zbc", insurer: "vgz", year: 2024, first: 100) { edges { node {
      criterion { key heading partyName curatorNote reviewed source { documentKey lines }
        topic { key description } withdrawnBy { key summary reason curatorNote source { quote } } }
      policy { key contractPeriod publishedOn curatorNote years source { lines } }
      insurer { key fullName kind curatorNote }
      appliesVia { key abbreviation reviewed source { lines } } } } } }`,
  },
  {
    // The diff's one statement reads only what it compares and usually shows; the rest comes whole all the same.
    name: 'policyDiffs with every property of their requirements, prestaties, changes and amendments',
    query: `{ msz: policyDiff(from: { policy: "vgz-msz-2023" }, to: { policy: "vgz-msz-2024" }) { ${diffEverything} }
      huisarts: policyDiff(from: { policy: "vgz-huisartsenzorg-2020" }, to: { policy: "vgz-huisartsenzorg-2021" }) { ${diffEverything} }
      known: policyDiff(from: { policy: "vgz-msz-2024", knownAt: "2023-07-01" }, to: { policy: "vgz-msz-2024" }) { ${diffEverything} } }`,
  },
  {
    // The one-statement answer leaves these long texts out; asked for, they come whole all the same.
    name: "regions with their alliances' descriptions, curator notes and policies' contract periods",
    query: `{ regions { key description curatorNote alliances { key description curatorNote
      policy { key contractPeriod publicationText reconstructionNote curatorNote }
      partners { __typename key name ... on Insurer { curatorNote } } } } }`,
  },
  {
    // The statements' one statement sends its nodes partial; every other property comes whole all the same.
    name: 'statements with every property of their criteria, policies, insurers, types and amendments',
    query: `{ statements(topic: "sustainability", orderBy: FORCE, first: 100) { totalCount edges { node {
      criterion { key heading partyName forceWords curatorNote reviewed source { quote }
        withdrawnBy { key summary } }
      policy { key contractPeriod publishedOn curatorNote years source { lines } }
      insurer { key fullName kind curatorNote }
      scopedTo { key abbreviation reviewed source { lines } } } } }
      withdrawn: statements(insurer: "vgz", knownAt: "2023-07-01", first: 100) { edges { node {
        criterion { key withdrawnBy { key date summary } } } } } }`,
  },
  {
    // The comparison's one statement sends its criteria partial; every other property comes whole all the same.
    name: 'compareRequirements with every property of its criteria',
    query: `{ compareRequirements(providerType: "ziekenhuis", insurers: ["vgz", "asr", "eucare"], includeNarrower: true) {
      topic { key } insurers { insurer { key } criteria { key text heading kind party partyName force forceWords
        forceReason curatorNote reviewed source { documentKey lines quote } topic { key } appliesTo { key } } } } }`,
  },
  {
    name: 'compareRequirements for a ZBC',
    query: `{ compareRequirements(providerType: "zbc") { topic { key } insurers { insurer { key } count criteria { key } } } }`,
  },
  {
    name: 'compareRequirements for a hospital at three insurers in 2025',
    query: `{ compareRequirements(providerType: "ziekenhuis", insurers: ["vgz", "asr", "eucare"], year: 2025) { topic { key } insurers { insurer { key } count criteria { key } } } }`,
  },
  {
    name: 'milestones in the second half of 2023',
    query: `{ milestones(from: "2023-07-01", to: "2023-12-31") { key date action actor channel policy { key } } }`,
  },
  { name: 'milestones of VGZ for a ZBC', query: `{ milestones(insurer: "vgz", audience: "zbc") { key date action } }` },
  { name: 'milestones up to 2022', query: `{ milestones(to: "2022-12-31") { key date } }` },
  {
    name: 'coverage of hospital care and its narrower care types in 2024, whole nodes',
    query: `{ coverage(careType: "msz", year: 2024) { emptyReason cells { insurer { key name kind ${citation} } careType { key nameNl nameEn } year policies { key title years kind contractPeriod curatorNote } documents { key fileName title publisher } topics { topic { key nameNl } statements binding } } } }`,
  },
  {
    name: 'coverage of VGZ, every care type and year',
    query: `{ coverage(insurer: "vgz") { emptyReason cells { careType { key } year policies { key } documents { key } topics { topic { key } statements binding } } } }`,
  },
  {
    name: 'coverage of a care type an insurer has no policy for',
    query: `{ coverage(insurer: "asr", careType: "msz", year: 2024) { emptyReason cells { year } } }`,
  },
  {
    name: 'policies at VGZ in MSZ in 2024 with filtered criteria',
    query: `{ policies(insurer: "vgz", careType: "msz", year: 2024) { totalCount edges { node { key criteria(providerType: "zbc", current: true, first: 100) { totalCount edges { node { key } } } } } } }`,
  },
  {
    name: 'a policy’s criteria by kind and topic',
    query: `{ policy(key: "vgz-msz-2024") { criteria(kind: MINIMUM_REQUIREMENT, first: 100) { totalCount edges { node { key } } } byTopic: criteria(topic: "quality-system", first: 100) { totalCount edges { node { key } } } withdrawn: criteria(current: false, first: 100) { totalCount edges { node { key } } } } }`,
  },
  { name: 'policies in 2023', query: `{ policies(year: 2023) { totalCount edges { node { key years } } } }` },
];

/** Every node through the API: each list with its scalar fields and the keys of everything it links to. */
function wholeGraphQueries(): Array<{ name: string; query: string }> {
  const queryType = schema.getQueryType()!;
  const out: Array<{ name: string; query: string }> = [];
  for (const [name, field] of Object.entries(queryType.getFields())) {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || !type.name.endsWith('Connection') || field.args.some((a) => isNonNullType(a.type)))
      continue;
    const node = getNamedType(
      (type.getFields().edges!.type as never as { ofType: { ofType: GraphQLType } }).ofType.ofType,
    );
    if (!isObjectType(node) || !('node' in node.getFields())) continue;
    const nodeType = getNamedType(node.getFields().node!.type);
    if (!isObjectType(nodeType)) continue;
    out.push({
      name: `every ${name}`,
      query: `{ ${name}(first: 100) { totalCount edges { node { ${selection(nodeType.getFields())} } } } }`,
    });
  }
  return out;
}

function selection(fields: Record<string, GraphQLField<unknown, unknown>>): string {
  const parts: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const type = getNamedType(field.type);
    if (isScalarType(type) || isEnumType(type)) parts.push(name);
    else if (isObjectType(type) && type.name.endsWith('Connection'))
      parts.push(`${name}(first: 100) { totalCount edges { node { ${keyOf(type)} } } }`);
    else if (isObjectType(type) && 'key' in type.getFields()) parts.push(`${name} { key }`);
    else if (isObjectType(type) && type.name === 'Citation') parts.push(`${name} { documentKey lines quote }`);
    else if ('getTypes' in type || 'getInterfaces' in type) parts.push(`${name} { __typename ... on Node { id } }`);
    void isListType;
  }
  return parts.join(' ');
}

function keyOf(connection: ReturnType<typeof getNamedType>): string {
  const edges = isObjectType(connection) ? getNamedType(connection.getFields().edges!.type) : undefined;
  const node = edges && isObjectType(edges) ? getNamedType(edges.getFields().node!.type) : undefined;
  return node && isObjectType(node) && 'key' in node.getFields() ? 'key' : '__typename';
}

/** Each query must find these hits (keys of requirements, prestaties, changes or milestones, from the sources). */
const searchMustFind: Array<{
  query: string;
  kinds?: string[];
  insurer?: string;
  hits: string[];
}> = searchExpectations;

describe('the embedded engine and Neo4j give the same answers', () => {
  let embedded: TestApi;
  let neo4j: TestApi;
  const limits = { MAX_QUERY_COST: '10000000', MAX_QUERY_DEPTH: '20' };

  beforeAll(async () => {
    embedded = await startTestApi({
      engine: createEngine(loadConfig({ GRAPH_ENGINE: 'embedded', EMBEDDED_POOL_SIZE: '2' })),
      env: limits,
    });
    neo4j = await startTestApi({
      engine: createEngine(loadConfig({ GRAPH_ENGINE: 'neo4j', ...neo4jEnv() })),
      env: limits,
    });
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
  });

  async function both(query: string): Promise<[GraphQLBody<unknown>, GraphQLBody<unknown>]> {
    return Promise.all([embedded.query(query), neo4j.query(query)]);
  }

  it('really are two engines', () => {
    expect([embedded.engine.kind, neo4j.engine.kind]).toEqual(['embedded', 'neo4j']);
  });

  it.each([...exampleOps, ...contractQuestions, ...wholeGraphQueries()])('$name', async ({ query }) => {
    const [a, b] = await both(query);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
  });

  it('pages through every requirement for a hospital forwards and backwards alike', async () => {
    const walk = async (api: TestApi, direction: 'forwards' | 'backwards') => {
      const keys: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page++) {
        const args: string =
          direction === 'forwards'
            ? `first: 7${cursor ? `, after: "${cursor}"` : ''}`
            : `last: 7${cursor ? `, before: "${cursor}"` : ''}`;
        const body = await api.query<{
          requirements: { pageInfo: Record<string, unknown>; edges: Array<{ node: { criterion: { key: string } } }> };
        }>(
          `{ requirements(providerType: "ziekenhuis", ${args}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { criterion { key } } } } }`,
        );
        expect(body.errors).toBeUndefined();
        const { pageInfo, edges } = body.data!.requirements;
        const pageKeys = edges.map((e) => e.node.criterion.key);
        if (direction === 'forwards') keys.push(...pageKeys);
        else keys.unshift(...pageKeys);
        const more = direction === 'forwards' ? pageInfo.hasNextPage : pageInfo.hasPreviousPage;
        if (!more) return keys;
        cursor = (direction === 'forwards' ? pageInfo.endCursor : pageInfo.startCursor) as string;
      }
      throw new Error('more than 50 pages');
    };
    const forwards = await walk(embedded, 'forwards');
    expect(forwards.length).toBeGreaterThan(14);
    expect(await walk(neo4j, 'forwards')).toEqual(forwards);
    expect(await walk(embedded, 'backwards')).toEqual(forwards);
    expect(await walk(neo4j, 'backwards')).toEqual(forwards);
  });

  it('finds nodes by global ID alike, one at a time and many at once', async () => {
    const ids = await embedded.query<{
      criteria: { edges: Array<{ node: { id: string } }> };
      insurers: { edges: Array<{ node: { id: string } }> };
    }>('{ criteria(first: 5) { edges { node { id } } } insurers(first: 3) { edges { node { id } } } }');
    const all = [...ids.data!.criteria.edges, ...ids.data!.insurers.edges].map((e) => e.node.id);
    for (const id of all) {
      const [a, b] = await both(
        `{ node(id: "${id}") { id __typename ... on Criterion { key text } ... on Insurer { key name } } }`,
      );
      expect(a.data).toMatchObject({ node: { id } });
      expect(b).toEqual(a);
    }
    const [a, b] = await both(
      `{ nodes(ids: ${JSON.stringify(all)}) { id ... on Criterion { key } ... on Insurer { key } } }`,
    );
    expect(b).toEqual(a);
  });

  it('refuses the same mistakes with the same errors', async () => {
    for (const query of [
      '{ requirements(providerType: "tandarts") { totalCount } }',
      '{ requirements(providerType: "zbc", year: 1850) { totalCount } }',
      '{ milestones(from: "2023-02-30") { key } }',
      '{ policy(key: "vgz-msz-1999") { key } }',
    ]) {
      const [a, b] = await both(query);
      expect(a.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
      expect(b).toEqual(a);
    }
  });

  // The two engines stem with two implementations of Snowball's Dutch stemmer and score differently, so
  // beyond these hits their answers may differ a little.
  it(`finds what each of ${searchMustFind.length} searches must find, on both engines`, async () => {
    expect(searchMustFind.length).toBeGreaterThanOrEqual(20);
    const missed: string[] = [];
    for (const expectation of searchMustFind) {
      const args = [`query: ${JSON.stringify(expectation.query)}`, 'first: 100'];
      if (expectation.kinds) args.push(`kinds: [${expectation.kinds.join(', ')}]`);
      if (expectation.insurer) args.push(`insurer: ${JSON.stringify(expectation.insurer)}`);
      for (const api of [embedded, neo4j]) {
        const body = await api.query<{ search: { edges: Array<{ node: { key: string } }> } }>(
          `{ search(${args.join(', ')}) { edges { node { key } } } }`,
        );
        expect(body.errors).toBeUndefined();
        const found = new Set(body.data!.search.edges.map((e) => e.node.key));
        for (const hit of expectation.hits)
          if (!found.has(hit)) missed.push(`${api.engine.kind}: "${expectation.query}" did not find ${hit}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
