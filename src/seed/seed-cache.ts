import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT_DIR } from '../paths';
import { DRAFTS_FOLDER } from './draft-shape';
import { validateSeed, type DraftOutcome, type SeedValidation } from './validate';

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
  skipDir: (path: string) => boolean = () => false,
): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipDir(path)) hashTree(hash, path, root, accept, skipDir);
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFileBehind(path))) && accept(entry.name)) {
      // A link the seed check follows (src/seed/read-seed.ts) counts by what it leads to.
      hash.update(`${relative(root, path)}\u0000`);
      hash.update(readFileSync(path));
      hash.update('\u0000');
    }
  }
}

/** Whether a symbolic link leads to a file (a link leading nowhere is refused by the seed check). */
function isFileBehind(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The fingerprint of a seed folder together with the code that turns it into a graph. Its drafts count only
 * when they are loaded: a new draft leaves the curated graph's entries valid, and a load with drafts is
 * another graph than one without, even with no draft there.
 */
export function seedFingerprint(seedDir: string, options: { drafts?: boolean } = {}): string {
  const hash = createHash('sha256');
  const drafts = options.drafts === true;
  hash.update(drafts ? 'with drafts\u0001' : '');
  const draftsDir = join(seedDir, DRAFTS_FOLDER);
  hashTree(
    hash,
    seedDir,
    seedDir,
    (name) => /\.(ya?ml|txt)$/.test(name),
    (path) => !drafts && path === draftsDir,
  );
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

  /** What became of the drafts in the load a snapshot holds: start-up reports it again when it starts from one. */
  draftsPath(fingerprint: string): string {
    return join(this.dir, `drafts-${fingerprint}.json`);
  }

  /** Keeps, beside a snapshot, what became of the drafts in the load it holds. */
  storeDrafts(fingerprint: string, drafts: DraftOutcome[]): void {
    this.store(this.draftsPath(fingerprint), (tmp) => writeFileSync(tmp, JSON.stringify(drafts)));
  }

  /**
   * The seed validated (with its drafts when asked): from the cache when this very seed and code were validated
   * clean before. Entries of drafts left out do not make it unclean: they are part of what is kept.
   */
  validated(
    seedDir: string,
    fingerprint = seedFingerprint(seedDir),
    options: { drafts?: boolean } = {},
  ): SeedValidation & { fromCache: boolean } {
    const path = this.validationPath(fingerprint);
    if (existsSync(path)) {
      try {
        return { ...(JSON.parse(readFileSync(path, 'utf8')) as SeedValidation), problems: [], fromCache: true };
      } catch {
        // Unreadable (a crash mid-write is ruled out by the rename below; a disk error is not): validate anew.
      }
    }
    const validation = validateSeed(seedDir, options);
    if (validation.problems.length === 0) {
      const { graph, files, drafts } = validation;
      this.store(path, (tmp) => writeFileSync(tmp, JSON.stringify({ graph, files, drafts })));
    }
    return { ...validation, fromCache: false };
  }

  /** The drafts' outcome kept with a validation; undefined when there is none or it cannot be read. */
  drafts(fingerprint: string): DraftOutcome[] | undefined {
    try {
      return JSON.parse(readFileSync(this.draftsPath(fingerprint), 'utf8')) as DraftOutcome[];
    } catch {
      return undefined;
    }
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
    const kind = /^(validated|graph|drafts)-/.exec(kept.slice(this.dir.length + 1))?.[1];
    const entries = readdirSync(this.dir)
      .filter((f) => f.startsWith(`${kind}-`) && !f.endsWith('.tmp'))
      .map((f) => ({ path: join(this.dir, f), at: statSync(join(this.dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of entries.slice(KEEP)) if (old.path !== kept) rmSync(old.path, { force: true });
  }
}
