import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
