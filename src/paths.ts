import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the project's own files are (cypher/, seed/, schema/, dist/), wherever the process was started
 * from and whether it runs the TypeScript sources (src/) or the compiled build (dist/server/): the
 * nearest directory above this file that holds package.json.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT_DIR = packageRoot(__dirname);
export const SEED_DIR = join(ROOT_DIR, 'seed');

/** The seed folder a configuration names (SEED_DIR, from the working directory), or the project's own. */
export const seedDirOf = (config: { SEED_DIR?: string }): string =>
  config.SEED_DIR ? resolve(config.SEED_DIR) : SEED_DIR;

/** Where start-up keeps what it can reuse (SEED_CACHE_DIR, or .cache/seed in the project). */
export const seedCacheDirOf = (config: { SEED_CACHE_DIR?: string }): string =>
  config.SEED_CACHE_DIR ? resolve(config.SEED_CACHE_DIR) : join(ROOT_DIR, '.cache', 'seed');
