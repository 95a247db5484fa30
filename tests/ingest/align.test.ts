import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';
import { align, normalizeStatement, previousStatements, statementOf, type Alignment } from '../../src/ingest/align';
import { draftKeys } from '../../src/ingest/draft';
import { proposeStatements } from '../../src/ingest/propose';
import { loadVocabulary } from '../../src/ingest/propose/vocabulary';
import { changeReport } from '../../src/ingest/report';
import { structure } from '../../src/ingest/structure';
import type { ChangeProposal, Proposal } from '../../src/ingest/types';
import { validateSeed } from '../../src/seed/validate-seed';

/**
 * The fictional 2025 edition (tests/fixtures/ingest/README.md) against the curated 2024 policy, through the
 * real structure and proposal rules. The fixture is one section of the 2024 source (lines 426-451), so the
 * 2024 statements compared are those cited in that section; the rest of the policy is not in the fixture.
 */
const SEED_DIR = join(ROOT_DIR, 'seed');
const FIXTURE = join(ROOT_DIR, 'tests', 'fixtures', 'ingest', 'vgz-msz-2025.txt');

const UNCHANGED = [
  'vgz-msz-2024-riz-toetsing',
  'vgz-msz-2024-msz-normen-registraties',
  'vgz-msz-2024-msz-volumenormen',
  'vgz-msz-2024-msz-ciebag-geneesmiddelen',
  'vgz-msz-2024-msz-mdx-sla',
  'vgz-msz-2024-zbc-agb-code',
  'vgz-msz-2024-zbc-vms',
  'vgz-msz-2024-zbc-medisch-specialisten',
  'vgz-msz-2024-zbc-achterwachtregeling',
  'vgz-msz-2024-revalidatie-ccl',
  'vgz-msz-2024-revalidatie-beroepskader',
];

let proposals: Proposal[];
let alignment: Alignment;

beforeAll(() => {
  const { graph, problems } = validateSeed(SEED_DIR);
  expect(problems).toEqual([]);
  const lines = readFileSync(FIXTURE, 'utf8').split('\n');
  proposals = proposeStatements(structure(lines), loadVocabulary(SEED_DIR));
  const keys = draftKeys('vgz-msz-2025', proposals);
  const statements = proposals.flatMap((p, i) => (p.type === 'criterion' ? [statementOf(p, keys[i])] : []));
  const previous = previousStatements(graph, 'vgz-msz-2024').filter(
    (p) => (p.lineStart ?? 0) >= 426 && (p.lineEnd ?? 0) <= 451,
  );
  const changes = proposals.filter((p): p is ChangeProposal => p.type === 'change');
  alignment = align(statements, previous, { changes });
});

const ofClass = (c: string) => alignment.statements.filter((s) => s.class === c);

