import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { validatedSeed } from '../utils/shared-seed';

const LOADS = 8;
/**
 * A load of seed/ takes 3 to 5 s on an idle machine; this allows for one far busier than that (both cores
 * taken by other work), so that only a load that really hangs fails the test.
 */
const LOAD_TIME_MS = 30_000;

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

  it(
    'does not grow with every re-seed: after a few loads its size stays where it is',
    async () => {
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
    },
    LOADS * LOAD_TIME_MS,
  );

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
