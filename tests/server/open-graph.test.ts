import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync as list } from 'node:fs';
import { loadConfig } from '../../src/config';
import { ROOT_DIR } from '../../src/paths';
import { startServer } from '../../src/server/http-server';
import { openGraph } from '../../src/server/open-graph';
import { statementFor } from '../../src/engine/model-statements';
import { editDraft, seedWithDraft } from '../utils/drafts';
import { exampleOperations } from '../utils/operations';
import { copyOfSeed } from '../utils/server';

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

describe('start-up with drafts (zorginkoop serve --drafts, LOAD_DRAFTS=true)', () => {
  let cacheDir: string;
  let seed: string;
  beforeAll(async () => {
    ({ seed } = await seedWithDraft());
    editDraft(join(seed, 'drafts', 'vgz-msz-2025.yaml'), (r, key) => key === 'vgz-msz-2025-002' && r.delete('topic'));
  });
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'zorginkoop-start-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
  afterAll(() => rmSync(seed, { recursive: true, force: true }));

  /** Opens the graph as start-up does; what it said, and the draft policy's `reviewed` (undefined: not there). */
  async function start(env: Record<string, string>, { empty = false } = {}) {
    const config = loadConfig({ GRAPH_ENGINE: 'embedded', SEED_CACHE_DIR: cacheDir, ...env });
    const { engine, how, notes } = await openGraph(config);
    try {
      // A database start-up did not load has no tables to read.
      if (empty) return { how, notes, reviewed: undefined };
      const rows = await engine.read(statementFor.getByKeys('Policy'), { keys: ['vgz-msz-2025'] });
      return { how, notes, reviewed: rows[0]?.node.reviewed };
    } finally {
      await engine.close();
    }
  }

  it('loads the drafts and says what became of each; a start from the snapshot says it again; a start without drafts has none', async () => {
    const first = await start({ SEED_DIR: seed, LOAD_DRAFTS: 'true' });
    expect(first.how).toMatch(/^loaded \d+ nodes from .* with its drafts$/);
    expect(first.notes).toEqual([
      'draft drafts/vgz-msz-2025.yaml: 19 records loaded, 19 of them unreviewed (reviewed: false in every answer); 1 entry left out:',
      expect.stringMatching(
        /^ {2}left out drafts\/vgz-msz-2025\.yaml:\d+, record criteria\[1\] vgz-msz-2025-002, field topic: /,
      ),
    ]);
    expect(first.reviewed).toBe(false);

    const again = await start({ SEED_DIR: seed, LOAD_DRAFTS: 'true' });
    expect(again.how).toMatch(/^started from the snapshot of an earlier load of .* with its drafts/);
    expect(again.notes).toEqual(first.notes);
    expect(again.reviewed).toBe(false);

    // Another fingerprint: the snapshot with drafts is not taken for the graph without them.
    const without = await start({ SEED_DIR: seed });
    expect(without.how).toMatch(/^loaded \d+ nodes from [^(]+$/);
    expect(without.notes).toEqual([]);
    expect(without.reviewed).toBeUndefined();
  });

  it('says so when there are no drafts, and when start-up does not load the database', async () => {
    const plain = copyOfSeed();
    try {
      const none = await start({ SEED_DIR: plain, LOAD_DRAFTS: 'true', SEED_CACHE: 'false' });
      expect(none.notes).toEqual([`no drafts in ${join(plain, 'drafts')}: only the curated seed is loaded`]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
    // A persistent database, as Neo4j: start-up does not load it, so it cannot add drafts to it.
    const persistent = await start(
      { EMBEDDED_DB_PATH: join(cacheDir, 'graph.lbug'), LOAD_DRAFTS: 'true' },
      { empty: true },
    );
    expect(persistent.how).toBe('not loaded at start-up');
    expect(persistent.notes).toEqual([expect.stringMatching(/^drafts not loaded: .*`zorginkoop seed --drafts`/)]);
  });
});
