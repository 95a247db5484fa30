import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEngine } from '../../src/engine/embedded-engine';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { seedSnapshot, validatedSeed } from '../utils/shared-seed';

/**
 * The embedded engine's SUBTYPE_CLOSURE (README "The embedded engine's type closure"): derived by the load
 * from the seed's SUBTYPE_OF links, never a fact of its own.
 */

type Closure = Array<{ label: string; fromKey: string; toKey: string; steps: number }>;

/** What the seed's SUBTYPE_OF links say, closed by hand: every type to itself and to each broader one. */
function closureOfTheSeed(): Closure {
  const broader = new Map<string, string[]>();
  const labelOf = new Map<string, string>();
  for (const batch of validatedSeed().graph.relationships) {
    if (batch.type !== 'SUBTYPE_OF') continue;
    for (const row of batch.rows) {
      const id = `${batch.fromLabel}|${String(row.fromKey)}`;
      broader.set(id, [...(broader.get(id) ?? []), `${batch.toLabel}|${String(row.toKey)}`]);
    }
  }
  for (const label of ['ProviderType', 'CareType'] as const)
    for (const node of validatedSeed().graph.nodes[label]) labelOf.set(`${label}|${String(node.key)}`, label);
  const out: Closure = [];
  for (const [start, label] of labelOf) {
    const steps = new Map([[start, 0]]);
    let frontier = [start];
    for (let n = 1; n <= 10 && frontier.length > 0; n++) {
      frontier = frontier.flatMap((id) => broader.get(id) ?? []).filter((id) => !steps.has(id));
      for (const id of frontier) steps.set(id, n);
    }
    for (const [id, n] of steps) out.push({ label, fromKey: start.split('|')[1]!, toKey: id.split('|')[1]!, steps: n });
  }
  return sorted(out);
}

const order = (r: Closure[number]) => `${r.label}|${r.fromKey}|${r.toKey}`;
const sorted = (rows: Readonly<Closure>): Closure => [...rows].sort((a, b) => (order(a) < order(b) ? -1 : 1));

describe("the embedded engine's type closure", () => {
  let engine: EmbeddedEngine;
  beforeAll(async () => {
    const snapshot = seedSnapshot();
    engine = new EmbeddedEngine({
      poolSize: 2,
      queryTimeoutMs: 60_000,
      readCacheRows: 0,
      ...(snapshot ? { startFrom: snapshot } : {}),
    });
    if (!snapshot) await loadSeed(engine, SEED_DIR, undefined, validatedSeed());
  });
  afterAll(() => engine.close());

  it("holds exactly what the seed's SUBTYPE_OF links give, closed: nothing more, nothing less", async () => {
    const closure = await engine.read('load/list-subtype-closure.embedded');
    expect(sorted(closure)).toEqual(closureOfTheSeed());
  });

  it('a requirement for MSZ providers applies to a ZBC, which is a kind of MSZ provider, only through the seed’s SUBTYPE_OF links', async () => {
    const closure = await engine.read('load/list-subtype-closure.embedded');
    const broaderThanZbc = closure.filter((r) => r.fromKey === 'zbc').map((r) => [r.toKey, r.steps]);
    // seed/vocabulary.yaml: zbc broader [msz-aanbieder], msz-aanbieder broader [zorgaanbieder]. A ZBC is no
    // ziekenhuis there, so nothing makes it one here.
    expect(broaderThanZbc).toEqual([
      ['msz-aanbieder', 1],
      ['zbc', 0],
      ['zorgaanbieder', 2],
    ]);
    const rows = await engine.read('requirement/find-requirements', {
      providerType: 'zbc',
      insurer: 'vgz',
      careType: '',
      topic: '',
      year: 2024,
      knownAt: '',
      kinds: [...new Set(validatedSeed().graph.nodes.Criterion.map((c) => String(c.kind)))],
      parties: ['provider', 'provider-and-insurer'],
      forces: ['requirement', 'condition'],
      includeGuidelines: false,
      includeNarrower: false,
    });
    const via = new Set(rows.map((r) => `${r.appliesVia} ${r.relation}`));
    expect(via).toContain('msz-aanbieder broader');
    expect([...via].some((v) => v.startsWith('ziekenhuis'))).toBe(false);
  });

  it('is written again when a persistent database an earlier release loaded is opened without a load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-closure-'));
    const path = join(dir, 'graph');
    try {
      const first = new EmbeddedEngine({ path, poolSize: 1, queryTimeoutMs: 60_000, readCacheRows: 0 });
      await loadSeed(first, SEED_DIR, undefined, validatedSeed());
      // What an earlier release left: the graph and its load marker, no closure.
      await first.write((tx) => tx.run('load/clear-subtype-closure.embedded'));
      await expect(first.read('load/list-subtype-closure.embedded')).resolves.toEqual([]);
      await first.close();

      const reopened = new EmbeddedEngine({ path, poolSize: 1, queryTimeoutMs: 60_000, readCacheRows: 0 });
      try {
        await reopened.connect();
        expect(sorted(await reopened.read('load/list-subtype-closure.embedded'))).toEqual(closureOfTheSeed());
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
