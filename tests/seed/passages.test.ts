import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { paragraphsOf } from '../../src/seed/passages';
import { formatProblem } from '../../src/seed/read-seed';
import { readSourceText } from '../../src/seed/source-text';
import { validateSeed } from '../../src/seed/validate-seed';
import { copyOfSeed } from '../utils/server';

const vgzMsz = readSourceText(join(SEED_DIR, 'sources', '001_51680a5ea2501e2f.txt'), '001_51680a5ea2501e2f.txt');

describe('the paragraphs of a source text, derived at load', () => {
  it('are the blocks of lines between blank lines, together covering every line with words', () => {
    const paragraphs = paragraphsOf(vgzMsz);
    const covered = new Set(
      paragraphs.flatMap((p) => Array.from({ length: p.lastLine - p.firstLine + 1 }, (_, i) => p.firstLine + i)),
    );
    vgzMsz.lines.forEach((line, i) => expect(covered.has(i + 1)).toBe(line.trim() !== ''));
    for (const p of paragraphs) expect(p.text).toBe(vgzMsz.lines.slice(p.firstLine - 1, p.lastLine).join('\n'));
  });

  it('keep a list as the source has it: VGZ’s principles on lines 199-201 are one paragraph under their lead-in', () => {
    const principles = paragraphsOf(vgzMsz).find((p) => p.firstLine === 199)!;
    expect(principles.lastLine).toBe(201);
    expect(principles.text).toContain('**Duurzaamheid:**');
    expect(principles.heading).toContain('Ons zorginkoopbeleid kent de volgende uitgangspunten:');
    const digital = paragraphsOf(vgzMsz).find((p) => p.firstLine === 183)!;
    expect(digital.heading).toBe('Van fysiek naar digitaal');
  });

  it('count the curated statements that cite them: 0 only for what the graph holds as text alone', () => {
    const { graph } = validateSeed(SEED_DIR);
    const byKey = new Map(graph.nodes.Passage.map((p) => [p.key, p]));
    // Three statements cite lines 199-201 (the curated principles on digitalisation and sustainability among them).
    expect(byKey.get('doc-001-l199')?.statementCount).toBeGreaterThanOrEqual(2);
    expect(byKey.get('doc-001-l183')?.statementCount).toBe(0);
    // Each is linked to its document.
    const links = graph.relationships.filter((b) => b.type === 'IN_DOCUMENT').flatMap((b) => b.rows);
    expect(links).toHaveLength(graph.nodes.Passage.length);
    expect(links).toContainEqual({ fromKey: 'doc-001-l199', toKey: 'doc-001' });
  });

  it('are never written in a seed file: a `passages` section is refused', () => {
    const dir = copyOfSeed();
    writeFileSync(join(dir, 'documents', 'zz-extra.yaml'), 'passages:\n  - { key: doc-001-l1, text: x }\n');
    expect(validateSeed(dir).problems.map(formatProblem).join('\n')).toMatch(
      /documents\/zz-extra\.yaml:2: unknown section "passages"/,
    );
  });
});
