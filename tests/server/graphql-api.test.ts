import { useTestApi } from '../utils/server';

describe('the GraphQL API over HTTP', () => {
  const api = useTestApi();

  it('answers the README example: VGZ MSZ 2024 with its insurer and number of criteria', async () => {
    const body = await api().query<{
      policy: { title: string; insurer: { key: string; name: string }; criteria: { totalCount: number } };
    }>('{ policy(key: "vgz-msz-2024") { title insurer { key name } criteria { totalCount } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.policy.title).toBe('Inkoopbeleid Medisch Specialistische Zorg 2024');
    expect(body.data!.policy.insurer).toEqual({ key: 'vgz', name: 'Coöperatie VGZ' });
    expect(body.data!.policy.criteria.totalCount).toBeGreaterThan(30);
  });

  it('looks a node up by its global ID', async () => {
    const list = await api().query<{ insurers: { edges: Array<{ node: { id: string; key: string } }> } }>(
      '{ insurers(first: 1) { edges { node { id key } } } }',
    );
    const { id, key } = list.data!.insurers.edges[0]!.node;
    const found = await api().query<{ node: { __typename: string; key: string } }>(
      `{ node(id: "${id}") { __typename ... on Insurer { key } } }`,
    );
    expect(found.data!.node).toEqual({ __typename: 'Insurer', key });
  });

  it('pages through a list with cursors and says how many there are in all', async () => {
    const first = await api().query<{
      criteria: {
        totalCount: number;
        edges: Array<{ node: { key: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>('{ criteria(first: 5) { totalCount edges { node { key } } pageInfo { endCursor hasNextPage } } }');
    const page1 = first.data!.criteria;
    expect(page1.edges).toHaveLength(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api().query<{ criteria: { edges: Array<{ node: { key: string } }> } }>(
      `{ criteria(first: 5, after: "${page1.pageInfo.endCursor}") { edges { node { key } } } }`,
    );
    const keys = [...page1.edges, ...second.data!.criteria.edges].map((e) => e.node.key);
    expect(new Set(keys).size).toBe(10);
    expect([...keys].sort()).toEqual(keys);
    expect(page1.totalCount).toBeGreaterThan(200);
  });

  it('answers an unknown key with NOT_FOUND naming the argument, never an empty success', async () => {
    const body = await api().query('{ policy(key: "vgz-msz-1999") { title } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'key', value: 'vgz-msz-1999' });
  });

  it('answers a malformed key with BAD_USER_INPUT naming the argument and value', async () => {
    const body = await api().query('{ insurer(key: "VGZ Zorg") { name } }');
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'key', value: 'VGZ Zorg' });
    expect(body.errors![0]!.message).toMatch(/Argument key/);
  });

  it('refuses an operation nested deeper than the limit', async () => {
    const hops = Array.from({ length: 7 }, (_, i) => (i % 2 === 0 ? 'previousVersion' : 'nextVersion'));
    const deep = `{ policy(key: "vgz-msz-2024") { ${hops.join(' { ')} { key ${'} '.repeat(hops.length)}} }`;
    const body = await api().query(deep);
    expect(body.data).toBeUndefined();
    expect(body.errors![0]!.message).toMatch(/Query depth 9 exceeds the limit of 8/);
  });

  it('is read-only: there is no mutation', async () => {
    const body = await api().query('mutation { deleteEverything }');
    expect(body.errors![0]!.message).toMatch(/This API is read-only: it answers queries, not a mutation/);
    expect(body.errors![0]!.extensions!.code).toBe('READ_ONLY');
  });

  it('says at /health which engine it runs on and that it is reachable', async () => {
    const res = await fetch(`${api().server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', engine: api().engine.kind, reachable: true });
  });

  it('serves no landing page that would need a CDN', async () => {
    const res = await fetch(`${api().server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
  });
});

describe('errors outside development', () => {
  const api = useTestApi({ env: { NODE_ENV: 'production' } });

  it('come with no IDE: in production it is off unless GRAPHQL_IDE=true', async () => {
    const res = await fetch(`${api().server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });

  it('never carry a stack trace', async () => {
    const body = await api().query('{ insurer(key: "nobody") { name } }');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('errors in development mode (the default for `npm start`)', () => {
  const api = useTestApi({ env: { NODE_ENV: 'development' } });

  it('a mistyped argument is answered with its message and code, without a stack trace', async () => {
    const body = await api().query('{ requirements(providerType: "zbc", year: "2024") { totalCount } }');
    expect(body.errors![0]!.message).toMatch(/Int cannot represent non-integer value: "2024"/);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
  });
});

describe('errors with DEBUG_ERRORS=true (debugging the server itself)', () => {
  const api = useTestApi({ env: { NODE_ENV: 'development', DEBUG_ERRORS: 'true' } });

  it('carry the stack trace the server saw', async () => {
    const body = await api().query('{ insurer(key: "nobody") { name } }');
    expect(body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(Array.isArray(body.errors![0]!.extensions!.stacktrace)).toBe(true);
  });
});
