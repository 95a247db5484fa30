import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync as list } from 'node:fs';
import { loadConfig } from '../../src/config';
import { ROOT_DIR } from '../../src/paths';
import { startServer } from '../../src/server/http-server';
import { openGraph } from '../../src/server/open-graph';
import { exampleOperations } from '../utils/operations';

const operations = list(join(ROOT_DIR, 'schema', 'operations'))
  .filter((f) => f.endsWith('.graphql'))
  .flatMap((f) => Object.values(exampleOperations(f)));

/** Every example operation's answer from a server on the opened engine. */
async function answers(env: Record<string, string>) {
  const config = loadConfig({ GRAPH_ENGINE: 'embedded', PORT: '0', NODE_ENV: 'test', ...env });
  const { engine, how } = await openGraph(config);
  const server = await startServer(engine, config, { log: () => {} });
  try {
    const bodies = [];
    for (const query of operations) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      bodies.push(await res.json());
    }
    return { how, bodies };
  } finally {
    await server.close();
    await engine.close();
  }
}

describe('start-up on the embedded engine', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'zorginkoop-start-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('a second start on the same seed starts from the snapshot of the first load and answers every example operation the same', async () => {
    const first = await answers({ SEED_CACHE_DIR: cacheDir });
    expect(first.how).toMatch(/^loaded \d+ nodes from /);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('graph-'))).toBe(true);
    const second = await answers({ SEED_CACHE_DIR: cacheDir });
    expect(second.how).toMatch(/^started from the snapshot/);
    expect(operations.length).toBeGreaterThan(5);
    expect(second.bodies).toEqual(first.bodies);
    for (const body of second.bodies) expect(body).not.toHaveProperty('errors');
  });

  it('a damaged snapshot is dropped and the seed loaded instead', async () => {
    await answers({ SEED_CACHE_DIR: cacheDir });
    const snapshot = join(
      cacheDir,
      readdirSync(cacheDir).find((f) => f.startsWith('graph-'))!,
    );
    writeFileSync(snapshot, 'not a database');
    const again = await answers({ SEED_CACHE_DIR: cacheDir });
    expect(again.how).toMatch(/^loaded \d+ nodes from .*\(validated at an earlier start\)$/);
    for (const body of again.bodies) expect(body).not.toHaveProperty('errors');
    // Snapshotted anew from this load.
    expect(existsSync(snapshot)).toBe(true);
  });

  it('with SEED_CACHE=false it loads and validates every time and keeps nothing', async () => {
    const { how } = await answers({ SEED_CACHE: 'false', SEED_CACHE_DIR: cacheDir });
    expect(how).toMatch(/^loaded \d+ nodes from [^(]+$/);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
