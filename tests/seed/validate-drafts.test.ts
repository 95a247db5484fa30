import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/seed/read-seed';
import { draftReport, validateDraft, validateSeed, type SeedGraph } from '../../src/seed/validate-seed';
import { zorginkoop } from '../utils/command-line';
import { editDraft, lineOf, seedWithDraft } from '../utils/drafts';

/** The seed with drafts, read as `zorginkoop serve --drafts` reads it (no engine: tests/server/drafts.test.ts). */

const DRAFT = 'drafts/vgz-msz-2025.yaml';

// The records, curated or drafted; not the paragraphs every load derives from each text, a draft's as a curated one's.
const rowsOf = (graph: SeedGraph) =>
  Object.entries(graph.nodes)
    .filter(([label]) => label !== 'Passage')
    .flatMap(([, rows]) => rows);
const keysOf = (graph: SeedGraph) => rowsOf(graph).map((r) => String(r.key));
const reviewedOf = (graph: SeedGraph) => new Map(rowsOf(graph).map((r) => [String(r.key), r.reviewed]));
const isFromDraft = (key: string) => key.startsWith('vgz-msz-2025') || key === 'doc-005';
const linked = (graph: SeedGraph, type: string, from: string) =>
  graph.relationships
    .filter((b) => b.type === type)
    .flatMap((b) => b.rows)
    .filter((r) => r.fromKey === from)
    .map((r) => r.toKey);

