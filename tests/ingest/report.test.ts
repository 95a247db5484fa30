import { alignmentCounts, changeReport } from '../../src/ingest/report';
import { KNOWN_EDITS, alignWith2024, type KnownEdit, type YearlyPair } from '../utils/yearly-pair';

/**
 * The change report a policy team reads first, on the yearly test pair (tests/utils/yearly-pair.ts): each known
 * edit of the fictional 2025 edition where a reader looks for it, and nothing unchanged among the changes.
 */

let pair: YearlyPair;
let report: string;
beforeAll(() => {
  pair = alignWith2024();
  report = changeReport({
    policy: 'vgz-msz-2025',
    previous: 'vgz-msz-2024',
    fileName: 'vgz-msz-2025-full.txt',
    sourceName: '005_0000000000000000.txt',
    lineCount: pair.lines.length,
    draftPath: 'drafts/vgz-msz-2025.yaml',
    proposals: pair.proposals,
    alignment: pair.alignment,
  });
});

/** The report's lines under each "## Type" and "### Class" heading, e.g. "Criteria / Reworded". */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let type = '';
  let name = '';
  for (const line of text.split('\n')) {
    const h2 = /^## (.*)$/.exec(line);
    const h3 = /^### (.*?)(?: \(in .*\))? \(\d+\)$/.exec(line);
    if (h2) [type, name] = [h2[1] ?? '', ''];
    else if (h3) name = h3[1] ?? '';
    else {
      const at = name ? `${type} / ${name}` : type;
      out.set(at, `${out.get(at) ?? ''}${line}\n`);
    }
  }
  return out;
}

const HEADING: Record<KnownEdit['expected'], string> = {
  unchanged: 'Unchanged',
  reworded: 'Reworded',
  'date-changed': 'Date changed',
  moved: 'Moved',
  added: 'Added',
  removed: 'Removed',
};

/** Where the report speaks of an edit: "continues `key`", "`key`" of a removal, or the line of an addition. */
function mentions(edit: KnownEdit): string[] {
  if (edit.expected === 'removed') return edit.keys.map((k) => `- \`${k}\``);
  if (edit.keys.length > 0) return edit.keys.map((k) => `continues \`${k}\``);
  return [`- line ${edit.line} (\``];
}

