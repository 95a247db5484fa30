import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { loadSeed, SeedValidationError } from '../../src/seed/load-seed';
import { formatProblem } from '../../src/seed/read-seed';
import { SEED_LIMITS } from '../../src/seed/seed-limits';
import { validateSeed } from '../../src/seed/validate-seed';
import { seededEngineUnderTest } from '../utils/engine';
import { copyOfSeed } from '../utils/server';

const DOCUMENT_FILE = 'documents/001-vgz-msz-2024.yaml';
const SOURCE = '001_51680a5ea2501e2f.txt';

/** A copy of seed/ whose document doc-001 names `fileName` as its source. */
function seedNaming(fileName: string): string {
  const dir = copyOfSeed();
  const path = join(dir, DOCUMENT_FILE);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(`fileName: ${SOURCE}`, `fileName: ${JSON.stringify(fileName)}`),
  );
  return dir;
}

const problemsIn = (dir: string) => validateSeed(dir).problems.map(formatProblem);
/** The first problem of a seed whose document doc-001 is refused (its records' citations of it follow). */
const firstProblemIn = (dir: string) => problemsIn(dir)[0];
const fileNameProblem = (message: string) => `${DOCUMENT_FILE}:5, record document doc-001, field fileName: ${message}`;

describe('source texts are confined to the seed’s sources folder', () => {
  it('refuses a path out of it ("../../../../dev/zero"), before reading a byte', () => {
    expect(firstProblemIn(seedNaming('../../../../dev/zero'))).toEqual(
      fileNameProblem('must name a file in seed/sources/: "../../../../dev/zero" leads out of it'),
    );
  });

  it('refuses ".." and "." by name, and an absolute path', () => {
    expect(firstProblemIn(seedNaming('..'))).toEqual(
      fileNameProblem('must name a file in seed/sources/: ".." leads out of it'),
    );
    expect(firstProblemIn(seedNaming('.'))).toEqual(
      fileNameProblem('names the folder seed/sources/ itself, not a source text in it'),
    );
    expect(firstProblemIn(seedNaming('/etc/hostname'))).toEqual(
      fileNameProblem('must name a file in seed/sources/, not an absolute path (got "/etc/hostname")'),
    );
  });

  it('refuses a folder inside it, and a link inside it that leads out (to /dev/zero)', () => {
    const folder = seedNaming('nested');
    mkdirSync(join(folder, 'sources', 'nested'));
    expect(firstProblemIn(folder)).toEqual(fileNameProblem('seed/sources/nested is a directory, not a source text'));
    const link = seedNaming('zero.txt');
    symlinkSync('/dev/zero', join(link, 'sources', 'zero.txt'));
    expect(firstProblemIn(link)).toEqual(
      fileNameProblem(
        'seed/sources/zero.txt is a link to /dev/zero, outside seed/sources/: a source must lie inside it',
      ),
    );
  });

  it('follows a link to a source inside it', () => {
    const dir = seedNaming('renamed.txt');
    symlinkSync(SOURCE, join(dir, 'sources', 'renamed.txt'));
    expect(problemsIn(dir)).toEqual([]);
  });

  it(`refuses a source text over ${SEED_LIMITS.sourceFileBytes / 1024 / 1024} MB without reading it`, () => {
    const dir = seedNaming('huge.txt');
    // Sparse: its size is what the check reads, not its bytes.
    writeFileSync(join(dir, 'sources', 'huge.txt'), '');
    truncateSync(join(dir, 'sources', 'huge.txt'), SEED_LIMITS.sourceFileBytes + 1);
    expect(firstProblemIn(dir)).toEqual(
      fileNameProblem(
        'seed/sources/huge.txt is 20 MB; a source text may be at most 20 MB (SEED_LIMITS.sourceFileBytes)',
      ),
    );
  });
});

describe('free-text fields have a size limit', () => {
  it(`refuses a curatorNote of ${SEED_LIMITS.textFieldChars + 1} characters, naming file, line, record and field`, () => {
    const dir = copyOfSeed();
    const path = join(dir, DOCUMENT_FILE);
    const note = 'x'.repeat(SEED_LIMITS.textFieldChars + 1);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '  - key: vgz-msz-2024-zbc-agb-code\n',
        `  - key: vgz-msz-2024-zbc-agb-code\n    curatorNote: ${note}\n`,
      ),
    );
    expect(problemsIn(dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${DOCUMENT_FILE}:\\d+, record criteria\\[\\d+\\] vgz-msz-2024-zbc-agb-code, field curatorNote: must be at most ${SEED_LIMITS.textFieldChars} characters`,
        ),
      ),
    ]);
  });
});

describe('symbolic links among the seed files are followed inside the seed folder or refused, never passed over', () => {
  it('follows a link to a seed file elsewhere inside the seed folder', () => {
    const dir = copyOfSeed();
    // Under sources/, where no seed file is looked for: read only through the link.
    renameSync(join(dir, 'vocabulary.yaml'), join(dir, 'sources', 'vocabulary.yaml'));
    symlinkSync(join('sources', 'vocabulary.yaml'), join(dir, 'vocabulary.yaml'));
    expect(problemsIn(dir)).toEqual([]);
  });

  it('refuses a link to a file outside the seed folder, and a link to a folder', () => {
    const dir = copyOfSeed();
    const outside = mkdtempSync(join(tmpdir(), 'zorginkoop-outside-'));
    renameSync(join(dir, 'vocabulary.yaml'), join(outside, 'vocabulary.yaml'));
    symlinkSync(join(outside, 'vocabulary.yaml'), join(dir, 'vocabulary.yaml'));
    symlinkSync(join(dir, 'documents'), join(dir, 'more'));
    const problems = problemsIn(dir);
    expect(problems).toContain(
      `vocabulary.yaml: is a symbolic link to ${join(outside, 'vocabulary.yaml')}, outside the seed folder: refused (copy the file into the seed folder, or link to one inside it)`,
    );
    expect(problems).toContain(
      'more: is a symbolic link to a folder: refused (seed files are read from the seed folder’s own folders)',
    );
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('a seed refused for its input leaves the graph as it was', () => {
  let engine: GraphEngine;
  beforeAll(async () => {
    engine = await seededEngineUnderTest();
  }, 300_000);
  afterAll(() => engine?.close());

  it('`fileName: "../../../../dev/zero"`: nothing loaded, the same load marker, the same graph', async () => {
    const before = await engine.loadedGraph();
    expect(before).toBeDefined();
    const [policies] = await engine.read('model/policy/count');
    await expect(loadSeed(engine, seedNaming('../../../../dev/zero'))).rejects.toBeInstanceOf(SeedValidationError);
    expect(await engine.loadedGraph()).toEqual(before);
    expect(await engine.read('model/policy/count')).toEqual([policies]);
  });
});
