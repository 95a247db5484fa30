import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import { ROOT_DIR } from '../../src/paths';
import { freePort, localNeo4j, type LocalNeo4j } from '../utils/neo4j-server';
import { serveProcess } from '../utils/served-process';
import { startTestApi, type TestApi } from '../utils/server';

/** A Neo4j of this file's own, stopped and started again under a running API. */

const QUERY_TIMEOUT_MS = 2000;
/** Far below the driver's 30 s retry window: the bound is the query timeout, plus room for a busy machine. */
const WITHIN = QUERY_TIMEOUT_MS + 4000;

/** `zorginkoop serve` with these variables: how it starts (its URL) or why it stopped. */
const zorginkoopServe = (env: Record<string, string>) =>
  serveProcess(process.execPath, [join(ROOT_DIR, 'bin', 'zorginkoop.js'), 'serve'], env);

describe('a live Neo4j that goes away and comes back', () => {
  let neo4j: LocalNeo4j;
  let api: TestApi;

  beforeAll(async () => {
    neo4j = await localNeo4j();
    await neo4j.start();
    const config = {
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    };
    api = await startTestApi({
      engine: createEngine(loadConfig(config)),
      env: { QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) },
    });
  });
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
  });

  const question = '{ policy(key: "vgz-msz-2024") { key criteria { totalCount } } }';
  /** jest's matcher for any number, as the unknown value it is to the answer it is compared with. */
  const anyNumber: unknown = expect.any(Number);

  it('answers while Neo4j is up, and is ready', async () => {
    const body = await api.query(question);
    expect(body).toEqual({ data: { policy: { key: 'vgz-msz-2024', criteria: { totalCount: anyNumber } } } });
    expect((await fetch(`${api.server.url}/ready`)).status).toBe(200);
  });

  it('while Neo4j is down, a query fails within the query timeout as DATABASE_UNAVAILABLE, and /ready and /health say so', async () => {
    await neo4j.stop();
    const started = Date.now();
    const body = await api.query(question);
    const elapsed = Date.now() - started;
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/^the neo4j database is unavailable: /);
    expect(elapsed).toBeLessThan(WITHIN);

    const readyStarted = Date.now();
    const ready = await fetch(`${api.server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reachable: false, engine: 'neo4j' });
    expect(Date.now() - readyStarted).toBeLessThan(WITHIN);
    expect((await fetch(`${api.server.url}/health`)).status).toBe(503);
  });

  it('when Neo4j is back, the same server answers again without a restart', async () => {
    await neo4j.start();
    // The driver drops the dead connections it still holds; a few tries at most.
    let body = await api.query(question);
    for (let attempt = 0; attempt < 5 && body.errors; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      body = await api.query(question);
    }
    expect(body).toEqual({ data: { policy: { key: 'vgz-msz-2024', criteria: { totalCount: anyNumber } } } });
    expect((await fetch(`${api.server.url}/ready`)).status).toBe(200);
  });

  it('`zorginkoop serve` with NEO4J_URI but no GRAPH_ENGINE serves from Neo4j and says so', async () => {
    const served = await zorginkoopServe({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
    try {
      expect(served.url).toBeDefined();
      expect(served.stderr).toContain('GRAPH_ENGINE is not set: using neo4j, because NEO4J_URI is set');
      expect(await (await fetch(`${served.url}/health`)).json()).toMatchObject({ engine: 'neo4j', reachable: true });
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it('`zorginkoop serve` stops at start-up with one clear line when Neo4j is not there', async () => {
    const nobody = `bolt://127.0.0.1:${await freePort()}`;
    const served = await zorginkoopServe({
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: nobody,
      NEO4J_PASSWORD: 'whatever-password',
      QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    });
    expect(served.code).toBe(1);
    expect(served.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^zorginkoop serve: Neo4j at ${nobody} cannot be reached \\(.+\\): check NEO4J_URI and that the server is running$`,
        ),
      ),
    ]);
  });

  // Last: Neo4j locks an account for a few seconds after failed logins.
  it('`zorginkoop serve` with a wrong password stops at start-up with one clear line', async () => {
    const served = await zorginkoopServe({
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: 'not-the-password',
    });
    expect(served.code).toBe(1);
    expect(served.stderr.trim().split('\n')).toEqual([
      `zorginkoop serve: Neo4j at ${neo4j.uri} refused the credentials of user "neo4j": check NEO4J_USER and NEO4J_PASSWORD`,
    ]);
  });
});
