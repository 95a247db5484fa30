import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { startServer, type AppServer } from '../../src/server/http-server';
import { engineKindUnderTest, engineUnderTest } from '../utils/engine';
import { localNeo4j, type LocalNeo4j } from '../utils/neo4j-server';
import { validatedSeed } from '../utils/shared-seed';

/**
 * A database that was started and never loaded: on the embedded engine a new temporary one; on Neo4j a new
 * server of this file's own (the shared one holds the seed).
 */
describe('a graph database started but never loaded', () => {
  let neo4j: LocalNeo4j | undefined;
  let engine: GraphEngine;
  let server: AppServer;
  beforeAll(async () => {
    if (engineKindUnderTest() === 'neo4j') {
      neo4j = await localNeo4j(undefined, '-Xms128m -Xmx768m');
      await neo4j.start();
      // A new server plans every statement for the first time: on a busy machine that takes a while.
      engine = createEngine(
        loadConfig({
          GRAPH_ENGINE: 'neo4j',
          NEO4J_URI: neo4j.uri,
          NEO4J_PASSWORD: neo4j.password,
          QUERY_TIMEOUT_MS: '60000',
        }),
      );
    } else engine = engineUnderTest();
    await engine.connect();
    server = await startServer(
      engine,
      loadConfig({ PORT: '0', NODE_ENV: 'test', QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' }),
      { log: () => {} },
    );
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await engine?.close();
    await neo4j?.stop();
  });

  const ask = async (query: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };
  };
  const codes = (body: Awaited<ReturnType<typeof ask>>) => body.errors?.map((e) => e.extensions.code);
  const requirements = '{ requirements(providerType: "zbc", insurer: "vgz", year: 2024) { totalCount } }';
  const search = '{ search(query: "coordinatiefunctie") { totalCount } }';

  it('is not ready: /ready answers 503 "graph not loaded", while /health says the database is reachable', async () => {
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      ready: false,
      reason: 'graph not loaded',
      reachable: true,
      loaded: false,
    });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', reachable: true });
    expect(await engine.loadedGraph()).toBeUndefined();
  });

  it('answers every question GRAPH_NOT_LOADED: not an unknown key, not an internal error', async () => {
    const body = await ask(requirements);
    expect(codes(body)).toEqual(['GRAPH_NOT_LOADED']);
    expect(body.errors?.[0]?.message).toMatch(/^graph not loaded: /);
    expect(codes(await ask(search))).toEqual(['GRAPH_NOT_LOADED']);
    expect(codes(await ask('{ insurer(key: "vgz") { name } }'))).toEqual(['GRAPH_NOT_LOADED']);
    const csv = await fetch(`${server.url}/export/requirements.csv?providerType=zbc`);
    expect(csv.status).toBe(503);
    expect(await csv.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPH_NOT_LOADED' } }] });
  });

  it('answers what needs no graph: the schema', async () => {
    expect(await ask('{ __schema { queryType { name } } }')).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
  });

  it('once loaded is ready, with the load’s fingerprint, and answers the same questions', async () => {
    await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
    const loaded = await engine.loadedGraph();
    expect(loaded).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      nodeCount: expect.any(Number) as unknown,
      relationshipCount: expect.any(Number) as unknown,
    });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      loaded: true,
      graph: { fingerprint: loaded?.fingerprint, loadedAt: loaded?.loadedAt },
    });
    const body = await ask(requirements);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ requirements: { totalCount: expect.any(Number) as unknown } });
    const found = await ask(search);
    expect(found.errors).toBeUndefined();
    expect(found.data).toEqual({ search: { totalCount: expect.any(Number) as unknown } });
    expect((await fetch(`${server.url}/export/requirements.csv?providerType=zbc`)).status).toBe(200);
  }, 300_000);

  it('a second load of the same seed keeps the fingerprint and moves loadedAt', async () => {
    const before = await engine.loadedGraph();
    await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
    const after = await engine.loadedGraph();
    expect(after?.fingerprint).toBe(before?.fingerprint);
    expect(after?.loadedAt).not.toBe(before?.loadedAt);
  }, 300_000);
});
