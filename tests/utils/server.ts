import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { startServer, type AppServer } from '../../src/server/http-server';
import type { LogSink } from '../../src/server/request-log';
import { engineUnderTest, seededEngineUnderTest } from './engine';
import { holdSeed } from './shared-seed';

export { copyOfSeed } from './shared-seed';

export interface TestApi {
  engine: GraphEngine;
  server: AppServer;
  /** POSTs an operation to /graphql and returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A seeded engine behind the real HTTP server on a free port: the engine under test, or `engine`, holding
 * seed/ (the run's shared load, see shared-seed.ts) or, loaded here, the seed folder `seedDir`.
 */
export async function startTestApi(
  options: {
    seedDir?: string;
    /** Loads the seed folder's drafts too, as `zorginkoop serve --drafts` does. */
    drafts?: boolean;
    env?: Record<string, string>;
    log?: LogSink;
    engine?: GraphEngine;
  } = {},
): Promise<TestApi> {
  const engine = await seeded(options.engine, options.seedDir, options.drafts ?? false);
  let server: AppServer;
  try {
    // Request log lines are for operators; tests that care pass a sink of their own. Every document is
    // compiled at its first asking: the tests check the answers of compiled documents, which are what a
    // production server gives a client asking again (tests/server/compiled-execution.test.ts holds the two
    // ways of running a document to the same answers).
    const env = { PORT: '0', NODE_ENV: 'test', GRAPHQL_COMPILE_AFTER: '1', ...options.env };
    server = await startServer(engine, loadConfig(env), {
      log: options.log ?? (() => {}),
    });
  } catch (error) {
    // An engine left open keeps the test file's worker alive after its tests.
    await engine.close();
    throw error;
  }
  return {
    engine,
    server,
    query: async (query, variables) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    close: async () => {
      await server.close();
      await engine.close();
    },
  };
}

async function seeded(given: GraphEngine | undefined, seedDir = SEED_DIR, drafts = false): Promise<GraphEngine> {
  if (!given && seedDir === SEED_DIR && !drafts) return seededEngineUnderTest();
  const engine = given ?? engineUnderTest();
  try {
    if (seedDir === SEED_DIR && !drafts) await holdSeed(engine);
    else await loadSeed(engine, seedDir, undefined, validateSeed(seedDir, { drafts }));
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

/** Starts a seeded API before a file's tests and stops it after them; call the result to reach it. */
export function useTestApi(options: Parameters<typeof startTestApi>[0] = {}): () => TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(options);
  });
  afterAll(() => api?.close());
  return () => api!;
}
