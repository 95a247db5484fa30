import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from 'graphql';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { schema } from '../../src/schema';
import { createContext } from '../../src/schema/context';
import { createSearch } from '../../src/search/search-service';
import { loadSeed } from '../../src/seed/load-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { engineUnderTest } from '../utils/engine';
import { INGEST_FIXTURE, snapshot, zorginkoop } from '../utils/command-line';
import { editDraft } from '../utils/drafts';
import { copyOfSeed } from '../utils/server';

type Records = Record<string, Array<Record<string, unknown>>>;

describe('zorginkoop accept', () => {
  const seed = copyOfSeed();
  const draft = join(seed, 'drafts', 'vgz-msz-2025.yaml');
  const documentFile = join(seed, 'documents', '005-vgz-msz-2025.yaml');
  const reviewed = ['vgz-msz-2025-002', 'vgz-msz-2025-004', 'vgz-msz-2025-007', 'vgz-msz-2025-016'];

  beforeAll(async () => {
    const ingested = await zorginkoop([
      'ingest',
      INGEST_FIXTURE,
      ...['--policy', 'vgz-msz-2025', '--insurer', 'vgz', '--year', '2025', '--previous', 'vgz-msz-2024'],
      ...['--seed', seed],
    ]);
    expect(ingested.stderr).toBe('');
  });

  it('refuses a missing draft, a draft without reviewed entries and a bad key, writing nothing', async () => {
    const before = snapshot(seed);
    for (const [args, code, message] of [
      [['vgz-msz-2026'], 1, 'no draft of vgz-msz-2026'],
      [['vgz-msz-2025'], 1, 'no entry of the draft'],
      [['VGZ 2025'], 2, 'POLICY must be a key'],
      [[], 2, 'accept needs one POLICY key'],
    ] as const) {
      const refused = await zorginkoop(['accept', ...args, '--seed', seed]);
      expect({ args, code: refused.code }).toEqual({ args, code });
      expect(refused.stderr).toContain(message);
      expect(refused.stdout).toBe('');
    }
    expect(snapshot(seed)).toEqual(before);
  });

  it('refuses a would-be seed that does not validate, with its problems, writing nothing', async () => {
    // A criterion needs a topic: one reviewed without it does not validate.
    editDraft(draft, (r, key) => {
      if (key !== 'vgz-msz-2025-002') return;
      r.set('reviewed', true);
      r.delete('topic');
    });
    const before = snapshot(seed);
    const refused = await zorginkoop(['accept', 'vgz-msz-2025', '--seed', seed]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing written');
    expect(refused.stderr).toMatch(
      /documents\/005-vgz-msz-2025\.yaml:\d+, record criteria\[0\] vgz-msz-2025-002, field topic/,
    );
    expect(snapshot(seed)).toEqual(before);
    editDraft(draft, (r, key) => {
      if (key !== 'vgz-msz-2025-002') return;
      r.set('reviewed', false);
      r.set('topic', 'professional-standards');
    });
  });

  it('moves the reviewed entries into a document file that validates; the draft keeps the rest', async () => {
    editDraft(draft, (r, key) => reviewed.includes(key) && r.set('reviewed', true));
    const done = await zorginkoop(['accept', 'vgz-msz-2025', '--seed', seed]);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`accepted 4 entries of vgz-msz-2025 into ${documentFile}`);

    const text = readFileSync(documentFile, 'utf8');
    expect(text).not.toMatch(/reviewed|rules:|confidence|continues|alignment|^draft:/m);
    const file = parse(text) as Records & { document: Record<string, unknown> };
    expect(file.document.key).toBe('doc-005');
    expect(file.document).not.toHaveProperty('sha256');
    expect(file.policies?.[0]).toEqual(
      expect.objectContaining({ key: 'vgz-msz-2025', previousVersion: 'vgz-msz-2024', document: 'doc-005' }),
    );
    const criteria = new Map((file.criteria ?? []).map((c) => [String(c.key), c]));
    expect([...criteria.keys()]).toEqual(['vgz-msz-2025-002', 'vgz-msz-2025-004', 'vgz-msz-2025-007']);
    expect(criteria.get('vgz-msz-2025-004')?.previousVersion).toBe('vgz-msz-2024-msz-kwaliteitssysteem-vms');
    expect(criteria.get('vgz-msz-2025-007')?.previousVersion).toBe('vgz-msz-2024-zbc-igj');
    expect(file.policyChanges?.map((c) => c.key)).toEqual(['vgz-msz-2025-016']);
    expect(file.milestones).toBeUndefined();

    const validation = validateSeed(seed);
    expect(validation.problems).toEqual([]);
    expect(validation.files).toContain('documents/005-vgz-msz-2025.yaml');

    // The draft keeps the entries not reviewed, and no longer the policy or the accepted ones.
    const rest = parse(readFileSync(draft, 'utf8')) as Records;
    const keys = ['criteria', 'milestones', 'policyChanges'].flatMap((s) => (rest[s] ?? []).map((r) => r.key));
    expect(keys).toHaveLength(18 - reviewed.length);
    for (const key of reviewed) expect(keys).not.toContain(key);
    expect(rest.policies).toBeUndefined();
    expect(readFileSync(draft, 'utf8')).toMatch(/^# DRAFT of vgz-msz-2025/);
    expect(readdirSync(join(seed, 'documents')).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // A second accept finds the document file there.
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-003' && r.set('reviewed', true));
    const before = snapshot(seed);
    const again = await zorginkoop(['accept', 'vgz-msz-2025', '--seed', seed]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a document file for doc-005 is already there');
    expect(snapshot(seed)).toEqual(before);
  });

  it('the graph loaded from the accepted seed shows the reworded requirement as changed', async () => {
    expect(existsSync(documentFile)).toBe(true);
    const engine = engineUnderTest();
    try {
      await engine.connect();
      await loadSeed(engine, seed);
      const result = await graphql({
        schema,
        source: `query { policyDiff(from: { policy: "vgz-msz-2024" }, to: { policy: "vgz-msz-2025" }) {
          changed { before { key } after { key } segments { kind text } }
          documentedChanges { subject }
        } }`,
        contextValue: createContext(engine, await createSearch(engine), loadConfig()),
      });
      expect(result.errors).toBeUndefined();
      const diff = (result.data as { policyDiff: { changed: { before: { key: string }; after: { key: string } }[] } })
        .policyDiff;
      expect(diff.changed.map((c) => [c.before.key, c.after.key])).toContainEqual([
        'vgz-msz-2024-msz-kwaliteitssysteem-vms',
        'vgz-msz-2025-004',
      ]);
      expect(JSON.stringify(result.data)).toContain('dat jaarlijks intern wordt geëvalueerd');
      expect(JSON.stringify(result.data)).toContain('Minimumeis Veiligheid Management Systeem');
    } finally {
      await engine.close();
    }
  });
});

describe('zorginkoop validate with a draft', () => {
  it('checks a draft as the document file it would become, naming the draft; the loaded seed is unchanged', async () => {
    const seed = copyOfSeed();
    await zorginkoop([
      'ingest',
      INGEST_FIXTURE,
      ...['--policy', 'vgz-msz-2025', '--insurer', 'vgz', '--year', '2025', '--seed', seed],
    ]);
    const draft = join(seed, 'drafts', 'vgz-msz-2025.yaml');
    editDraft(draft, (r, key) => key === 'vgz-msz-2025-002' && r.set('kind', 'wish'));
    const result = await zorginkoop(['validate', '--seed', seed]);
    expect(result.code).toBe(1);
    // The seed itself is clean; the draft's review fields are no problem, its wrong kind is.
    expect(result.stdout).toMatch(/seed files, \d+ nodes: no problems/);
    expect(result.stdout).toMatch(/drafts\/vgz-msz-2025\.yaml:\d+, record criteria\[1\] vgz-msz-2025-002, field kind/);
    expect(result.stdout).not.toMatch(/reviewed|confidence|Unrecognized/);
    expect(validateSeed(seed).files.some((f) => f.startsWith('drafts/'))).toBe(false);

    // The draft-only fields are accepted in drafts only: in a document file they are refused.
    const file = join(seed, 'documents', '001-vgz-msz-2024.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  - key: vgz-msz-2024-riz-toetsing\n', '$&    reviewed: true\n'),
    );
    expect(
      validateSeed(seed)
        .problems.map((p) => p.message)
        .join('\n'),
    ).toContain('reviewed');
  });
});
