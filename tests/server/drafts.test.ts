import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import { statementFor } from '../../src/engine/model-statements';
import { loadSeed, SeedValidationError } from '../../src/seed/load-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { zorginkoop } from '../utils/command-line';
import { editDraft, lineOf, seedWithDraft } from '../utils/drafts';
import { engineEnv, engineKindUnderTest, failingWrites } from '../utils/engine';
import { graphCounts } from '../utils/graph-counts';
import { startTestApi, type TestApi } from '../utils/server';

/**
 * A server started with drafts (`zorginkoop serve --drafts`) over the fictional 2025 edition of VGZ MSZ as
 * `zorginkoop ingest` proposed it, on the engine under test behind the real HTTP server. One entry of the draft
 * does not validate (a criterion without its topic), as in a draft nobody has reviewed yet.
 */

type Flagged = { key: string; reviewed: boolean };
const DRAFT_POLICY = 'vgz-msz-2025';
const fromDraft = (key: string) => key.startsWith(DRAFT_POLICY);

/** Every item a statement of `policy` (its key starts with the policy's), answering `reviewed` as given. */
function expectEach(items: Flagged[], policy: string, reviewed: boolean): void {
  const seen = items.map((i) => ({ of: i.key.startsWith(`${policy}-`) ? policy : i.key, reviewed: i.reviewed }));
  expect(seen).toEqual(items.map(() => ({ of: policy, reviewed })));
}