describe('the change report of the 2025 edition', () => {
  it('finds the ZBC achterwacht rewording, with the struck and the added words', () => {
    const reworded = sections(report).get('Criteria / Reworded') ?? '';
    expect(reworded).toContain('continues `vgz-msz-2024-zbc-achterwachtregeling`');
    expect(reworded).toContain('kan de behandeling binnen ~~30~~ **20** minuten worden overgedragen');
  });

  it.each(KNOWN_EDITS.map((e) => [e.id, e.what, e] as const))(
    'lists %s, %s, where a reader looks for it',
    (_id, _what, edit) => {
      const type = edit.type === 'criterion' ? 'Criteria' : 'Milestones';
      const where = sections(report);
      const section = where.get(`${type} / ${HEADING[edit.expected]}`) ?? '';
      for (const mention of mentions(edit))
        expect({ mention, found: section.includes(mention) }).toEqual({ mention, found: true });
    },
  );

  it('reports no unchanged statement as changed: the 2024 keys under a class of change are those of known edits', () => {
    const edited = new Set(KNOWN_EDITS.filter((e) => e.expected !== 'unchanged').flatMap((e) => e.keys));
    for (const [name, text] of sections(report)) {
      if (!/ \/ (Reworded|Date changed|Moved|Added|Removed)$/.test(name)) continue;
      const keys = [...text.matchAll(/`(vgz-msz-2024-[a-z0-9-]+)`/g)].map((m) => m[1] ?? '');
      expect({ name, stray: keys.filter((k) => !edited.has(k)) }).toEqual({ name, stray: [] });
    }
  });

  it('lists every other curated 2024 statement as unchanged, or as still in the text where nothing was proposed', () => {
    const where = sections(report);
    const edited = new Set(KNOWN_EDITS.filter((e) => e.expected !== 'unchanged').flatMap((e) => e.keys));
    for (const [type, previous] of [
      ['Criteria', pair.previous.criteria],
      ['Milestones', pair.previous.milestones],
    ] as const) {
      const kept = `${where.get(`${type} / Unchanged`) ?? ''}${where.get(`${type} / Still in the text, not proposed`) ?? ''}`;
      const missing = previous.filter((p) => !edited.has(p.key) && !kept.includes(`\`${p.key}\``)).map((p) => p.key);
      expect({ type, missing }).toEqual({ type, missing: [] });
    }
  });

  it('counts in its summary what it lists', () => {
    const c = alignmentCounts(pair.alignment.criteria);
    const m = alignmentCounts(pair.alignment.milestones);
    expect(report).toContain(`| reworded | ${c.reworded} | ${m.reworded} |`);
    expect(report).toContain(`| date changed | – | ${m.dateChanged} |`);
    expect(report).toContain(`| moved | ${c.moved} | ${m.moved} |`);
    expect(report).toContain(`| removed (in vgz-msz-2024, not found) | ${c.removed} | ${m.removed} |`);
    expect([c.reworded, c.moved, c.removed, m.dateChanged, m.removed]).toEqual([4, 2, 3, 3, 3]);
    const where = sections(report);
    const items = (at: string) => (where.get(at) ?? '').split('\n').filter((l) => l.startsWith('- ')).length;
    expect(items('Criteria / Reworded')).toBe(c.reworded);
    expect(items('Criteria / Unchanged')).toBe(c.unchanged);
    expect(items('Milestones / Date changed')).toBe(m.dateChanged);
    expect(items('Milestones / Added')).toBe(m.added);
  });

  it('gives a milestone’s date change as the old date and the new', () => {
    const changed = sections(report).get('Milestones / Date changed') ?? '';
    expect(changed).toContain(
      'continues `vgz-msz-2024-text-toelichten-inkoopbeleid`: "uiterlijk 15 juni 2023" (by 2023-06-15) → "uiterlijk 1 juli 2023" (by 2023-07-01)',
    );
    expect(changed).toContain(
      'continues `vgz-msz-2024-text-bekendmaking-zorgaanbod`: "Vanaf 12 november 2023" (from 2023-11-12) → "Uiterlijk 12 november 2023" (by 2023-11-12)',
    );
    expect(changed).toContain('~~Vanaf~~ **Uiterlijk** 12 november 2023');
  });

  it('says where a statement moved from and to', () => {
    expect(sections(report).get('Criteria / Moved')).toContain(
      'continues `vgz-msz-2024-zbc-igj`: from "Aanvullende minimeisen voor ZBC\'s:" to "Minimeisen voor medisch specialistische zorg:"',
    );
  });

  it('sets the change table against the text', () => {
    const where = sections(report);
    const found = where.get('The change table against the text / Documented and found') ?? '';
    expect(found).toContain('"Achterwachtregeling ZBC\'s" (other, line 355): reworded criterion: line 380');
    expect(found).toContain('removed: `vgz-msz-2024-zbc-transparantiekalender`');
    expect(found).toContain(
      'date changed milestone: line 292, continues `vgz-msz-2024-planning-alle-toelichten-inkoopbeleid`',
    );
    expect(where.get('The change table against the text / Documented but not found')).toMatch(
      /"Aanvullende minimumeis voor revalidatiecentra" .*did not change.*vgz-msz-2024-revalidatie-ccl/,
    );
    const undocumented = where.get('The change table against the text / Found but not documented') ?? '';
    expect(undocumented).toContain('moved criterion: line 371, continues `vgz-msz-2024-zbc-igj`');
    expect(undocumented).toContain('removed: `vgz-msz-2024-text-bericht-zbc`');
    expect(undocumented).not.toContain('vgz-msz-2024-revalidatie-ccl');
  });
});
