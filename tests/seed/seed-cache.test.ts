import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { SeedCache, seedFingerprint } from '../../src/seed/seed-cache';
import { validateSeed } from '../../src/seed/validate-seed';
import { copyOfSeed } from '../utils/server';

describe('what start-up keeps of a validated seed', () => {
  let cacheDir: string;
  let seedDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'zorginkoop-cache-'));
    seedDir = copyOfSeed();
  });
  afterEach(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(seedDir, { recursive: true, force: true });
  });

  it('a seed validated clean once is not validated again: the second time gives the same graph from the cache', () => {
    const cache = new SeedCache(cacheDir);
    const first = cache.validated(seedDir);
    const second = cache.validated(seedDir);
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.problems).toEqual([]);
    expect(second.graph).toEqual(validateSeed(SEED_DIR).graph);
  });

  it('one changed character in a source text, a seed file, or a new file is another fingerprint', () => {
    const before = seedFingerprint(seedDir);
    expect(seedFingerprint(seedDir)).toBe(before);
    const source = join(seedDir, 'sources', readdirSync(join(seedDir, 'sources'))[0]!);
    writeFileSync(source, readFileSync(source, 'utf8').replace(/e/, 'é'));
    const afterSource = seedFingerprint(seedDir);
    expect(afterSource).not.toBe(before);
    appendFileSync(join(seedDir, 'vocabulary.yaml'), '\n# a comment\n');
    const afterYaml = seedFingerprint(seedDir);
    expect(afterYaml).not.toBe(afterSource);
    writeFileSync(join(seedDir, 'documents', 'extra.yaml'), '{}\n');
    expect(seedFingerprint(seedDir)).not.toBe(afterYaml);
  });

  it('drafts count only when they are loaded: a new draft leaves the fingerprint without drafts as it was', () => {
    const without = seedFingerprint(seedDir);
    const withDrafts = seedFingerprint(seedDir, { drafts: true });
    // Another graph even with no draft there: nothing of a load with drafts is taken for one without.
    expect(withDrafts).not.toBe(without);
    mkdirSync(join(seedDir, 'drafts'));
    writeFileSync(join(seedDir, 'drafts', 'vgz-msz-2025.yaml'), 'document: {}\n');
    expect(seedFingerprint(seedDir)).toBe(without);
    const withOne = seedFingerprint(seedDir, { drafts: true });
    expect(withOne).not.toBe(withDrafts);
    appendFileSync(join(seedDir, 'drafts', 'vgz-msz-2025.yaml'), '# reviewed\n');
    expect(seedFingerprint(seedDir, { drafts: true })).not.toBe(withOne);
    expect(seedFingerprint(seedDir)).toBe(without);
  });

  it('keeps what became of the drafts with a validation with drafts, and beside a snapshot when asked', () => {
    const cache = new SeedCache(cacheDir);
    const fingerprint = seedFingerprint(seedDir, { drafts: true });
    const first = cache.validated(seedDir, fingerprint, { drafts: true });
    expect(first).toMatchObject({ fromCache: false, problems: [], drafts: [] });
    expect(cache.validated(seedDir, fingerprint, { drafts: true })).toMatchObject({ fromCache: true, drafts: [] });
    expect(cache.drafts(fingerprint)).toBeUndefined();
    const outcome = [{ file: 'drafts/x.yaml', loaded: 3, unreviewed: 2, skipped: [], refused: [] }];
    cache.storeDrafts(fingerprint, outcome);
    expect(cache.drafts(fingerprint)).toEqual(outcome);
  });

  it('a seed with problems is validated in full every time and nothing of it is kept', () => {
    const file = join(seedDir, 'documents', '002-asr-elv-grz-gzsp-2023-2024.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/years: \[2023, 2024\]/, 'years: [2023, "volgend jaar"]'));
    const cache = new SeedCache(cacheDir);
    const first = cache.validated(seedDir);
    expect(first.problems.length).toBeGreaterThan(0);
    expect(cache.validated(seedDir)).toMatchObject({ fromCache: false, problems: first.problems });
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('a cache entry that cannot be read is ignored, and the seed validated again', () => {
    const cache = new SeedCache(cacheDir);
    const fingerprint = seedFingerprint(seedDir);
    cache.validated(seedDir, fingerprint);
    writeFileSync(cache.validationPath(fingerprint), '{"graph": ');
    const again = cache.validated(seedDir, fingerprint);
    expect(again.fromCache).toBe(false);
    expect(again.problems).toEqual([]);
    expect(existsSync(cache.validationPath(fingerprint))).toBe(true);
    expect(cache.validated(seedDir, fingerprint).fromCache).toBe(true);
  });

  it('keeps the newest two entries of a kind', () => {
    const cache = new SeedCache(cacheDir);
    for (const f of ['a', 'b', 'c']) cache.store(cache.validationPath(f), (tmp) => writeFileSync(tmp, '{}'));
    expect(readdirSync(cacheDir).sort()).toEqual(['validated-b.json', 'validated-c.json']);
  });
});
