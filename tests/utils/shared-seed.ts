import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph } from '../../src/cli/export-graph';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import type { SeedValidation } from '../../src/seed/validate-seed';
import { validateSeed } from '../../src/seed/validate-seed';

/**
 * seed/, validated and loaded once per jest run (tests/utils/global-setup.ts) instead of once per test
 * file: validation with its quote checks and a load take seconds each, and about 25 files need the graph.
 * What the set-up leaves in the directory named by SHARED_SEED_ENV:
 * - the validation of seed/ (it had no problems, or the set-up failed the run),
 * - a snapshot of a temporary embedded database loaded from it, which each file's engine starts as a
 *   copy of (its own copy: files run in parallel and some change their graph),
 * - a digest of that graph as exported, by which a shared Neo4j is seen to hold seed/ already.
 * Validation is tested on its own (tests/seed/validate-seed.test.ts), loading by the tests that load.
 */
export const SHARED_SEED_ENV = 'ZORGINKOOP_TEST_SEED_DIR';

const files = (dir: string) => ({
  validation: join(dir, 'validation.json'),
  snapshot: join(dir, 'graph.lbug'),
  digest: join(dir, 'graph.digest'),
});

/** Validates and loads seed/ into `dir` (see above); throws when seed/ has problems. */
export async function prepareSharedSeed(dir: string): Promise<void> {
  const validation = validateSeed(SEED_DIR);
  if (validation.problems.length > 0)
    throw new Error(`seed/ has ${validation.problems.length} problem(s): see tests/seed/validate-seed.test.ts`);
  const engine = new EmbeddedEngine({ poolSize: 2, queryTimeoutMs: 60_000, readCacheRows: 0 });
  try {
    await loadSeed(engine, SEED_DIR, undefined, validation);
    engine.snapshotTo(files(dir).snapshot);
    writeFileSync(files(dir).digest, await graphDigest(engine));
  } finally {
    await engine.close();
  }
  writeFileSync(files(dir).validation, JSON.stringify({ graph: validation.graph, files: validation.files }));
}

/** The directory of this run's shared seed; undefined when no global set-up ran (then everything loads). */
function sharedDir(): string | undefined {
  const dir = process.env[SHARED_SEED_ENV];
  return dir && existsSync(files(dir).snapshot) ? dir : undefined;
}

/** The snapshot of seed/ loaded, for a temporary embedded engine to start from (EmbeddedOptions.startFrom). */
export function seedSnapshot(): string | undefined {
  const dir = sharedDir();
  return dir && files(dir).snapshot;
}

let validation: SeedValidation | undefined;

/** seed/ validated: the set-up's validation when there is one, else validated here (once a file). */
export function validatedSeed(): SeedValidation {
  const dir = sharedDir();
  validation ??= dir
    ? { ...(JSON.parse(readFileSync(files(dir).validation, 'utf8')) as SeedValidation), problems: [] }
    : validateSeed(SEED_DIR);
  return validation;
}

/**
 * Makes `engine` hold seed/. A database that already holds exactly its graph (a shared Neo4j another file
 * loaded) is only given its schema again, which restores an index or constraint a test dropped; any
 * other content, left by a test that loaded something else, emptied or broke it, is replaced by a load.
 */
export async function holdSeed(engine: GraphEngine): Promise<void> {
  const dir = sharedDir();
  // The load marker too: a graph with seed/'s content but no marker (emptied of it, or loaded by an earlier
  // release) answers GRAPH_NOT_LOADED.
  if (
    dir &&
    (await digestIfReadable(engine)) === readFileSync(files(dir).digest, 'utf8') &&
    (await engine.loadedGraph().catch(() => undefined))
  ) {
    await engine.applySchema();
    return;
  }
  await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
}

/** Undefined for a database that cannot be exported: a new embedded one has no tables yet. */
async function digestIfReadable(engine: GraphEngine): Promise<string | undefined> {
  try {
    return await graphDigest(engine);
  } catch {
    return undefined;
  }
}

/**
 * The graph as exported, in an order of its own (the engines order links differently), hashed: two
 * databases with the same digest hold the same nodes with the same properties and the same links.
 */
async function graphDigest(engine: GraphEngine): Promise<string> {
  const graph = await exportGraph(engine);
  const hash = createHash('sha256');
  for (const label of Object.keys(graph.nodes).sort()) {
    const rows = (graph.nodes[label] ?? []).map((row) => JSON.stringify(row)).sort();
    hash.update(`${label}\u0000${rows.join('\u0000')}\u0001`);
  }
  hash.update(
    graph.relationships
      .map((r) => JSON.stringify(r))
      .sort()
      .join('\u0000'),
  );
  return hash.digest('hex');
}

/** A copy of seed/ in a temporary directory, for tests that break it on purpose. */
export function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-seed-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}
