import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import { QueryTimeoutError, type GraphEngine } from '../../src/engine/graph-engine';
import { SEARCH_BOUNDS } from '../../src/search/search-query';
import { HTTP_STATUS_OF_CODE, httpStatusOf } from '../../src/server/error-status';
import { startServer, type AppServer } from '../../src/server/http-server';
import { engineEnv, unreachableEngine } from '../utils/engine';
import { useTestApi } from '../utils/server';

/** 10¹² pairs to count: no database finishes it within any query timeout a test would wait for. */
const ENDLESS = { n: 1_000_000 };

describe('a statement past QUERY_TIMEOUT_MS on a database that answers', () => {
  let engine: GraphEngine;
  beforeAll(async () => {
    engine = createEngine(loadConfig({ ...engineEnv(), EMBEDDED_POOL_SIZE: '2', QUERY_TIMEOUT_MS: '3000' }));
    // A connection made and the statement planned: what follows is the statement's own time.
    await engine.read('database/count-pairs', { n: 3 });
  });
  afterAll(() => engine.close());

  it('is a QueryTimeoutError (QUERY_TIMEOUT), not an unavailable database', async () => {
    await expect(engine.read('database/count-pairs', ENDLESS)).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it('is a QueryTimeoutError in a request’s own transaction too, and the database answers the next statement', async () => {
    const request = engine.openRequest();
    try {
      await expect(request.read('database/count-pairs', ENDLESS)).rejects.toBeInstanceOf(QueryTimeoutError);
      await expect(request.read('database/count-pairs', { n: 3 })).resolves.toEqual([{ pairs: 9 }]);
    } finally {
      await request.close();
    }
    expect(await engine.health()).toMatchObject({ reachable: true });
  });
});

describe('search is bounded by the work it causes', () => {
  const api = useTestApi();
  const search = async (query: string) =>
    api().query<{ search: { totalCount: number; edges: Array<{ node: { key: string } }> } }>(
      'query($q: String!) { search(query: $q, first: 100) { totalCount edges { node { key } } } }',
      { q: query },
    );

  it('"zbc msz" 25 times (199 characters) is a search for its two words, with the same hits', async () => {
    const repeated = Array(25).fill('zbc msz').join(' ').slice(0, 199);
    expect(repeated).toHaveLength(199);
    const [once, many] = [await search('zbc msz'), await search(repeated)];
    expect(once.errors).toBeUndefined();
    expect(once.data?.search.totalCount).toBeGreaterThan(0);
    expect(many).toEqual(once);
  });

  it(`more than ${SEARCH_BOUNDS.words} different words is BAD_USER_INPUT naming the argument and the bound`, async () => {
    const words = 'zbc agb code vgz 2024 eis lid nza ggz';
    const body = await search(words);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`^Argument query holds 9 different words; a search takes at most ${SEARCH_BOUNDS.words} `),
    );
    // The same words but one, at the bound: answered (with what every word of them matches).
    expect((await search(words.split(' ').slice(0, SEARCH_BOUNDS.words).join(' '))).errors).toBeUndefined();
  });

  it(`more than ${SEARCH_BOUNDS.fuzzyTerms} terms that forgive typing errors is BAD_USER_INPUT saying so`, async () => {
    // Five care-type abbreviations: few words, but each stands for names of long words.
    const body = await search('msz zbc ggz elv grz');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`words that forgive typing errors .*; a search takes at most ${SEARCH_BOUNDS.fuzzyTerms}`),
    );
  });
});

describe('while the database cannot be reached', () => {
  let engine: GraphEngine;
  let server: AppServer;
  beforeAll(async () => {
    // The embedded engine closed under the server; a Neo4j URI on a port where nothing listens.
    const unreachable = await unreachableEngine();
    engine = unreachable.engine;
    server = await startServer(engine, loadConfig({ PORT: '0', NODE_ENV: 'test' }), { log: () => {} });
    await unreachable.cut();
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  it('a CSV export answers 503 DATABASE_UNAVAILABLE, the code the same question answers over GraphQL', async () => {
    const res = await fetch(`${server.url}/export/requirements.csv?providerType=zbc&insurer=vgz&year=2024`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ requirements(providerType: "zbc", insurer: "vgz", year: 2024) { totalCount } }',
      }),
    });
    const answer = (await graphql.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(answer.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
  });

  it('/ready and /health answer 503', async () => {
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reason: 'database unreachable', reachable: false });
    expect((await fetch(`${server.url}/health`)).status).toBe(503);
  });
});

describe('one table of HTTP statuses for error codes', () => {
  it('says what the server’s state is apart from what the client must change', () => {
    expect(HTTP_STATUS_OF_CODE).toMatchObject({
      BAD_USER_INPUT: 400,
      NOT_FOUND: 400,
      DATABASE_UNAVAILABLE: 503,
      GRAPH_NOT_LOADED: 503,
      REQUEST_TIMEOUT: 503,
      QUERY_TIMEOUT: 504,
    });
    // The server's state wins over the client's mistake; an unknown code is the server's fault.
    expect(httpStatusOf(['BAD_USER_INPUT', 'QUERY_TIMEOUT'])).toBe(504);
    expect(httpStatusOf(['NOT_FOUND', 'BAD_USER_INPUT'])).toBe(400);
    expect(httpStatusOf(['SOMETHING_ELSE'])).toBe(500);
  });
});
