import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { ROOT_DIR } from '../../src/paths';
import { startServer, type AppServer } from '../../src/server/http-server';
import { unreachableEngine } from '../utils/engine';
import { metricValue, scrape } from '../utils/metrics';
import { exampleOperations } from '../utils/operations';
import { useTestApi } from '../utils/server';

const COMPILED = 'zorginkoop_graphql_documents_compiled_total';

/** Every example operation of schema/operations/, by name. */
const examples = Object.entries(
  Object.assign(
    {},
    ...readdirSync(join(ROOT_DIR, 'schema', 'operations'))
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => exampleOperations(file)),
  ) as Record<string, string>,
);

describe('documents a client asks again run compiled, with the answers graphql-js gives', () => {
  // Compiled at the second asking, as in production: the first answer is graphql-js's, the second compiled.
  const api = useTestApi({ env: { GRAPHQL_COMPILE_AFTER: '2' } });

  async function ask(query: string, variables?: Record<string, unknown>) {
    const res = await fetch(`${api().server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
  }

  const compiledSoFar = async () => metricValue(await scrape(api().server.url), COMPILED, { result: 'compiled' });

  it.each(examples)('%s answers the same the second time, compiled, as the first', async (_name, query) => {
    const before = await compiledSoFar();
    const first = await ask(query);
    expect(await compiledSoFar()).toBe(before);
    const second = await ask(query);
    expect(await compiledSoFar()).toBe(before + 1);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(second).toEqual(first);
    // Asked a third time, it is not compiled again.
    await ask(query);
    expect(await compiledSoFar()).toBe(before + 1);
  });

  it('a policy diff with variables that do not fit is refused the same way compiled: 400 BAD_USER_INPUT', async () => {
    const query = `query DiffOf($from: PolicyVersionInput!, $to: PolicyVersionInput!) {
      policyDiff(from: $from, to: $to) { added { key } }
    }`;
    const bad = { from: { policy: 42 }, to: { policy: 'vgz-msz-2024', knownAt: 'not a date' } };
    const first = await ask(query, bad);
    const second = await ask(query, bad);
    expect(first.status).toBe(400);
    expect(first.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(second).toEqual(first);
    // The same document with fitting variables, now compiled, answers them.
    const good = await ask(query, { from: { policy: 'vgz-msz-2023' }, to: { policy: 'vgz-msz-2024' } });
    expect(good.status).toBe(200);
    expect(good.body.errors).toBeUndefined();
  });

  it('a policy nobody published is refused by the resolver with the same message, code, path and details compiled', async () => {
    const query = '{ policyDiff(from: { policy: "vgz-msz-2019" }, to: { policy: "vgz-msz-2024" }) { added { key } } }';
    const first = await ask(query);
    const second = await ask(query);
    expect(first.body.errors).toEqual([
      expect.objectContaining({
        path: ['policyDiff'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'from.policy', value: 'vgz-msz-2019' },
      }),
    ]);
    expect(second).toEqual(first);
  });

  it('@include and @skip on fragments and fields follow the variables of each asking, compiled', async () => {
    const query = `query Parts($criteria: Boolean!, $title: Boolean!) {
      policy(key: "vgz-msz-2024") {
        key
        ...Titled @include(if: $title)
        ... on Policy @skip(if: $criteria) { criteria(first: 2) { edges { node { key } } } }
      }
    }
    fragment Titled on Policy { title }`;
    for (const [i, variables] of [
      { criteria: true, title: false },
      { criteria: false, title: true },
      { criteria: true, title: true },
      { criteria: false, title: false },
    ].entries()) {
      // The same document with a comment more is another document: asked once, graphql-js runs it.
      const byGraphqlJs = await ask(`${query}\n# ${i}`, variables);
      await ask(query, variables);
      const compiled = await ask(query, variables);
      expect(byGraphqlJs.body.errors).toBeUndefined();
      expect(compiled).toEqual(byGraphqlJs);
    }
  });

  it('a document asked once is never compiled', async () => {
    const before = await compiledSoFar();
    await ask('query AskedOnce { insurers(first: 1) { totalCount } }');
    expect(await compiledSoFar()).toBe(before);
  });
});

describe('GRAPHQL_COMPILE_AFTER=0', () => {
  const api = useTestApi({ env: { GRAPHQL_COMPILE_AFTER: '0' } });

  it('runs every document with graphql-js, however often it is asked', async () => {
    const before = metricValue(await scrape(api().server.url), COMPILED);
    for (let i = 0; i < 3; i++) {
      const answer = await api().query<{ insurers: { totalCount: number } }>('{ insurers { totalCount } }');
      expect(answer.data?.insurers.totalCount).toBeGreaterThan(0);
    }
    expect(metricValue(await scrape(api().server.url), COMPILED)).toBe(before);
  });
});

describe('a document asked again while the database cannot be reached', () => {
  let engine: GraphEngine;
  let server: AppServer;
  beforeAll(async () => {
    const unreachable = await unreachableEngine();
    engine = unreachable.engine;
    const config = loadConfig({ PORT: '0', NODE_ENV: 'production', GRAPHQL_COMPILE_AFTER: '2' });
    server = await startServer(engine, config, { log: () => {} });
    await unreachable.cut();
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  it('answers DATABASE_UNAVAILABLE at the field that failed, compiled as by graphql-js', async () => {
    // An error thrown without GraphQL extensions, deep in a request: graphql-jit's own errors leave them out.
    const ask = async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ policy(key: "vgz-msz-2024") { key criteria { totalCount } } }' }),
      });
      return { status: res.status, body: (await res.json()) as { errors?: unknown[] } };
    };
    // The message ends in the driver's own words, which vary with how the connection failed this time
    // (refused, or no answer in time): everything else is the same both ways.
    const unavailable = {
      body: {
        errors: [
          {
            message: expect.stringMatching(/^the \w+ database is unavailable: /) as unknown,
            path: ['policy'],
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      },
    };
    const first = await ask();
    const second = await ask();
    expect(first).toMatchObject(unavailable);
    expect(second).toMatchObject(unavailable);
    expect(second.status).toBe(first.status);
  });
});
