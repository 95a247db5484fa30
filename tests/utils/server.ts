import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { startServer, type AppServer } from '../../src/server/http-server';
import type { LogSink } from '../../src/server/request-log';
import { engineUnderTest } from './engine';

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

/** A seeded engine behind the real HTTP server on a free port. */
export async function startTestApi(
  options: { seedDir?: string; env?: Record<string, string>; log?: LogSink; engine?: GraphEngine } = {},
): Promise<TestApi> {
  const engine = options.engine ?? engineUnderTest();
  await loadSeed(engine, options.seedDir ?? SEED_DIR);
  // Request log lines are for operators; tests that care pass a sink of their own.
  const server = await startServer(engine, loadConfig({ PORT: '0', NODE_ENV: 'test', ...options.env }), {
    log: options.log ?? (() => {}),
  });
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

/** A copy of seed/ in a temporary directory, for tests that break it on purpose. */
export function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-seed-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
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
