import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import { ROOT_DIR, SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { validatedSeed } from '../utils/shared-seed';

const LOADS = 8;
/**
 * A load of seed/ takes 3 to 5 s on an idle machine; this allows for one far busier than that (both cores
 * taken by other work), so that only a load that really hangs fails the test.
 */

/** Runs a schema file's statements on a new database at argv[1] (`node -e`): LadybugDB itself, no engine of ours. */
const CREATE_TABLES = `
const { Database, Connection } = require('@ladybugdb/core');
const { readFileSync } = require('node:fs');
(async () => {
  const [path, file] = process.argv.slice(1);
  const database = new Database(path);
  const connection = new Connection(database);
  const statements = readFileSync(file, 'utf8').replace(/^\\/\\/.*$/gm, '').split(/;\\s*$/m);
  for (const statement of statements) if (statement.trim()) await connection.query(statement);
  await connection.close();
  await database.close();
})();`;

const sizeOf = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

describe('a persistent embedded database', () => {
  let dir: string | undefined;
  let engine: EmbeddedEngine | undefined;
  // Here rather than in the test: a test that times out still has its engine closed, which stops a load
  // still running (else it keeps the jest worker from exiting), and its database removed.
  afterEach(async () => {
    await engine?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    engine = dir = undefined;
  });

  it('does not grow with every re-seed: after a few loads its size stays where it is', async () => {
    const where = mkdtempSync(join(tmpdir(), 'zorginkoop-persistent-'));
    dir = where;
    const persistent = new EmbeddedEngine({
      path: join(where, 'graph'),
      poolSize: 1,
      queryTimeoutMs: 60_000,
      readCacheRows: 0,
    });
    engine = persistent;
    // Validated once: this is about what loads leave on disk, and a validation costs about what a load does.
    const validation = validatedSeed();
    const sizes: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      await loadSeed(persistent, SEED_DIR, undefined, validation);
      sizes.push(sizeOf(where));
    }
    const [counted] = await persistent.read('model/policy/count');
    expect(counted?.total).toBeGreaterThan(0);
    // Freed pages are reused once the log is folded in (a checkpoint after every load): loads 5 to 8
    // take no more room than load 4 did.
    expect(Math.max(...sizes.slice(4))).toBeLessThanOrEqual(sizes[3] ?? 0);
  });

  it('made before milestones had a kind and a term, is loaded all the same: the load adds the columns', async () => {
    const where = mkdtempSync(join(tmpdir(), 'zorginkoop-persistent-'));
    dir = where;
    const path = join(where, 'graph');
    // Today's tables as a release before those milestone properties made them: the same statements
    // without the columns, run by another process.
    const schema = join(where, 'create-schema-before-milestone-kinds.cypher');
    const today = readFileSync(join(ROOT_DIR, 'cypher', 'schema', 'create-schema.embedded.cypher'), 'utf8');
    writeFileSync(
      schema,
      today
        .split('\n')
        .filter((line) => !line.startsWith('ALTER TABLE'))
        .join('\n')
        .replace(
          /, (kind|datePart|term|termFrom) STRING(?=[,)])/g,
          (column, name: string, offset: number, all: string) =>
            all.lastIndexOf('CREATE NODE TABLE IF NOT EXISTS Milestone(', offset) > all.lastIndexOf(';', offset)
              ? ''
              : column,
        ),
    );
    expect(readFileSync(schema, 'utf8')).not.toMatch(/Milestone\([^)]*termFrom/);
    execFileSync(process.execPath, ['-e', CREATE_TABLES, path, schema], { cwd: ROOT_DIR });

    const persistent = new EmbeddedEngine({ path, poolSize: 1, queryTimeoutMs: 60_000, readCacheRows: 0 });
    engine = persistent;
    await loadSeed(persistent, SEED_DIR, undefined, validatedSeed());
    const rows = await persistent.read('model/milestone/list', { skip: 0, limit: 1000 });
    expect(rows.some((r) => r.node.term !== null && r.node.kind !== null)).toBe(true);
  });

  it('made by a release before contacts, is refused with what to do, and left as it was', async () => {
    const where = mkdtempSync(join(tmpdir(), 'zorginkoop-persistent-'));
    dir = where;
    const path = join(where, 'graph');
    // The tables as the schema of the time made them, by another process, as the release of the time did.
    const schema = join(ROOT_DIR, 'tests', 'fixtures', 'schema', 'create-schema-before-reviewed.embedded.cypher');
    execFileSync(process.execPath, ['-e', CREATE_TABLES, path, schema], { cwd: ROOT_DIR });

    const persistent = new EmbeddedEngine({ path, poolSize: 1, queryTimeoutMs: 60_000, readCacheRows: 0 });
    engine = persistent;
    await expect(loadSeed(persistent, SEED_DIR, undefined, validatedSeed())).rejects.toThrow(
      /made by an earlier release.*remove the directory and load again/,
    );
    const [policies] = await persistent.read('model/policy/count');
    expect(policies?.total).toBe(0);
  });

  it('is, when no path is given, a temporary directory that closing removes', async () => {
    const temporary = new EmbeddedEngine({ poolSize: 1, queryTimeoutMs: 10_000, readCacheRows: 0 });
    engine = temporary;
    expect(temporary.scratchDir).toBeDefined();
    const scratch = temporary.scratchDir ?? '';
    expect(existsSync(scratch)).toBe(true);
    await temporary.applySchema();
    expect(await temporary.health()).toMatchObject({ reachable: true, detail: 'temporary' });
    await temporary.close();
    expect(existsSync(scratch)).toBe(false);
  });
});