describe('a server with drafts: every answer says what no curator has reviewed', () => {
  let seed: string;
  let draft: string;
  let api: TestApi;

  beforeAll(async () => {
    ({ seed, draft } = await seedWithDraft());
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-002' && r.delete('topic'));
    api = await startTestApi({ seedDir: seed, drafts: true });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(seed, { recursive: true, force: true });
  });

  const ask = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const body = await api.query<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  it('the draft’s policy, document and statements answer reviewed: false; the curated ones true', async () => {
    const data = await ask<{
      draft: Flagged & {
        document: Flagged;
        previousVersion: Flagged;
        criteria: { totalCount: number; edges: Array<{ node: Flagged }> };
        milestones: Flagged[];
        documentedChanges: { edges: Array<{ node: Flagged }> };
      };
      curated: Flagged & { criteria: { edges: Array<{ node: Flagged }> } };
    }>(`{
      draft: policy(key: "${DRAFT_POLICY}") {
        key reviewed document { key reviewed } previousVersion { key reviewed }
        criteria(first: 100) { totalCount edges { node { key reviewed } } }
        milestones { key reviewed }
        documentedChanges(first: 100) { edges { node { key reviewed } } }
      }
      curated: policy(key: "vgz-msz-2024") { key reviewed criteria(first: 100) { edges { node { key reviewed } } } }
    }`);
    expect(data.draft.reviewed).toBe(false);
    expect(data.draft.document).toEqual({ key: 'doc-005', reviewed: false });
    // The draft follows the curated policy it was compared with, which stays curated.
    expect(data.draft.previousVersion).toEqual({ key: 'vgz-msz-2024', reviewed: true });
    // 14 proposed criteria, one left out.
    expect(data.draft.criteria.totalCount).toBe(13);
    const statements = [
      ...data.draft.criteria.edges.map((e) => e.node),
      ...data.draft.milestones,
      ...data.draft.documentedChanges.edges.map((e) => e.node),
    ];
    expect(statements.length).toBeGreaterThan(15);
    for (const s of statements) expect(s).toEqual({ key: s.key, reviewed: false });

    expect(data.curated.reviewed).toBe(true);
    expect(data.curated.criteria.edges.length).toBeGreaterThan(30);
    for (const { node } of data.curated.criteria.edges) expect(node).toEqual({ key: node.key, reviewed: true });
  });

  it('an entry that did not validate is not there', async () => {
    const body = await api.query('{ criterion(key: "vgz-msz-2025-002") { key } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('requirements: without a year the draft is the latest version, every statement unreviewed; 2024 is curated', async () => {
    type Answer = { requirements: { totalCount: number; edges: Array<{ node: { criterion: Flagged } }> } };
    const query = `query($year: Int) { requirements(providerType: "zbc", insurer: "vgz", year: $year, scope: EVERYTHING, first: 100) {
      totalCount edges { node { criterion { key reviewed } } } } }`;
    const latest = await ask<Answer>(query);
    expect(latest.requirements.totalCount).toBeGreaterThan(5);
    expectEach(
      latest.requirements.edges.map((e) => e.node.criterion),
      DRAFT_POLICY,
      false,
    );

    const curated = await ask<Answer>(query, { year: 2024 });
    expect(curated.requirements.totalCount).toBeGreaterThan(20);
    expectEach(
      curated.requirements.edges.map((e) => e.node.criterion),
      'vgz-msz-2024',
      true,
    );
  });

  it('compareRequirements, policyDiff, policyHistory, milestones and search carry the flag per item', async () => {
    const data = await ask<{
      compareRequirements: Array<{ insurers: Array<{ criteria: Flagged[] }> }>;
      policyDiff: {
        added: Flagged[];
        removed: Flagged[];
        changed: Array<{ before: Flagged; after: Flagged }>;
        documentedChanges: Flagged[];
      };
      policyHistory: Array<{ policy: { key: string }; reviewed: boolean; kind: string }>;
      milestones: Array<Flagged & { policy: { key: string } }>;
      search: { edges: Array<{ node: Flagged & { policy: { key: string } | null } }> };
    }>(`{
      compareRequirements(providerType: "zbc", insurers: ["vgz"], year: 2025) { insurers { criteria { key reviewed } } }
      policyDiff(from: { policy: "vgz-msz-2024" }, to: { policy: "${DRAFT_POLICY}" }) {
        added { key reviewed } removed { key reviewed }
        changed { before { key reviewed } after { key reviewed } }
        documentedChanges { key reviewed }
      }
      policyHistory(insurer: "vgz", careType: "msz") { kind reviewed policy { key } }
      milestones(insurer: "vgz") { key reviewed policy { key } }
      search(query: "patiëntervaringsmeting", first: 100) { edges { node { key reviewed policy { key } } } }
    }`);
    const compared = data.compareRequirements.flatMap((t) => t.insurers.flatMap((i) => i.criteria));
    expect(compared.length).toBeGreaterThan(5);
    expectEach(compared, DRAFT_POLICY, false);

    const diff = data.policyDiff;
    expect(diff.added.length).toBeGreaterThan(0);
    expect(diff.removed.length).toBeGreaterThan(0);
    expect(diff.changed.length).toBeGreaterThan(0);
    expectEach([...diff.added, ...diff.documentedChanges, ...diff.changed.map((c) => c.after)], DRAFT_POLICY, false);
    expectEach([...diff.removed, ...diff.changed.map((c) => c.before)], 'vgz-msz-2024', true);

    const ofDraft = data.policyHistory.filter((e) => e.policy.key === DRAFT_POLICY);
    expect(ofDraft.map((e) => e.kind)).toEqual(expect.arrayContaining(['VERSION', 'DOCUMENTED_CHANGE']));
    for (const e of data.policyHistory) expect(e.reviewed).toBe(e.policy.key !== DRAFT_POLICY);

    expect(data.milestones.some((m) => m.policy.key === DRAFT_POLICY)).toBe(true);
    for (const m of data.milestones) expect(m.reviewed).toBe(m.policy.key !== DRAFT_POLICY);

    // The added requirement of the 2025 edition, found by its own words.
    const hits = data.search.edges.map((e) => e.node);
    expect(hits.some((h) => fromDraft(h.key))).toBe(true);
    for (const h of hits) expect(h.reviewed).toBe(!fromDraft(h.key));
  });

  it('the CSV export of the draft’s requirements says reviewed false in its last column', async () => {
    const res = await fetch(`${api.server.url}/export/requirements.csv?providerType=zbc&insurer=vgz&year=2025`);
    expect(res.status).toBe(200);
    const [header, ...rows] = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header?.split(',').at(-1)).toBe('reviewed');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row).toMatch(/,false$/);
  });

  it('a load that fails leaves the drafts as they were: one refused by validation, one cut off by the database', async () => {
    const before = await graphCounts(api);
    const reviewedOfDraft = () =>
      ask<{ policy: Flagged }>(`{ policy(key: "${DRAFT_POLICY}") { key reviewed } }`).then((d) => d.policy);
    expect(await reviewedOfDraft()).toEqual({ key: DRAFT_POLICY, reviewed: false });

    // The curated seed of a copy broken: refused before anything is written, drafts or not.
    const file = join(seed, 'documents', '002-asr-elv-grz-gzsp-2023-2024.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/years: \[2023, 2024\]/, 'years: [2023, "volgend jaar"]'));
    try {
      const validation = validateSeed(seed, { drafts: true });
      await expect(loadSeed(api.engine, seed, undefined, validation)).rejects.toBeInstanceOf(SeedValidationError);
    } finally {
      writeFileSync(file, text);
    }
    expect(await graphCounts(api)).toEqual(before);

    // The database fails in the middle of a load of the curated seed alone (which would drop the draft).
    const { engine: failing } = failingWrites(api.engine, 40);
    await expect(loadSeed(failing, seed)).rejects.toThrow('simulated loss');
    expect(await graphCounts(api)).toEqual(before);
    expect(await reviewedOfDraft()).toEqual({ key: DRAFT_POLICY, reviewed: false });
  });

  it('without drafts the same seed has no draft policy, and every node is reviewed', async () => {
    await loadSeed(api.engine, seed);
    const body = await api.query(`{ policy(key: "${DRAFT_POLICY}") { key } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const data = await ask<{ criteria: { totalCount: number; edges: Array<{ node: Flagged }> } }>(
      '{ criteria(first: 100) { totalCount edges { node { key reviewed } } } }',
    );
    expect(data.criteria.totalCount).toBe(452);
    for (const { node } of data.criteria.edges) expect(node.reviewed).toBe(true);
  });

  it('`zorginkoop seed --drafts` loads the configured database with the drafts, naming the entry it left out', async () => {
    // A temporary embedded database would be gone with the command: a persistent one is read afterwards.
    const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-drafts-db-'));
    const env = {
      ...engineEnv(),
      ...(engineKindUnderTest() === 'embedded' ? { EMBEDDED_DB_PATH: join(dir, 'g') } : {}),
    };
    try {
      const seeded = await zorginkoop(['seed', '--seed', seed, '--drafts'], env);
      expect(seeded.stderr).toBe('');
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toContain(
        'draft drafts/vgz-msz-2025.yaml: 19 records loaded, 19 of them unreviewed (reviewed: false in every answer); 1 entry left out:',
      );
      expect(seeded.stdout).toContain(
        `  left out drafts/vgz-msz-2025.yaml:${lineOf(draft, 'vgz-msz-2025-002')}, record criteria[1] vgz-msz-2025-002, field topic: `,
      );
      const engine = createEngine(loadConfig(env));
      try {
        await engine.connect();
        const rows = await engine.read(statementFor.getByKeys('Policy'), { keys: [DRAFT_POLICY, 'vgz-msz-2024'] });
        expect(rows.map((r) => [r.key, r.node.reviewed])).toEqual([
          [DRAFT_POLICY, false],
          ['vgz-msz-2024', true],
        ]);
      } finally {
        await engine.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
