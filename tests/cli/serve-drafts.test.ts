import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';
import { zorginkoop } from '../utils/command-line';
import { seedWithDraft } from '../utils/drafts';
import { serveProcess } from '../utils/served-process';

/**
 * `zorginkoop serve --drafts` and LOAD_DRAFTS=true as a user runs them, on the embedded engine (start-up does not
 * load Neo4j; tests/server/drafts.test.ts covers `zorginkoop seed --drafts` on both engines).
 */
describe('zorginkoop serve --drafts', () => {
  let seed: string;
  let cacheDir: string;
  beforeAll(async () => {
    ({ seed } = await seedWithDraft());
    cacheDir = mkdtempSync(join(tmpdir(), 'zorginkoop-serve-drafts-'));
  });
  afterAll(() => {
    for (const dir of [seed, cacheDir]) rmSync(dir, { recursive: true, force: true });
  });
  const env = () => ({ GRAPH_ENGINE: 'embedded', SEED_DIR: seed, SEED_CACHE_DIR: cacheDir });

  it('serves the draft flagged reviewed: false beside the curated graph, and says so at start-up', async () => {
    const served = await serveProcess(
      process.execPath,
      [join(ROOT_DIR, 'bin', 'zorginkoop.js'), 'serve', '--drafts'],
      env(),
    );
    try {
      expect(served.url).toBeDefined();
      expect(served.stderr).toMatch(/embedded engine: loaded \d+ nodes from .* with its drafts/);
      expect(served.stderr).toContain(
        'draft drafts/vgz-msz-2025.yaml: 20 records loaded, 20 of them unreviewed (reviewed: false in every answer)',
      );
      const res = await fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ draft: policy(key: "vgz-msz-2025") { reviewed } curated: policy(key: "vgz-msz-2024") { reviewed } }',
        }),
      });
      expect(await res.json()).toEqual({ data: { draft: { reviewed: false }, curated: { reviewed: true } } });
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it('LOAD_DRAFTS=true is the same setting: zorginkoop diff against the draft marks every line of it', async () => {
    const diff = await zorginkoop(['diff', 'vgz-msz-2024', 'vgz-msz-2025'], { ...env(), LOAD_DRAFTS: 'true' });
    expect(diff.code).toBe(0);
    expect(diff.stderr).toContain('draft drafts/vgz-msz-2025.yaml: 20 records loaded');
    expect(diff.stdout).toContain(
      'to   vgz-msz-2025 (Inkoopbeleid Medisch Specialistische Zorg 2025, UNREVIEWED DRAFT)',
    );
    const added = diff.stdout.split('\n').filter((line) => line.startsWith('  + '));
    expect(added.length).toBeGreaterThan(0);
    for (const line of added) expect(line).toMatch(/\[doc-005:\d+(-\d+)?, UNREVIEWED DRAFT\]$/);
    // What the draft does not say any more is curated 2024 text: not marked.
    const removed = diff.stdout.split('\n').filter((line) => line.startsWith('  - '));
    for (const line of removed) expect(line).toMatch(/\[doc-001:[\d-]+\]$/);

    // Without the setting the draft is not there.
    const without = await zorginkoop(['diff', 'vgz-msz-2024', 'vgz-msz-2025'], env());
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('vgz-msz-2025');
  });

  it('explains --drafts in its help', async () => {
    const help = await zorginkoop(['serve', '--help']);
    expect(help.stdout).toMatch(/^Usage: zorginkoop serve \[--drafts\]/);
    expect(help.stdout).toContain('reviewed');
    const seedHelp = await zorginkoop(['seed', '--help']);
    expect(seedHelp.stdout).toMatch(/^Usage: zorginkoop seed \[--seed DIR\] \[--drafts\]/);
  });
});
