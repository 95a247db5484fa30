import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';

const sizeOf = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

describe('a persistent embedded database', () => {
  it('does not grow with every re-seed: after a few loads its size stays where it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-persistent-'));
    const engine = new EmbeddedEngine({
      path: join(dir, 'graph'),
      poolSize: 1,
      queryTimeoutMs: 60_000,
      readCacheRows: 0,
    });
    const sizes: number[] = [];
    try {
      for (let load = 0; load < 8; load++) {
        await loadSeed(engine, SEED_DIR);
        sizes.push(sizeOf(dir));
      }
      expect(await engine.read('model/policy/count')).toEqual([{ total: expect.any(Number) }]);
    } finally {
      await engine.close();
    }
    // Freed pages are reused once the log is folded in (a checkpoint after every load): loads 5 to 8
    // take no more room than load 4 did.
    expect(Math.max(...sizes.slice(4))).toBeLessThanOrEqual(sizes[3]!);
  });

  it('is, when no path is given, a temporary directory that closing removes', async () => {
    const engine = new EmbeddedEngine({ poolSize: 1, queryTimeoutMs: 10_000, readCacheRows: 0 });
    expect(existsSync(engine.scratchDir!)).toBe(true);
    await engine.applySchema();
    expect(await engine.health()).toMatchObject({ reachable: true, detail: 'temporary' });
    await engine.close();
    expect(existsSync(engine.scratchDir!)).toBe(false);
  });
});