describe('aligning a new edition with the curated previous policy', () => {
  it('finds the rewording, with the words struck and added', () => {
    const reworded = ofClass('reworded');
    expect(reworded.map((s) => s.previous?.key)).toEqual(['vgz-msz-2024-msz-kwaliteitssysteem-vms']);
    const diff = reworded[0]?.diff ?? [];
    expect(diff.filter((s) => s.kind === 'REMOVED').map((s) => s.text.trim())).toEqual(['(VMS).']);
    expect(diff.filter((s) => s.kind === 'ADDED').map((s) => s.text.trim())).toEqual([
      '(VMS) dat jaarlijks intern wordt geëvalueerd.',
    ]);
  });

  it('finds the move to another section, and the removal', () => {
    const moved = ofClass('moved');
    expect(moved.map((s) => s.previous?.key)).toEqual(['vgz-msz-2024-zbc-igj']);
    expect(moved[0]?.statement.lineStart).toBe(16);
    expect(alignment.removed.map((r) => r.key)).toEqual(['vgz-msz-2024-zbc-transparantiekalender']);
  });

  it('finds the added statement, and calls nothing added that the 2024 policy held', () => {
    const added = ofClass('added');
    expect(added.map((s) => normalizeStatement(s.statement.text))).toContain(
      'De zorgaanbieder levert jaarlijks vóór 1 april de uitkomsten van de patiëntervaringsmeting (PREM) aan bij VGZ.',
    );
    for (const a of added) expect(a.previous).toBeUndefined();
  });

  it('reports every unchanged statement as unchanged, continuing its own 2024 key', () => {
    const unchanged = ofClass('unchanged');
    expect(unchanged.map((s) => s.previous?.key).sort()).toEqual([...UNCHANGED].sort());
    for (const s of unchanged) {
      expect(normalizeStatement(s.statement.text)).toBe(normalizeStatement(s.previous?.text ?? ''));
      expect(s.diff).toBeUndefined();
    }
  });

  it('sets the change table against the text: documented and found, documented but not found, found but not documented', () => {
    expect(alignment.documentedAndFound.map((d) => d.change.lineStart)).toEqual([34, 35]);
    expect(alignment.documentedAndFound.map((d) => d.found && 'class' in d.found && d.found.class)).toEqual([
      'reworded',
      'added',
    ]);
    expect(alignment.documentedNotFound.map((d) => d.change.lineStart)).toEqual([36]);
    expect(alignment.documentedNotFound[0]?.unchangedMatch?.previous?.key).toBe('vgz-msz-2024-zbc-achterwachtregeling');
    const undocumented = alignment.foundNotDocumented.map((x) => ('class' in x ? x.previous?.key : x.key));
    expect(undocumented).toEqual(
      expect.arrayContaining(['vgz-msz-2024-zbc-igj', 'vgz-msz-2024-zbc-transparantiekalender']),
    );
    for (const key of UNCHANGED) expect(undocumented).not.toContain(key);
  });
});

describe('the change report', () => {
  const report = () =>
    changeReport({
      policy: 'vgz-msz-2025',
      previous: 'vgz-msz-2024',
      fileName: 'vgz-msz-2025.txt',
      sourceName: '005_0000000000000000.txt',
      lineCount: 36,
      draftPath: 'drafts/vgz-msz-2025.yaml',
      proposals,
      alignment,
    });

  it('counts each class and shows the rewording as struck and added words', () => {
    const text = report();
    expect(text).toMatch(/\| unchanged \| 11 \|/);
    expect(text).toMatch(/\| reworded \| 1 \|/);
    expect(text).toMatch(/\| moved \| 1 \|/);
    expect(text).toMatch(/\| removed \(in vgz-msz-2024, not found\) \| 1 \|/);
    expect(text).toContain(
      'Veiligheid Management Systeem ~~(VMS).~~ **(VMS) dat jaarlijks intern wordt geëvalueerd.**',
    );
    expect(text).toContain('line 16 (`vgz-msz-2025-');
    expect(text).toContain(
      'from "Aanvullende minimeisen voor ZBC\'s:" to "Minimeisen voor medisch specialistische zorg:"',
    );
  });

  it('lists no unchanged statement under a class of change', () => {
    const text = report();
    const changed = text.slice(text.indexOf('## Reworded'), text.indexOf('## Unchanged'));
    for (const key of UNCHANGED) expect(changed).not.toContain(`\`${key}\``);
    const unchanged = text.slice(text.indexOf('## Unchanged'), text.indexOf('## The change table'));
    for (const key of UNCHANGED) expect(unchanged).toContain(`continues \`${key}\``);
  });

  it('has the documented-versus-found section', () => {
    const text = report();
    const section = text.slice(text.indexOf('## The change table against the text'));
    expect(section).toContain('### Documented and found (2)');
    expect(section).toContain('### Documented but not found (1)');
    expect(section).toMatch(/"Achterwachtregeling ZBC's" .*did not change.*vgz-msz-2024-zbc-achterwachtregeling/);
    expect(section).toContain('moved: line 16, continues `vgz-msz-2024-zbc-igj`');
    expect(section).toContain('removed: `vgz-msz-2024-zbc-transparantiekalender`');
  });
});
