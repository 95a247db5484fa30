import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphEngine } from '../src/engine/graph-engine';
import { startFloor, type Captured } from './floor-server';
import { startPeer, type PeerSettings } from './peer/peer-server';

/**
 * One target of the benchmark in a process of its own (spawned by run-bench.ts with an IPC channel), so
 * that no server shares its event loop or heap with another target or with the load generator.
 *
 * argv[2] is a JSON TargetSpec. Once listening it sends { type: 'ready', url, how }; asked { type: 'stats' }
 * it answers { type: 'stats', calls, cacheHits } (the statements its engine was asked for, and how many of
 * them its read cache answered); on SIGTERM or disconnect it closes and exits.
 */
// Every target runs its TypeScript through tsx, which turns on Node's source maps: then every stack trace is
// mapped back to the sources, and neo4j-driver takes one for every statement's result (about 1.5 % of a
// server's time in a profile). Servers in production run compiled JavaScript without source maps
// (`npm start`): so do the targets here, the project's and the peer's alike.
process.setSourceMapsEnabled(false);

/**
 * The project's server as `npm start` runs it: the compiled build (run-bench.ts makes it fresh before it
 * starts any target), not the sources through tsx. tsx compiles each module with esbuild's `keepNames`,
 * which calls a helper for every named function made, closures in every request included: measured on
 * Neo4j at 1x, the compiled server takes 7 % less CPU per request on requirements and 10 % less on regions.
 * The peer's @neo4j/graphql is compiled JavaScript from node_modules, which tsx leaves as it is.
 */
const DIST = join(__dirname, '..', 'dist', 'server');
const compiled = {
  config: () => import(join(DIST, 'config.js')) as Promise<typeof import('../src/config')>,
  createEngine: () =>
    import(join(DIST, 'engine', 'create-engine.js')) as Promise<typeof import('../src/engine/create-engine')>,
  httpServer: () =>
    import(join(DIST, 'server', 'http-server.js')) as Promise<typeof import('../src/server/http-server')>,
  openGraph: () => import(join(DIST, 'server', 'open-graph.js')) as Promise<typeof import('../src/server/open-graph')>,
};

export type TargetSpec =
  | { kind: 'engine'; env: Record<string, string>; load: boolean }
  | { kind: 'floor'; capturedFile: string }
  | { kind: 'peer'; settings: PeerSettings };

export interface ReadyMessage {
  type: 'ready';
  url: string;
  how: string;
}
export interface StatsMessage {
  type: 'stats';
  calls: number;
  cacheHits: number | null;
}

/** The read cache's counter where the engine has one (the embedded engine's ReadCache.hits). */
function cacheHits(engine: GraphEngine | undefined): number | null {
  const cache = (engine as { cache?: { hits?: unknown } } | undefined)?.cache;
  return typeof cache?.hits === 'number' ? cache.hits : null;
}

interface Started {
  url: string;
  how: string;
  engine?: GraphEngine;
  /** Statements sent, for a target without an engine of the project's (the peer). */
  readonly calls?: number;
  stop(): Promise<void>;
}

async function start(spec: TargetSpec): Promise<Started> {
  switch (spec.kind) {
    case 'engine': {
      const [{ loadConfig }, { createEngine }, { startServer }, { openGraph }] = await Promise.all([
        compiled.config(),
        compiled.createEngine(),
        compiled.httpServer(),
        compiled.openGraph(),
      ]);
      const config = loadConfig({ PORT: '0', NODE_ENV: 'production', GRAPHQL_IDE: 'false', ...spec.env });
      let engine: GraphEngine;
      let how = 'connected';
      if (spec.load) {
        const opened = await openGraph(config);
        engine = opened.engine;
        how = opened.how;
      } else {
        engine = createEngine(config);
        await engine.connect();
      }
      const server = await startServer(engine, config, { log: () => {} });
      return {
        url: `${server.url}/graphql`,
        how,
        engine,
        stop: async () => {
          await server.close();
          await engine.close();
        },
      };
    }
    case 'floor': {
      const floor = await startFloor(JSON.parse(readFileSync(spec.capturedFile, 'utf8')) as Captured);
      return { ...floor, how: 'answers from memory' };
    }
    case 'peer': {
      const peer = await startPeer(spec.settings);
      return {
        url: peer.url,
        how: '@neo4j/graphql',
        get calls() {
          return peer.calls;
        },
        stop: () => peer.stop(),
      };
    }
  }
}

async function main() {
  const spec = JSON.parse(process.argv[2] ?? '') as TargetSpec;
  const target = await start(spec);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A server that does not close in time is not waited for: the benchmark must go on.
    setTimeout(() => process.exit(0), 5000).unref();
    await target.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stats')
      process.send?.({
        type: 'stats',
        calls: target.engine?.calls ?? target.calls ?? 0,
        cacheHits: cacheHits(target.engine),
      } satisfies StatsMessage);
  });
  process.send?.({ type: 'ready', url: target.url, how: target.how } satisfies ReadyMessage);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