describe('the seed read with its drafts', () => {
  let ingested: { seed: string; draft: string };
  const copies: string[] = [];
  /** A copy of the seed with the fresh draft, for a test that edits it. */
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-drafts-'));
    cpSync(ingested.seed, dir, { recursive: true });
    copies.push(dir);
    return { seed: dir, draft: join(dir, DRAFT) };
  };

  beforeAll(async () => {
    ingested = await seedWithDraft();
  });
  afterAll(() => {
    for (const dir of [ingested.seed, ...copies]) rmSync(dir, { recursive: true, force: true });
  });

  it('without drafts reads nothing of seed/drafts/; with them, every draft record is a node reviewed: false and every curated one reviewed: true', () => {
    const curated = validateSeed(ingested.seed);
    expect(curated.problems).toEqual([]);
    expect(curated.drafts).toBeUndefined();
    expect(keysOf(curated.graph).filter(isFromDraft)).toEqual([]);
    expect([...reviewedOf(curated.graph).values()].every((r) => r === true)).toBe(true);

    const withDrafts = validateSeed(ingested.seed, { drafts: true });
    expect(withDrafts.problems).toEqual([]);
    // Its document and policy, 14 criteria, 1 milestone and 3 change-table rows: all as ingest proposed them.
    expect(withDrafts.drafts).toEqual([{ file: DRAFT, loaded: 20, unreviewed: 20, skipped: [], refused: [] }]);
    const added = keysOf(withDrafts.graph).filter((k) => !keysOf(curated.graph).includes(k));
    expect(added).toHaveLength(20);
    expect(added.every(isFromDraft)).toBe(true);
    const reviewed = reviewedOf(withDrafts.graph);
    for (const [key, value] of reviewed) expect({ key, reviewed: value }).toEqual({ key, reviewed: !isFromDraft(key) });
    // The curated nodes are the same as without drafts; the draft names vgz and msz, which stay curated.
    const curatedRows = rowsOf(curated.graph);
    expect(rowsOf(withDrafts.graph).filter((r) => !isFromDraft(String(r.key)))).toEqual(curatedRows);

    // As accept would write it: the policy follows the compared-with one, a criterion's `continues` is its previous version.
    expect(linked(withDrafts.graph, 'PREVIOUS_VERSION', 'vgz-msz-2025')).toEqual(['vgz-msz-2024']);
    expect(linked(withDrafts.graph, 'PREVIOUS_VERSION', 'vgz-msz-2025-004')).toEqual([
      'vgz-msz-2024-msz-kwaliteitssysteem-vms',
    ]);
    const criterion = withDrafts.graph.nodes.Criterion.find((r) => r.key === 'vgz-msz-2025-004');
    expect(criterion).not.toHaveProperty('rules');
    expect(criterion).not.toHaveProperty('confidence');
    expect(draftReport(withDrafts.drafts ?? [])).toEqual([
      `draft ${DRAFT}: 20 records loaded, 20 of them unreviewed (reviewed: false in every answer)`,
    ]);
  });

  it('an entry a curator marked reviewed: true answers reviewed: true; the rest of the draft, its policy too, false', () => {
    const { seed, draft } = copy();
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-004' && r.set('reviewed', true));
    const validation = validateSeed(seed, { drafts: true });
    expect(validation.problems).toEqual([]);
    expect(validation.drafts?.[0]).toMatchObject({ loaded: 20, unreviewed: 19 });
    const reviewed = reviewedOf(validation.graph);
    expect(reviewed.get('vgz-msz-2025-004')).toBe(true);
    expect(reviewed.get('vgz-msz-2025-003')).toBe(false);
    expect(reviewed.get('vgz-msz-2025')).toBe(false);
  });

  it('leaves out each entry that does not validate, and what needs it, with one line each naming file, line, record and problem; the rest loads', () => {
    const { seed, draft } = copy();
    editDraft(draft, (r, key) => {
      if (key === 'vgz-msz-2025-002') r.delete('topic');
      if (key === 'vgz-msz-2025-003') r.set('continues', 'vgz-msz-2024-not-there');
      if (key === 'vgz-msz-2025-005') {
        r.delete('topic');
        r.set('kind', 'wish');
      }
      // A change table row that points at an entry left out cannot stay either.
      if (key === 'vgz-msz-2025-016') r.set('affects', ['vgz-msz-2025-002']);
    });
    const lines = Object.fromEntries(['002', '003', '005', '016'].map((n) => [n, lineOf(draft, `vgz-msz-2025-${n}`)]));
    const validation = validateSeed(seed, { drafts: true });
    expect(validation.problems).toEqual([]);
    const [outcome] = validation.drafts ?? [];
    expect(outcome).toMatchObject({ file: DRAFT, loaded: 16, unreviewed: 16, refused: [] });
    const skipped = (outcome?.skipped ?? []).map(formatProblem);
    expect(skipped).toEqual([
      expect.stringMatching(
        new RegExp(`^${DRAFT}:${lines['002']}, record criteria\\[1\\] vgz-msz-2025-002, field topic: \\S`),
      ),
      // The draft's own field: `continues`, which the document file would hold as previousVersion.
      `${DRAFT}:${lines['003']}, record criteria[2] vgz-msz-2025-003, field continues: refers to "vgz-msz-2024-not-there", which no seed file defines`,
      // Two problems of one entry: one line.
      expect.stringMatching(
        new RegExp(
          `^${DRAFT}:${lines['005']}, record criteria\\[4\\] vgz-msz-2025-005, field \\w+: .*\\(also field \\w+: `,
        ),
      ),
      `${DRAFT}:${lines['016']}, record policyChanges[0] vgz-msz-2025-016, field affects[0]: refers to "vgz-msz-2025-002", which no seed file defines`,
    ]);
    const keys = keysOf(validation.graph);
    for (const gone of ['002', '003', '005', '016']) expect(keys).not.toContain(`vgz-msz-2025-${gone}`);
    for (const kept of ['001', '004', '006', '014', '015']) expect(keys).toContain(`vgz-msz-2025-${kept}`);

    const report = draftReport(validation.drafts ?? []);
    expect(report[0]).toBe(
      `draft ${DRAFT}: 16 records loaded, 16 of them unreviewed (reviewed: false in every answer); 4 entries left out:`,
    );
    expect(report.slice(1)).toEqual(skipped.map((line) => `  left out ${line}`));
  });

  it('leaves out an entry with a problem found while reading the file (a control character), and only that entry', () => {
    const { seed, draft } = copy();
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-006' && r.set('heading', 'Minimeisen\u0007'));
    const validation = validateSeed(seed, { drafts: true });
    expect(validation.problems).toEqual([]);
    expect(validation.drafts?.[0]).toMatchObject({ loaded: 19, refused: [] });
    expect(validation.drafts?.[0]?.skipped.map(formatProblem)).toEqual([
      `${DRAFT}:${lineOf(draft, 'vgz-msz-2025-006')}, record criteria[5] vgz-msz-2025-006, field heading: holds a control character (NUL or another C0 character): the sources have none`,
    ]);
  });

  it('leaves out the whole draft when its policy does not validate, and a draft that is no YAML while another loads', () => {
    const broken = copy();
    editDraft(broken.draft, (r, key) => key === 'vgz-msz-2025' && r.set('issuedBy', ['nobody']));
    const refused = validateSeed(broken.seed, { drafts: true });
    expect(refused.problems).toEqual([]);
    expect(keysOf(refused.graph).filter(isFromDraft)).toEqual([]);
    expect(refused.drafts).toEqual([
      {
        file: DRAFT,
        loaded: 0,
        unreviewed: 0,
        skipped: [],
        refused: [expect.objectContaining({ record: 'policies[0] vgz-msz-2025', field: 'issuedBy[0]' })],
      },
    ]);
    expect(draftReport(refused.drafts ?? [])).toEqual([
      `draft ${DRAFT} not loaded: 1 problem(s) of the file, its document or its policy, which every entry needs:`,
      `  ${DRAFT}:${lineOf(broken.draft, 'vgz-msz-2025')}, record policies[0] vgz-msz-2025, field issuedBy[0]: refers to "nobody", which no seed file defines`,
    ]);

    const two = copy();
    writeFileSync(join(two.seed, 'drafts', 'aaa-broken.yaml'), 'criteria:\n  - key: [x\n');
    const one = validateSeed(two.seed, { drafts: true });
    expect(one.problems).toEqual([]);
    expect(one.drafts?.map((d) => [d.file, d.loaded, d.refused.length])).toEqual([
      ['drafts/aaa-broken.yaml', 0, 1],
      [DRAFT, 20, 0],
    ]);
    // One line per problem, even for the YAML parser's message over several lines.
    const report = draftReport(one.drafts ?? []);
    expect(report[1]).toMatch(/^ {2}drafts\/aaa-broken\.yaml:\d+: \S/);
    expect(report.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('refuses the load for a problem of the curated seed, drafts or not', () => {
    const { seed } = copy();
    const file = join(seed, 'documents', '002-asr-elv-grz-gzsp-2023-2024.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/years: \[2023, 2024\]/, 'years: [2023, "volgend jaar"]'));
    const validation = validateSeed(seed, { drafts: true });
    expect(validation.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^documents\/002-asr-elv-grz-gzsp-2023-2024\.yaml:\d+, record policies\[0\] .*, field years\.1/,
      ),
    );
    // The seed's own problems, as without drafts: none is put on the draft, nothing of the seed is left out.
    expect(validation.problems).toEqual(validateSeed(seed).problems);
    expect(validation.drafts).toBeUndefined();
  });

  it('a draft part of which was accepted: the rest loads unreviewed beside the accepted document file, which is curated', async () => {
    const { seed, draft } = copy();
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-004' && r.set('reviewed', true));
    const accepted = await zorginkoop(['accept', 'vgz-msz-2025', '--seed', seed]);
    expect(accepted.code).toBe(0);
    const validation = validateSeed(seed, { drafts: true });
    expect(validation.problems).toEqual([]);
    // The 17 entries still to review; the document, the policy and the accepted entry are the seed's now.
    expect(validation.drafts).toEqual([{ file: DRAFT, loaded: 17, unreviewed: 17, skipped: [], refused: [] }]);
    const reviewed = reviewedOf(validation.graph);
    expect([reviewed.get('doc-005'), reviewed.get('vgz-msz-2025'), reviewed.get('vgz-msz-2025-004')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(reviewed.get('vgz-msz-2025-003')).toBe(false);
    // The rest still cites the document it was ingested from.
    const rest = validation.graph.nodes.Criterion.find((r) => r.key === 'vgz-msz-2025-003');
    expect(rest?.sourceDocument).toBe('doc-005');
  });

  it('zorginkoop validate names a draft’s unknown `continues` by that field', () => {
    const { seed, draft } = copy();
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-003' && r.set('continues', 'vgz-msz-2024-not-there'));
    expect(validateDraft(seed, draft).problems.map(formatProblem)).toEqual([
      `${DRAFT}:${lineOf(draft, 'vgz-msz-2025-003')}, record criteria[2] vgz-msz-2025-003, field continues: refers to "vgz-msz-2024-not-there", which no seed file defines`,
    ]);
  });
});
