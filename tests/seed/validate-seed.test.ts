import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { formatProblem } from '../../src/seed/read-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { copyOfSeed } from '../utils/server';

const problemsIn = (dir: string) => validateSeed(dir).problems.map(formatProblem);

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test set-up: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

describe('the curated seed', () => {
  it('has no problems: every quote occurs in its cited lines, every key is defined', () => {
    expect(problemsIn(SEED_DIR)).toEqual([]);
  });

  it('curates each of the five source documents', () => {
    const { graph } = validateSeed(SEED_DIR);
    expect(graph.nodes.SourceDocument.map((d) => d.fileName).sort()).toEqual([
      '000_61dcf51492fb5828.txt',
      '001_51680a5ea2501e2f.txt',
      '002_d286d8cb2dc9363e.txt',
      '003_957073047b443e8c.txt',
      '004_4d737caaad869d7d.txt',
    ]);
  });
});

describe('seed validation', () => {
  it('names the file, line, record and field of a value the model does not allow', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/001-vgz-msz-2024.yaml', /kind: additional-requirement/, 'kind: nice-to-have');
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^documents\/001-vgz-msz-2024\.yaml:\d+, record criteria\[\d+\] vgz-msz-2024-[a-z0-9-]+, field kind: /,
    );
  });

  it('rejects a quote that does not occur in the cited lines', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      'documents/001-vgz-msz-2024.yaml',
      'De zorgaanbieder beschikt over een geldige AGB-code',
      'De zorgaanbieder beschikt over een ongeldige AGB-code',
    );
    expect(problemsIn(dir).join('\n')).toMatch(/field text: does not occur in doc-001 lines 440/);
  });

  it('rejects a citation outside its document', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/003-leidraad-regionale-samenwerking-2020.yaml', /lines: "?\d+(-\d+)?"?/, 'lines: 9000');
    expect(problemsIn(dir).join('\n')).toMatch(/lie outside 003_957073047b443e8c\.txt \(\d+ lines\)/);
  });

  it('rejects a statement with an empty scope, which no question about a provider type could reach', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/001-vgz-msz-2024.yaml', /appliesTo: \[[^\]\n]*\]/, 'appliesTo: []');
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^documents\/001-vgz-msz-2024\.yaml:\d+, record criteria\[\d+\] vgz-msz-2024-[a-z0-9-]+, field appliesTo: must name at least one ProviderType: the list is empty$/,
    );
  });

  it('rejects a reference to a key nobody defines', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/001-vgz-msz-2024.yaml', /topic: registration/, 'topic: registratie');
    expect(problemsIn(dir).join('\n')).toMatch(/field topic: refers to "registratie", which no seed file defines/);
  });

  it('rejects struck-through text presented as a current requirement', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/001-vgz-msz-2024.yaml', /\n\s+withdrawnBy: vgz-msz-2024-amendment-2023-08-02/, '');
    expect(problemsIn(dir).join('\n')).toMatch(/field withdrawnBy: this text is struck through in the source/);
  });

  it('rejects two declarations of an organisation that disagree', () => {
    const dir = copyOfSeed();
    writeFileSync(
      join(dir, 'documents', 'zz-extra.yaml'),
      'insurers:\n  - { key: vgz, name: VGZ Zorgverzekeraar, cite: { doc: doc-001, lines: 11, quote: COÖPERATIE VGZ } }\n',
    );
    expect(problemsIn(dir).join('\n')).toMatch(
      /documents\/zz-extra\.yaml:2, record insurers\[0\] vgz, field name: disagrees with the declaration at organisations\.yaml:\d+/,
    );
  });

  it('rejects versions that go round in a cycle, naming the record and field', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      'documents/001-vgz-msz-2024.yaml',
      /\n {2}- key: vgz-msz-2023\n/,
      '\n  - key: vgz-msz-2023\n    previousVersion: vgz-msz-2024\n',
    );
    expect(problemsIn(dir).join('\n')).toMatch(
      /documents\/001-vgz-msz-2024\.yaml:\d+, record policies\[\d+\] vgz-msz-2023, field previousVersion: forms a cycle \(vgz-msz-2023 → vgz-msz-2024 → vgz-msz-2023\)/,
    );
  });

  it('rejects a broader type that is its own narrower type', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      'vocabulary.yaml',
      /key: moleculaire-diagnostiek, (.*), broader: \[msz\] \}/,
      'key: moleculaire-diagnostiek, $1, broader: [moleculaire-diagnostiek] }',
    );
    expect(problemsIn(dir).join('\n')).toMatch(
      /record careTypes\[\d+\] moleculaire-diagnostiek, field broader: forms a cycle \(moleculaire-diagnostiek → moleculaire-diagnostiek\)/,
    );
  });

  it('rejects a date that names no day, such as 29 February of a year that is no leap year', () => {
    const dir = copyOfSeed();
    edit(dir, 'documents/001-vgz-msz-2024.yaml', 'date: 2023-07-27', 'date: 2023-02-29');
    expect(problemsIn(dir).join('\n')).toMatch(
      /documents\/001-vgz-msz-2024\.yaml:\d+, record amendments\[\d+\] vgz-msz-2024-amendment-2023-07-27, field date: is not a calendar date/,
    );
  });

  it('rejects a NUL byte in a value, naming file, record and field', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      'documents/001-vgz-msz-2024.yaml',
      'De zorgaanbieder beschikt over een geldige AGB-code',
      'De zorgaanbieder beschikt over een geldige\u0000 AGB-code',
    );
    expect(problemsIn(dir).join('\n')).toMatch(
      /documents\/001-vgz-msz-2024\.yaml:\d+, record criteria\[\d+\] [a-z0-9-]+, field text: holds a control character/,
    );
  });

  it('rejects a file that is not UTF-8, naming the line', () => {
    const dir = copyOfSeed();
    const file = join(dir, 'documents', '001-vgz-msz-2024.yaml');
    const text = readFileSync(file);
    const at = text.indexOf('geldige AGB-code');
    writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe]), text.subarray(at)]));
    const line = text.subarray(0, at).toString('utf8').split('\n').length;
    expect(problemsIn(dir)).toContain(
      `documents/001-vgz-msz-2024.yaml:${line}: is not valid UTF-8 (save the file as UTF-8)`,
    );
  });
});
