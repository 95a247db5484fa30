import { readFileSync } from 'node:fs';
import {
  align,
  normalizeStatement,
  type AlignedStatement,
  type NewStatement,
  type PreviousStatement,
  type StatedDate,
  type TypeAlignment,
} from '../../src/ingest/align';
import { SOURCES_DIR } from '../utils/ingest-fixtures';
import {
  FIXTURE_README,
  KNOWN_EDITS,
  REWRITTEN_LINES,
  alignWith2024,
  statementsOf,
  type KnownEdit,
  type YearlyPair,
} from '../utils/yearly-pair';

/**
 * The yearly alignment on a real-size pair: the fictional 2025 edition of the whole VGZ MSZ 2024 document
 * (tests/fixtures/ingest/vgz-msz-2025-full.txt) against the curated 2024 policy. Each known edit of the
 * fixture's README must be found in its class, and nothing else may be reported as changed.
 */

let pair: YearlyPair;
beforeAll(() => {
  pair = alignWith2024();
});

const typeOf = (edit: KnownEdit): TypeAlignment =>
  edit.type === 'criterion' ? pair.alignment.criteria : pair.alignment.milestones;

/** The statement on an edit's line that the alignment tied to the edit's 2024 statement (or none, for an addition). */
function statementFor(edit: KnownEdit): AlignedStatement | undefined {
  return statementsOf(pair.alignment, edit.type).find(
    (s) =>
      s.statement.lineStart === edit.line &&
      (edit.keys.length === 0 ? s.class === 'added' : edit.keys.includes(s.previous?.key ?? '')),
  );
}

/** Where each 2024 statement went: the classes of the statements continuing it, or removed / not proposed. */
function fateOf(type: KnownEdit['type'], key: string): string[] {
  const t = type === 'criterion' ? pair.alignment.criteria : pair.alignment.milestones;
  return [
    ...t.statements
      .filter((s) => [s.previous, ...(s.previousToo ?? [])].some((p) => p?.key === key))
      .map((s) => s.class),
    ...t.removed.filter((r) => r.key === key).map(() => 'removed'),
    ...t.notProposed.filter((n) => n.previous.key === key).map(() => 'not proposed'),
  ];
}

