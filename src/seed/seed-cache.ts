import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT_DIR } from '../paths';
import { validateSeed, type SeedValidation } from './validate';

/**
 * What start-up can reuse from an earlier start on the same seed: the validated graph (validation with
 * its quote checks takes seconds at 1x and minutes at 100x), and a snapshot of a database loaded from it.
 *
 * Correct by construction: an entry is named by a fingerprint of everything that decides its content:
 * every byte of the seed folder (YAML and source texts, with their paths), the code that reads,
 * validates and writes it (src/seed, src/model, src/engine, or their compiled forms), the Cypher files,
 * and the LadybugDB version. Any change to any of them is another name, so a stale entry is never read.
 * Only a clean validation is kept; a seed with problems is validated in full every time.
 * `zorginkoop validate` and `npm test` always validate in full.
 */

const CODE_DIRS = ['seed', 'model', 'engine'].map((d) => join(__dirname, '..', d));
const KEEP = 2;

function hashTree(
  hash: ReturnType<typeof createHash>,
  dir: string,
  root: string,
  accept: (name: string) => boolean,
): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path, root, accept);
    else if (entry.isFile() && accept(entry.name)) {
      hash.update(`${relative(root, path)}\u0000`);
      hash.update(readFileSync(path));
      hash.update('\u0000');
    }
  }
}

/** The fingerprint of a seed folder together with the code that turns it into a graph. */
export function seedFingerprint(seedDir: string): string {
  const hash = createHash('sha256');
  hashTree(hash, seedDir, seedDir, (name) => /\.(ya?ml|txt)$/.test(name));
  hash.update('\u0001code');
  for (const dir of CODE_DIRS)
    hashTree(hash, dir, join(__dirname, '..'), (name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'));
  hashTree(hash, join(ROOT_DIR, 'cypher'), ROOT_DIR, (name) => name.endsWith('.cypher'));
  const ladybug = join(ROOT_DIR, 'node_modules', '@ladybugdb', 'core', 'package.json');
  hash.update(
    existsSync(ladybug) ? (JSON.parse(readFileSync(ladybug, 'utf8')) as { version: string }).version : 'no-ladybug',
  );
  return hash.digest('hex').slice(0, 32);
}

export class SeedCache {
  constructor(readonly dir: string) {}

  validationPath(fingerprint: string): string {
    return join(this.dir, `validated-${fingerprint}.json`);
  }

  snapshotPath(fingerprint: string): string {
    return join(this.dir, `graph-${fingerprint}.lbug`);
  }

  /** The seed validated: from the cache when this very seed and code were validated clean before. */
  validated(seedDir: string, fingerprint = seedFingerprint(seedDir)): SeedValidation & { fromCache: boolean } {
    const path = this.validationPath(fingerprint);
    if (existsSync(path)) {
      try {
        return { ...(JSON.parse(readFileSync(path, 'utf8')) as SeedValidation), problems: [], fromCache: true };
      } catch {
        // Unreadable (a crash mid-write is ruled out by the rename below; a disk error is not): validate anew.
      }
    }
    const validation = validateSeed(seedDir);
    if (validation.problems.length === 0)
      this.store(path, (tmp) =>
        writeFileSync(tmp, JSON.stringify({ graph: validation.graph, files: validation.files })),
      );
    return { ...validation, fromCache: false };
  }

  /** Writes an entry whole or not at all (a temporary name, then a rename), and keeps only the newest few of its kind. */
  store(path: string, write: (tmp: string) => void): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      write(tmp);
      renameSync(tmp, path);
      this.prune(path);
    } catch {
      // A read-only or full disk costs the next start its time, not this one its answer.
    }
  }

  private prune(kept: string): void {
    const kind = /^(validated|graph)-/.exec(kept.slice(this.dir.length + 1))?.[1];
    const entries = readdirSync(this.dir)
      .filter((f) => f.startsWith(`${kind}-`) && !f.endsWith('.tmp'))
      .map((f) => ({ path: join(this.dir, f), at: statSync(join(this.dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of entries.slice(KEEP)) if (old.path !== kept) rmSync(old.path, { force: true });
  }
}
