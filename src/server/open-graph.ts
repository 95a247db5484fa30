import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { seedsOnStart, type Config } from '../config';
import { createEngine } from '../engine/create-engine';
import { EmbeddedEngine } from '../engine/embedded-engine';
import type { GraphEngine } from '../engine/graph-engine';
import { seedCacheDirOf, seedDirOf } from '../paths';
import { loadSeed } from '../seed/load-seed';
import { SeedCache, seedFingerprint } from '../seed/seed-cache';
import { DRAFTS_FOLDER } from '../seed/draft-shape';
import { draftReport, validateSeed, type DraftOutcome } from '../seed/validate-seed';

export interface OpenedGraph {
  engine: GraphEngine;
  /** What start-up did to have a graph, for the log: nothing, loaded the seed, or reused a snapshot. */
  how: string;
  /** With drafts asked for: what became of each draft, one line each and one per entry left out, for the log. */
  notes: string[];
}

/** The drafts' report for the log; a request for drafts where there are none says so rather than nothing. */
const draftNotes = (outcomes: DraftOutcome[], seedDir: string) =>
  outcomes.length > 0
    ? draftReport(outcomes)
    : [`no drafts in ${join(seedDir, DRAFTS_FOLDER)}: only the curated seed is loaded`];

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
 * The engine, connected, holding the seed when start-up loads it (with its drafts when LOAD_DRAFTS is set, as
 * `zorginkoop serve --drafts` sets it). A temporary embedded database starts as a copy of the snapshot taken
 * after an earlier load of the same seed by the same code (SeedCache), or else is loaded (from a cached
 * validation when there is one) and then snapshotted for the next start.
 */
export async function openGraph(config: Config): Promise<OpenedGraph> {
  const drafts = config.LOAD_DRAFTS;
  if (!seedsOnStart(config)) {
    // A database that start-up does not load keeps what `zorginkoop seed` put there; it cannot add drafts to it.
    const notes = drafts
      ? [
          'drafts not loaded: start-up does not load the seed into this database (SEED_ON_START); `zorginkoop seed --drafts` loads the seed with its drafts',
        ]
      : [];
    return { engine: await connected(config), how: 'not loaded at start-up', notes };
  }
  const seedDir = seedDirOf(config);
  const withDrafts = drafts ? ' with its drafts' : '';
  const cache = config.SEED_CACHE ? new SeedCache(seedCacheDirOf(config)) : undefined;
  const fingerprint = cache ? seedFingerprint(seedDir, { drafts }) : undefined;
  const snapshot = cache && fingerprint && isTemporaryEmbedded(config) ? cache.snapshotPath(fingerprint) : undefined;
  const outcome = drafts && cache && fingerprint ? cache.drafts(fingerprint) : undefined;
  // From a snapshot only when it can say again what became of the drafts.
  if (snapshot && existsSync(snapshot) && (!drafts || outcome)) {
    try {
      return {
        engine: await connected(config, snapshot),
        how: `started from the snapshot of an earlier load of ${seedDir}${withDrafts} (${snapshot})`,
        notes: draftNotes(outcome ?? [], seedDir),
      };
    } catch {
      // A damaged snapshot is dropped and the seed loaded as if there were none.
      rmSync(snapshot, { force: true });
    }
  }
  const engine = await connected(config);
  try {
    const validation =
      cache && fingerprint ? cache.validated(seedDir, fingerprint, { drafts }) : validateSeed(seedDir, { drafts });
    const summary = await loadSeed(engine, seedDir, undefined, validation);
    if (snapshot && cache && fingerprint && engine instanceof EmbeddedEngine) {
      if (summary.drafts) cache.storeDrafts(fingerprint, summary.drafts);
      cache.store(snapshot, (tmp) => engine.snapshotTo(tmp));
    }
    const nodes = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    const cached = 'fromCache' in validation && validation.fromCache ? ' (validated at an earlier start)' : '';
    return {
      engine,
      how: `loaded ${nodes} nodes from ${seedDir}${withDrafts}${cached}`,
      notes: drafts ? draftNotes(summary.drafts ?? [], seedDir) : [],
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}
