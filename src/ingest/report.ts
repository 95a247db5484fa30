import type { Segment } from '../diff/word-diff';
import type {
  AlignedStatement,
  Alignment,
  AlignmentClass,
  ChangeTarget,
  DocumentedChange,
  PreviousStatement,
  StatedDate,
  StillInText,
  TypeAlignment,
} from './align';
import { isAligned, normalizeStatement } from './align';
import type { Proposal } from './types';
import type { ProposedProviderType } from './propose/provider-types';

/**
 * The change report: what a policy team reads first when next year's document comes in. Counts, then for
 * criteria and for milestones each class of change with the lines it cites (a rewording as the words struck and
 * added, a date change as the old date and the new), then what the document's own change table says against
 * what the text shows.
 */

export interface ReportInput {
  policy: string;
  /** The policy compared with (`--previous`); absent: no comparison, only what was proposed. */
  previous?: string;
  /** The original file and the source text written for it. */
  fileName: string;
  sourceName: string;
  lineCount: number;
  draftPath: string;
  proposals: Proposal[];
  /** Provider types proposed beyond the vocabulary. */
  providerTypes?: ProposedProviderType[];
  alignment?: Alignment;
}

/** Markdown marks its own emphasis with these; a statement's words must not turn into markup. */
const escape = (text: string) => text.replace(/([\\`*_~[\]<>])/g, '\\$1');

const lines = (start: number | undefined, end: number | undefined) =>
  start === undefined ? 'no line' : end === undefined || end === start ? `line ${start}` : `lines ${start}-${end}`;

const quoted = (text: string) => `  > ${escape(normalizeStatement(text))}`;

/**
 * Struck words as ~~this~~ and new ones as **this**, the old words of a replacement before the new (the word diff
 * gives them the other way round), white space kept outside the marks so that they render.
 */
export function markdownDiff(segments: Segment[]): string {
  const mark = (s: Segment) => {
    const text = escape(s.text.replace(/\s+/g, ' ').trim());
    if (text === '') return '';
    return s.kind === 'SAME' ? text : s.kind === 'ADDED' ? `**${text}**` : `~~${text}~~`;
  };
  const out: string[] = [];
  let changed: Segment[] = [];
  const flush = () => {
    out.push(
      ...changed.filter((s) => s.kind === 'REMOVED').map(mark),
      ...changed.filter((s) => s.kind === 'ADDED').map(mark),
    );
    changed = [];
  };
  for (const s of segments) {
    if (s.kind === 'SAME') {
      flush();
      out.push(mark(s));
    } else changed.push(s);
  }
  flush();
  return out.filter((t) => t !== '').join(' ');
}

/** How many statements of a type fall in each class of the report. */
export interface AlignmentCounts {
  unchanged: number;
  reworded: number;
  dateChanged: number;
  moved: number;
  added: number;
  removed: number;
  notProposed: number;
  /** Statements whose words stood in the previous text where no statement was curated: as they were, or changed. */
  uncuratedUnchanged: number;
  uncuratedChanged: number;
}

/** The statements of a class that continue a curated statement (an added one continues none). */
const ofClass = (t: TypeAlignment, c: AlignmentClass) =>
  t.statements.filter((s) => s.class === c && (c === 'added' || s.previous !== undefined));

/** Text no curated statement held last year that is still there: as it was, or changed. */
const uncurated = (t: TypeAlignment, changed: boolean) =>
  t.statements.filter((s) => s.class !== 'added' && s.previous === undefined && (s.class !== 'unchanged') === changed);

export function alignmentCounts(t: TypeAlignment): AlignmentCounts {
  return {
    unchanged: ofClass(t, 'unchanged').length,
    reworded: ofClass(t, 'reworded').length,
    dateChanged: ofClass(t, 'date-changed').length,
    moved: ofClass(t, 'moved').length,
    added: ofClass(t, 'added').length,
    removed: t.removed.length,
    notProposed: t.notProposed.length,
    uncuratedUnchanged: uncurated(t, false).length,
    uncuratedChanged: uncurated(t, true).length,
  };
}

/** One line per type for the command line: "33 unchanged, 4 reworded, ...". */
export function countsLine(c: AlignmentCounts, milestones: boolean): string {
  return [
    `${c.unchanged} unchanged`,
    `${c.reworded} reworded`,
    ...(milestones ? [`${c.dateChanged} date changed`] : []),
    `${c.moved} moved`,
    `${c.added} added`,
    `${c.removed} removed`,
    `${c.notProposed} still in the text but not proposed`,
  ].join(', ');
}

const section = (heading: string | undefined) => (heading ? `"${escape(heading)}"` : 'no heading');

const sectionOfNew = (a: AlignedStatement) => a.statement.heading ?? a.statement.headingPath.at(-1);

const dateOf = (d: StatedDate | undefined) => {
  if (!d || (!d.text && !d.date)) return 'no date';
  const meaning = [d.qualifier, d.date && (d.dateEnd ? `${d.date} to ${d.dateEnd}` : d.date)].filter(Boolean);
  return `"${escape(d.text ?? '')}"${meaning.length ? ` (${meaning.join(' ')})` : ''}`;
};

const continues = (a: AlignedStatement) => {
  const keys = [a.previous, ...(a.previousToo ?? [])].filter((p): p is PreviousStatement => p !== undefined);
  return keys.map((p) => `\`${p.key}\``).join(' and ');
};

function describe(a: AlignedStatement, previous: string): string[] {
  const where = `${lines(a.statement.lineStart, a.statement.lineEnd)}${a.statement.key ? ` (\`${a.statement.key}\`)` : ''}`;
  const was = a.previous
    ? ` continues ${continues(a)}`
    : a.before
      ? `, was ${previous} ${lines(a.before.lineStart, a.before.lineEnd)}`
      : '';
  const split = a.splitWith?.length
    ? ` (one sentence of ${previous} now cut with ${a.splitWith.map((s) => lines(s.lineStart, s.lineEnd)).join(', ')})`
    : '';
  const words = a.diff ? `  > ${markdownDiff(a.diff)}` : quoted(a.statement.text);
  switch (a.class) {
    case 'added':
      return [
        `- ${where}, under ${section(sectionOfNew(a))}${a.statement.date ? `, ${dateOf(a.statement.date)}` : ''}`,
        quoted(a.statement.text),
      ];
    case 'unchanged':
      return [`- ${where}${was}${split}`];
    case 'reworded':
      return [`- ${where}${was}${split} (similarity ${a.similarity.toFixed(2)})`, words];
    case 'date-changed':
      return [`- ${where}${was}: ${dateOf(a.dateChange?.before)} → ${dateOf(a.dateChange?.after)}`, words];
    case 'moved': {
      const date = a.dateChange ? `; date ${dateOf(a.dateChange.before)} → ${dateOf(a.dateChange.after)}` : '';
      const from = a.before?.section ?? a.previous?.heading;
      return [`- ${where}${was}: from ${section(from)} to ${section(sectionOfNew(a))}${date}`, words];
    }
  }
}

const describeRemoved = (p: PreviousStatement, previous: string) => [
  `- \`${p.key}\` (${previous} ${lines(p.lineStart, p.lineEnd)}${p.heading ? `, under ${section(p.heading)}` : ''}${p.date ? `, ${dateOf(p.date)}` : ''})`,
  quoted(p.text),
];

const describeNotProposed = (n: StillInText, previous: string) => [
  `- \`${n.previous.key}\` (${previous} ${lines(n.previous.lineStart, n.previous.lineEnd)}): its words stand on ` +
    `${lines(n.lineStart, n.lineEnd)}; no entry of the draft holds them`,
  quoted(n.previous.text),
];

const className = (c: AlignmentClass) => c.replace('-', ' ');

function target(x: ChangeTarget): string {
  if (!isAligned(x)) return `removed: \`${x.key}\``;
  const was = x.previous ? `, continues \`${x.previous.key}\`` : '';
  return `${className(x.class)} ${x.type}: ${lines(x.statement.lineStart, x.statement.lineEnd)}${was}`;
}

function changeRow(d: DocumentedChange): string {
  const row = `- "${escape(d.change.subject)}" (${d.change.effect}, ${lines(d.change.lineStart, d.change.lineEnd)})`;
  if (d.unchangedMatch) return `${row}: the closest statement did not change (${target(d.unchangedMatch)})`;
  if (d.found.length === 0) return `${row}: no statement of the text speaks of it`;
  return `${row}: ${d.found.map(target).join('; ')}`;
}

/** A section per class, in the order a policy team reads them. */
function typeSections(t: TypeAlignment, title: string, previous: string, milestones: boolean): string[] {
  const out: string[] = [`## ${title}`, ''];
  const list = (name: string, items: string[][]) => {
    out.push(`### ${name} (${items.length})`, '');
    if (items.length === 0) out.push('None.');
    for (const item of items) out.push(...item);
    out.push('');
  };
  const of = (c: AlignmentClass) => ofClass(t, c).map((s) => describe(s, previous));
  if (milestones) list('Date changed', of('date-changed'));
  list('Reworded', of('reworded'));
  list('Moved', of('moved'));
  list('Added', of('added'));
  list(
    `Removed (in ${previous}, not found)`,
    t.removed.map((p) => describeRemoved(p, previous)),
  );
  list(
    'Still in the text, not proposed',
    t.notProposed.map((n) => describeNotProposed(n, previous)),
  );
  list('Unchanged', of('unchanged'));
  const changed = uncurated(t, true);
  list(
    `Changed text no curated statement held`,
    changed.map((s) => {
      const [head = '', ...rest] = describe(s, previous);
      return [`- ${className(s.class)}: ${head.replace(/^- /, '')}`, ...rest];
    }),
  );
  out.push(
    `${uncurated(t, false).length} more stand in ${previous}'s text as they were, where no statement was curated.`,
    '',
  );
  return out;
}

export function changeReport(input: ReportInput): string {
  const out: string[] = [];
  const title = input.previous ? `${input.policy} against ${input.previous}` : input.policy;
  out.push(`# Change report: ${title}`, '');
  out.push(
    `Source: \`${escape(input.fileName)}\`, written as \`sources/${input.sourceName}\` (${input.lineCount} lines). ` +
      `Draft: \`${input.draftPath}\` (every record \`reviewed: false\`).`,
    '',
  );
  const byType = (type: Proposal['type']) => input.proposals.filter((p) => p.type === type).length;
  const types = input.providerTypes ?? [];
  const proposed =
    `${input.proposals.length} proposals: ${byType('criterion')} criteria, ${byType('milestone')} milestones, ${byType('change')} change-table rows.` +
    (types.length === 0
      ? ''
      : ` Provider types the vocabulary lacks, proposed under \`providerTypes\` (each needs its English name): ${types
          .map(
            (t) =>
              `${escape(t.nameNl)} (\`${t.key}\`, under \`${t.broader?.join(', ') ?? ''}\`, named ${t.count} times from line ${t.lineStart})`,
          )
          .join('; ')}.`);
  const a = input.alignment;
  const previous = input.previous;
  if (!a || !previous) {
    out.push('## Summary', '', proposed, '', 'No previous policy was given (`--previous`): nothing was compared.', '');
    return out.join('\n');
  }
  const c = alignmentCounts(a.criteria);
  const m = alignmentCounts(a.milestones);
  const row = (name: string, x: number | string, y: number | string) => `| ${name} | ${x} | ${y} |`;
  out.push('## Summary', '', proposed, '', '| statements | criteria | milestones |', '|---|---:|---:|');
  out.push(
    row('unchanged', c.unchanged, m.unchanged),
    row('reworded', c.reworded, m.reworded),
    row('date changed', '–', m.dateChanged),
    row('moved', c.moved, m.moved),
    row('added', c.added, m.added),
    row(`removed (in ${previous}, not found)`, c.removed, m.removed),
    row('still in the text, not proposed', c.notProposed, m.notProposed),
    row('changed text no curated statement held', c.uncuratedChanged, m.uncuratedChanged),
    row('unchanged text no curated statement held', c.uncuratedUnchanged, m.uncuratedUnchanged),
    '',
  );
  out.push(
    `Each statement of the text is compared with ${previous}'s text cut the same way, and with the curated ` +
      `statements of ${previous} that quote it; the classes above count statements continuing a curated one.`,
    '',
  );
  if (byType('change') > 0)
    out.push(
      `The document's change table: ${a.documentedAndFound.length} documented and found, ` +
        `${a.documentedNotFound.length} documented but not found, ${a.foundNotDocumented.length} found but not documented.`,
      '',
    );
  out.push(...typeSections(a.criteria, 'Criteria', previous, false));
  out.push(...typeSections(a.milestones, 'Milestones', previous, true));
  out.push('## The change table against the text', '');
  if (byType('change') === 0) out.push('The document has no change table.', '');
  else {
    out.push(`### Documented and found (${a.documentedAndFound.length})`, '');
    out.push(...(a.documentedAndFound.length ? a.documentedAndFound.map(changeRow) : ['None.']), '');
    out.push(`### Documented but not found (${a.documentedNotFound.length})`, '');
    out.push(...(a.documentedNotFound.length ? a.documentedNotFound.map(changeRow) : ['None.']), '');
    out.push(`### Found but not documented (${a.foundNotDocumented.length})`, '');
    out.push(...(a.foundNotDocumented.length ? a.foundNotDocumented.map((x) => `- ${target(x)}`) : ['None.']), '');
  }
  return out.join('\n');
}
