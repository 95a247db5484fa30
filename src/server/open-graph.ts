import { existsSync, rmSync } from 'node:fs';
import { seedsOnStart, type Config } from '../config';
import { createEngine } from '../engine/create-engine';
import { EmbeddedEngine } from '../engine/embedded-engine';
import type { GraphEngine } from '../engine/graph-engine';
import { seedCacheDirOf, seedDirOf } from '../paths';
import { loadSeed } from '../seed/load-seed';
import { SeedCache, seedFingerprint } from '../seed/seed-cache';

export interface OpenedGraph {
  engine: GraphEngine;
  /** What start-up did to have a graph, for the log: nothing, loaded the seed, or reused a snapshot. */
  how: string;
}

const isTemporaryEmbedded = (config: Config) => config.GRAPH_ENGINE === 'embedded' && !config.EMBEDDED_DB_PATH;

async function connected(config: Config, startFrom?: string): Promise<GraphEngine> {
  const engine = createEngine(config, startFrom);
  try {
    await engine.connect();
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

/**
 * The engine, connected, holding the seed when start-up loads it. A temporary embedded database starts as
 * a copy of the snapshot taken after an earlier load of the same seed by the same code (SeedCache), or
 * else is loaded (from a cached validation when there is one) and then snapshotted for the next start.
 */
export async function openGraph(config: Config): Promise<OpenedGraph> {
  if (!seedsOnStart(config)) return { engine: await connected(config), how: 'not loaded at start-up' };
  const seedDir = seedDirOf(config);
  const cache = config.SEED_CACHE ? new SeedCache(seedCacheDirOf(config)) : undefined;
  const fingerprint = cache ? seedFingerprint(seedDir) : undefined;
  const snapshot = cache && fingerprint && isTemporaryEmbedded(config) ? cache.snapshotPath(fingerprint) : undefined;
  if (snapshot && existsSync(snapshot)) {
    try {
      return {
        engine: await connected(config, snapshot),
        how: `started from the snapshot of an earlier load of ${seedDir} (${snapshot})`,
      };
    } catch {
      // A damaged snapshot is dropped and the seed loaded as if there were none.
      rmSync(snapshot, { force: true });
    }
  }
  const engine = await connected(config);
  try {
    const validation = cache && fingerprint ? cache.validated(seedDir, fingerprint) : undefined;
    const summary = await loadSeed(engine, seedDir, undefined, validation);
    if (snapshot && cache && engine instanceof EmbeddedEngine) cache.store(snapshot, (tmp) => engine.snapshotTo(tmp));
    const nodes = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    return {
      engine,
      how: `loaded ${nodes} nodes from ${seedDir}${validation?.fromCache ? ' (validated at an earlier start)' : ''}`,
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
