import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import type { EngineKind, GraphEngine } from '../../src/engine/graph-engine';
import { freePort } from './neo4j-server';
import { holdSeed, seedSnapshot } from './shared-seed';

/**
 * The engine the integration tests run against: the embedded engine, a temporary database, by default;
 * a real Neo4j when the suite runs as `npm run test:neo4j` (TEST_ENGINE=neo4j and NEO4J_* set).
 */
export function engineUnderTest(): GraphEngine {
  return createEngine(loadConfig({ ...engineEnv(), EMBEDDED_POOL_SIZE: '2' }));
}

/**
 * The engine under test holding seed/: on the embedded engine a temporary database of its own that starts
 * as a copy of the run's loaded seed; on Neo4j the one shared database, loaded only when it does not hold
 * seed/ already (see holdSeed).
 */
export async function seededEngineUnderTest(): Promise<GraphEngine> {
  const config = loadConfig({ ...engineEnv(), EMBEDDED_POOL_SIZE: '2' });
  const snapshot = config.GRAPH_ENGINE === 'embedded' ? seedSnapshot() : undefined;
  const engine = createEngine(config, snapshot);
  try {
    if (!snapshot) await holdSeed(engine);
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

/**
 * An engine that cannot reach its database once `cut` has run: on Neo4j a URI where nothing listens (its
 * statements give up within 2 s), embedded a seeded engine that `cut` closes. Start the server, then cut.
 */
export async function unreachableEngine(): Promise<{ engine: GraphEngine; cut(): Promise<void> }> {
  if (engineKindUnderTest() === 'neo4j') {
    const nobody = `bolt://127.0.0.1:${await freePort()}`;
    const engine = createEngine(loadConfig({ ...engineEnv(), NEO4J_URI: nobody, QUERY_TIMEOUT_MS: '2000' }));
    return { engine, cut: () => Promise.resolve() };
  }
  const engine = await seededEngineUnderTest();
  return { engine, cut: () => engine.close() };
}

export function engineKindUnderTest(): EngineKind {
  return process.env.TEST_ENGINE === 'neo4j' ? 'neo4j' : 'embedded';
}

/** The variables that point a child process (`zorginkoop serve`, `npm run seed`) at the engine under test. */
export function engineEnv(): Record<string, string> {
  if (engineKindUnderTest() === 'embedded') return { GRAPH_ENGINE: 'embedded' };
  return { GRAPH_ENGINE: 'neo4j', ...neo4jEnv() };
}

/** The Neo4j the suite was given (NEO4J_URI, NEO4J_PASSWORD, and NEO4J_USER / NEO4J_DATABASE when set). */
export function neo4jEnv(): Record<string, string> {
  const names = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'];
  const env: Record<string, string> = {};
  for (const name of names) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  if (!env.NEO4J_URI || !env.NEO4J_PASSWORD) throw new Error('the Neo4j tests need NEO4J_URI and NEO4J_PASSWORD');
  return env;
}

/**
 * The engine itself but for its writes: the write transactions' `failAt`th statement throws as a lost
 * connection would, so that a test can see a load that fails half-way leave the graph as it was. Only the
 * statements `counts` accepts are counted (all by default): `counts: (s) => s.endsWith('/promote.neo4j')` fails
 * inside Neo4j's switch. `lost`: the connection stays lost, every later statement throws too (nothing the
 * loader does after the failure reaches the database).
 */
export function failingWrites(
  engine: GraphEngine,
  failAt: number,
  { counts = () => true, lost = false }: { counts?: (statement: string) => boolean; lost?: boolean } = {},
): { engine: GraphEngine; statements: () => number } {
  let statements = 0;
  const write: GraphEngine['write'] = (work) =>
    engine.write((tx) =>
      work({
        run: (query, ...args) => {
          const counted = counts(query);
          if (counted) statements += 1;
          if ((counted && statements === failAt) || (lost && statements >= failAt))
            throw new Error('simulated loss of the database connection');
          return tx.run(query, ...args);
        },
      }),
    );
  const failing = new Proxy(engine, {
    get: (target, name, receiver): unknown => (name === 'write' ? write : Reflect.get(target, name, receiver)),
  });
  return { engine: failing, statements: () => statements };
}