describe("the fixture's known edits", () => {
  it('are the ones its README lists, with the same 2024 keys', () => {
    // Every row of the README's table that starts with an edit id: its id and the keys it names.
    const rows = readFileSync(FIXTURE_README, 'utf8')
      .split('\n')
      .map((line) => /^\| ([CMT]-[A-Z]\d) \|(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    const listed = rows
      .filter((m) => !m[1]?.startsWith('T-'))
      .map((m) => ({ id: m[1], keys: [...(m[2] ?? '').matchAll(/`(vgz-msz-2024-[a-z0-9-]+)`/g)].map((k) => k[1]) }));
    expect(listed).toEqual(KNOWN_EDITS.map((e) => ({ id: e.id, keys: e.keys })));
  });
});

describe('the 2025 edition against the curated 2024 policy', () => {
  const statementEdits = KNOWN_EDITS.filter((e) => e.expected !== 'removed');
  const removals = KNOWN_EDITS.filter((e) => e.expected === 'removed');

  it.each(statementEdits.map((e) => [e.id, e.what, e] as const))('finds %s, %s', (_id, _what, edit) => {
    const found = statementFor(edit);
    expect({ line: edit.line, class: found?.class }).toEqual({ line: edit.line, class: edit.expected });
    for (const key of edit.keys) expect(fateOf(edit.type, key)).toEqual([edit.expected]);
  });

  it.each(removals.map((e) => [e.id, e.what, e] as const))('finds %s, %s', (_id, _what, edit) => {
    for (const key of edit.keys) {
      expect({ key, fate: fateOf(edit.type, key) }).toEqual({ key, fate: ['removed'] });
      expect(typeOf(edit).removed.map((r) => r.key)).toContain(key);
    }
  });

  it('reports no unchanged statement as changed: every change it reports stands on the line of a known edit', () => {
    const editLines = new Set(KNOWN_EDITS.flatMap((e) => (e.line === undefined ? [] : [e.line])));
    const inRewrittenText = (line: number) => line >= REWRITTEN_LINES.from && line <= REWRITTEN_LINES.to;
    for (const type of ['criterion', 'milestone'] as const) {
      const changed = statementsOf(pair.alignment, type).filter((s) => s.class !== 'unchanged');
      const stray = changed.filter(
        (s) => !editLines.has(s.statement.lineStart) && !inRewrittenText(s.statement.lineStart),
      );
      expect(stray.map((s) => `${type} ${s.class} line ${s.statement.lineStart}: ${s.statement.text}`)).toEqual([]);
    }
  });

  it('calls every other curated 2024 statement unchanged (or still in the text where nothing was proposed)', () => {
    for (const type of ['criterion', 'milestone'] as const) {
      const previous = type === 'criterion' ? pair.previous.criteria : pair.previous.milestones;
      const edited = new Set(
        KNOWN_EDITS.filter((e) => e.type === type && e.expected !== 'unchanged').flatMap((e) => e.keys),
      );
      const rest = previous.filter((p) => !edited.has(p.key));
      const fates = rest.map((p) => ({ key: p.key, fate: [...new Set(fateOf(type, p.key))] }));
      const expected = rest.map((p) => ({
        key: p.key,
        fate: [
          pair.alignment[type === 'criterion' ? 'criteria' : 'milestones'].notProposed.some(
            (n) => n.previous.key === p.key,
          )
            ? 'not proposed'
            : 'unchanged',
        ],
      }));
      expect(fates).toEqual(expected);
      // The unchanged ones are as many as the 2024 statements less the edited ones and the ones not proposed.
      const unchanged = new Set(
        statementsOf(pair.alignment, type)
          .filter((s) => s.class === 'unchanged' && s.previous)
          .map((s) => s.previous?.key),
      );
      const notProposed = pair.alignment[type === 'criterion' ? 'criteria' : 'milestones'].notProposed.length;
      expect(unchanged.size).toBe(rest.length - notProposed);
    }
  });

  it('shows a rewording as the words struck and added: the ZBC achterwacht goes from 30 to 20 minutes', () => {
    const achterwacht = statementFor(KNOWN_EDITS.find((e) => e.id === 'C-R2') as KnownEdit);
    const diff = achterwacht?.diff ?? [];
    expect(diff.filter((s) => s.kind === 'REMOVED').map((s) => s.text.trim())).toEqual(['30']);
    expect(diff.filter((s) => s.kind === 'ADDED').map((s) => s.text.trim())).toEqual(['20']);
    expect(achterwacht?.before?.lineStart).toBe(446);
  });

  it('tells a move by its sections: the IGJ requirement went from the ZBC list to the MSZ list', () => {
    const igj = statementFor(KNOWN_EDITS.find((e) => e.id === 'C-M1') as KnownEdit);
    expect(igj?.before?.section).toBe("Aanvullende minimeisen voor ZBC's:");
    expect(igj?.statement.heading).toBe('Minimeisen voor medisch specialistische zorg:');
    expect(igj?.diff).toBeUndefined();
  });

  it('gives a date change as the old date and the new, with the qualifier', () => {
    const change = (id: string) => {
      const d = statementFor(KNOWN_EDITS.find((e) => e.id === id) as KnownEdit)?.dateChange;
      const show = (x: StatedDate | undefined) => `${x?.text} (${x?.qualifier} ${x?.date})`;
      return d && `${show(d.before)} -> ${show(d.after)}`;
    };
    expect(change('M-D1')).toBe('uiterlijk 15 juni 2023 (by 2023-06-15) -> uiterlijk 1 juli 2023 (by 2023-07-01)');
    expect(change('M-D2')).toBe('Uiterlijk 15 juni 2023 (by 2023-06-15) -> Uiterlijk 1 juli 2023 (by 2023-07-01)');
    expect(change('M-D3')).toBe(
      'Vanaf 12 november 2023 (from 2023-11-12) -> Uiterlijk 12 november 2023 (by 2023-11-12)',
    );
  });

  it('does not call two sentences merged into one removed and added: it continues both, unchanged', () => {
    const merged = statementFor(KNOWN_EDITS.find((e) => e.id === 'C-S1') as KnownEdit);
    expect(merged?.class).toBe('unchanged');
    // The 2024 statement was two sentences of line 401; the 2025 one is one sentence holding both.
    expect(normalizeStatement(merged?.before?.text ?? '')).toBe(
      normalizeStatement(
        pair.previous.criteria.find((p) => p.key === 'vgz-msz-2024-tussentijds-aanpassen')?.text ?? '',
      ),
    );
  });

  it('ties a curated statement of several sentences to each of them: none is added, the statement is not removed', () => {
    const parts = pair.alignment.criteria.statements.filter(
      (s) => s.previous?.key === 'vgz-msz-2024-geen-aanbesteding',
    );
    expect(parts.map((s) => s.class)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('removes only what is gone: no removed statement’s words stand in the 2025 text', () => {
    const text = normalizeStatement(pair.lines.join(' ')).toLowerCase();
    for (const r of [...pair.alignment.criteria.removed, ...pair.alignment.milestones.removed]) {
      // A change table quotes last year's words: outside it, the words must be gone.
      const quotedInTable = pair.proposals.some(
        (p) =>
          p.type === 'change' &&
          normalizeStatement(p.quote).toLowerCase().includes(normalizeStatement(r.text).toLowerCase()),
      );
      if (!quotedInTable)
        expect({ key: r.key, stands: text.includes(normalizeStatement(r.text).toLowerCase()) }).toEqual({
          key: r.key,
          stands: false,
        });
    }
  });

  it('says which curated 2024 statements still stand in the text where no proposal holds them', () => {
    // Milestones timed only by an event ("snel na publicatie", "zodra … gereed is") are proposed as no
    // milestone: their sentences stand, unproposed as milestones.
    expect(pair.alignment.milestones.notProposed.map((n) => n.previous.key).sort()).toEqual([
      'vgz-msz-2024-text-contracteeradvies-volumenormen',
      'vgz-msz-2024-text-gesprekken-na-publicatie',
    ]);
    for (const n of [...pair.alignment.criteria.notProposed, ...pair.alignment.milestones.notProposed]) {
      const words = normalizeStatement(pair.lines.slice(n.lineStart - 1, n.lineEnd).join(' '));
      expect(words).toContain(normalizeStatement(n.previous.text));
    }
  });
});

describe('the 2025 change table against what the alignment found', () => {
  const foundFor = (line: number) =>
    pair.alignment.documentedAndFound
      .find((d) => d.change.lineStart === line)
      ?.found.map((f) => ('class' in f ? `${f.type} ${f.class} ${f.statement.lineStart}` : `removed ${f.key}`));

  it('finds what it documents: the VMS and achterwacht rewordings, the PREM addition, the removal, the new deadline', () => {
    expect(pair.alignment.documentedAndFound.map((d) => d.change.lineStart)).toEqual([353, 354, 355, 356, 357]);
    expect(foundFor(353)).toEqual(['criterion reworded 368']);
    expect(foundFor(354)).toEqual(['criterion added 381', 'milestone added 381']);
    expect(foundFor(355)).toEqual(['criterion reworded 380']);
    expect(foundFor(356)).toEqual(['removed vgz-msz-2024-zbc-transparantiekalender']);
    expect(foundFor(357)).toEqual(expect.arrayContaining(['milestone date-changed 231', 'milestone date-changed 292']));
  });

  it('does not find the documented CCL change that did not happen: the text still says what 2024 said', () => {
    expect(pair.alignment.documentedNotFound.map((d) => d.change.lineStart)).toEqual([358]);
    expect(pair.alignment.documentedNotFound[0]?.unchangedMatch?.previous?.key).toBe('vgz-msz-2024-revalidatie-ccl');
  });

  it('lists every undocumented edit as found but not documented, and nothing unchanged', () => {
    const undocumented = pair.alignment.foundNotDocumented.map((x) =>
      'class' in x ? (x.previous?.key ?? `${x.type} added ${x.statement.lineStart}`) : x.key,
    );
    const documented = new Set(['C-R1', 'C-R2', 'C-A1', 'C-D1', 'M-D1', 'M-D2', 'M-A2', 'C-S1']);
    for (const edit of KNOWN_EDITS.filter((e) => !documented.has(e.id))) {
      const names = edit.keys.length > 0 ? edit.keys : [`${edit.type} added ${edit.line}`];
      expect(undocumented).toEqual(expect.arrayContaining(names));
    }
    // Besides the known edits only the new text of "Belangrijkste wijzigingen".
    const known = new Set(KNOWN_EDITS.flatMap((e) => (e.keys.length > 0 ? e.keys : [`${e.type} added ${e.line}`])));
    const rest = undocumented.filter((u) => !known.has(u));
    expect(rest).toEqual(['criterion added 198', 'criterion added 202']);
  });
});

describe('a document compared with itself', () => {
  it('reports no change: the 2024 source against its own curated policy', () => {
    const self = alignWith2024(readFileSync(`${SOURCES_DIR}/001_51680a5ea2501e2f.txt`, 'utf8').split('\n'));
    for (const t of [self.alignment.criteria, self.alignment.milestones]) {
      expect(t.statements.filter((s) => s.class !== 'unchanged').map((s) => s.statement.text)).toEqual([]);
      expect(t.removed).toEqual([]);
    }
    const continued = new Set(self.alignment.criteria.statements.map((s) => s.previous?.key));
    expect(self.previous.criteria.filter((p) => !continued.has(p.key)).map((p) => p.key)).toEqual([]);
  });
});

describe('aligning statements cut differently', () => {
  const at = (text: string, lineStart: number, heading = 'Minimumeisen'): NewStatement => ({
    text,
    lineStart,
    lineEnd: lineStart,
    headingPath: [heading],
  });
  const curated = (key: string, text: string, lineStart: number): PreviousStatement => ({
    key,
    text,
    lineStart,
    lineEnd: lineStart,
    heading: 'Minimumeisen',
  });

  it('a sentence split in two is neither removed nor added: unchanged with the same words, else reworded', () => {
    const split = [
      at('De zorgaanbieder meldt een calamiteit binnen drie dagen.', 10),
      at('Hij informeert VGZ daarover schriftelijk.', 10),
    ];
    for (const [before, expected] of [
      [
        'De zorgaanbieder meldt een calamiteit binnen drie dagen; hij informeert VGZ daarover schriftelijk.',
        'unchanged',
      ],
      ['De zorgaanbieder meldt een calamiteit binnen drie dagen en informeert VGZ daarover schriftelijk.', 'reworded'],
    ] as const) {
      const result = align(split, [curated('k-calamiteit', before, 4)], { previousText: [at(before, 4)] });
      expect(result.statements.map((s) => [s.class, s.previous?.key])).toEqual([
        [expected, 'k-calamiteit'],
        [expected, 'k-calamiteit'],
      ]);
      expect(result.removed).toEqual([]);
    }
  });

  it('two sentences merged with a word changed are one rewording of both curated statements', () => {
    const one = 'De zorgaanbieder heeft een klachtenregeling.';
    const two = 'De klachtenregeling is openbaar op de website van de zorgaanbieder.';
    const result = align(
      [
        at(
          'De zorgaanbieder heeft een klachtenregeling, die openbaar is op de eigen website van de zorgaanbieder.',
          12,
        ),
      ],
      [curated('k-regeling', one, 5), curated('k-openbaar', two, 5)],
      { previousText: [at(one, 5), at(two, 5)] },
    );
    expect(result.statements.map((s) => s.class)).toEqual(['reworded']);
    expect([
      result.statements[0]?.previous?.key,
      ...(result.statements[0]?.previousToo ?? []).map((p) => p.key),
    ]).toEqual(['k-regeling', 'k-openbaar']);
    expect(result.removed).toEqual([]);
  });

  it('a sentence repeated under two headings keeps each its own 2024 statement', () => {
    const same = 'Deze eis is opgenomen in de bijlage Minimumeisen.';
    const result = align(
      [at(same, 20, 'ZBC'), at(same, 30, 'Revalidatie')],
      [
        { ...curated('k-zbc', same, 2), heading: 'ZBC' },
        { ...curated('k-revalidatie', same, 8), heading: 'Revalidatie' },
      ],
    );
    expect(result.statements.map((s) => [s.class, s.previous?.key])).toEqual([
      ['unchanged', 'k-zbc'],
      ['unchanged', 'k-revalidatie'],
    ]);
  });

  it('a milestone whose action stays and whose date moves is a date change, not a removal and an addition', () => {
    const result = align(
      [
        {
          ...at('Indienen offerte', 40, 'Planning'),
          date: { text: 'Uiterlijk 1 oktober 2024', date: '2024-10-01', qualifier: 'by' },
        },
      ],
      [
        {
          ...curated('k-offerte', 'Indienen offerte', 41),
          heading: 'Planning',
          date: { text: 'Uiterlijk 1 september 2023', date: '2023-09-01', qualifier: 'by' },
        },
      ],
      { type: 'milestone' },
    );
    expect(
      result.statements.map((s) => [s.class, s.previous?.key, s.dateChange?.before.date, s.dateChange?.after.date]),
    ).toEqual([['date-changed', 'k-offerte', '2023-09-01', '2024-10-01']]);
  });
});
