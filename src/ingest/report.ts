import type { Segment } from '../diff/word-diff';
import type { AlignedStatement, Alignment, DocumentedChange, PreviousStatement } from './align';
import { normalizeStatement } from './align';
import type { Proposal } from './types';

/**
 * The change report: what a policy team reads first when next year's document comes in. Counts, then
 * each class of statement with the lines it cites (and for a rewording the words struck and added), then
 * what the document's own change table says against what the text shows.
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

const section = (heading: string | undefined) => (heading ? `"${escape(heading)}"` : 'no heading');

const sectionOfNew = (a: AlignedStatement) => a.statement.heading ?? a.statement.headingPath.at(-1);

function describe(a: AlignedStatement): string[] {
  const where = `${lines(a.statement.lineStart, a.statement.lineEnd)}${a.statement.key ? ` (\`${a.statement.key}\`)` : ''}`;
  const prev = a.previous;
  switch (a.class) {
    case 'added':
      return [`- ${where}, under ${section(sectionOfNew(a))}`, quoted(a.statement.text)];
    case 'unchanged':
      return [`- ${where} continues \`${prev?.key ?? ''}\``];
    case 'reworded':
      return [
        `- ${where} continues \`${prev?.key ?? ''}\` (similarity ${a.similarity.toFixed(2)})`,
        `  > ${markdownDiff(a.diff ?? [])}`,
      ];
    case 'moved':
      return [
        `- ${where} continues \`${prev?.key ?? ''}\`: from ${section(prev?.heading)} to ${section(sectionOfNew(a))}`,
        a.diff ? `  > ${markdownDiff(a.diff)}` : quoted(a.statement.text),
      ];
  }
}

const describeRemoved = (p: PreviousStatement, previous: string) => [
  `- \`${p.key}\` (${previous} ${lines(p.lineStart, p.lineEnd)}, under ${section(p.heading)})`,
  quoted(p.text),
];

const isAligned = (x: AlignedStatement | PreviousStatement): x is AlignedStatement => 'class' in x;

function target(x: AlignedStatement | PreviousStatement | undefined): string {
  if (x === undefined) return 'no statement of the text speaks of it';
  if (!isAligned(x)) return `removed: \`${x.key}\``;
  const continues = x.previous ? `, continues \`${x.previous.key}\`` : '';
  return `${x.class}: ${lines(x.statement.lineStart, x.statement.lineEnd)}${continues}`;
}

function changeRow(d: DocumentedChange): string {
  const row = `- "${escape(d.change.subject)}" (${d.change.effect}, ${lines(d.change.lineStart, d.change.lineEnd)})`;
  if (d.unchangedMatch) return `${row}: the closest statement did not change (${target(d.unchangedMatch)})`;
  return `${row}: ${target(d.found)}`;
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
  const proposed = `${input.proposals.length} proposals: ${byType('criterion')} criteria, ${byType('milestone')} milestones, ${byType('change')} change-table rows.`;
  const a = input.alignment;
  if (!a || !input.previous) {
    out.push('## Summary', '', proposed, '', 'No previous policy was given (`--previous`): nothing was compared.', '');
    return out.join('\n');
  }
  const of = (c: AlignedStatement['class']) => a.statements.filter((s) => s.class === c);
  const classes = [
    ['Reworded', of('reworded')],
    ['Moved', of('moved')],
    ['Added', of('added')],
  ] as const;
  out.push('## Summary', '', proposed, '', '| statements | count |', '|---|---:|');
  out.push(`| unchanged | ${of('unchanged').length} |`);
  for (const [name, list] of classes) out.push(`| ${name.toLowerCase()} | ${list.length} |`);
  out.push(`| removed (in ${input.previous}, not found) | ${a.removed.length} |`, '');
  if (byType('change') > 0)
    out.push(
      `The document's change table: ${a.documentedAndFound.length} documented and found, ` +
        `${a.documentedNotFound.length} documented but not found, ${a.foundNotDocumented.length} found but not documented.`,
      '',
    );
  for (const [name, list] of classes) {
    out.push(`## ${name} (${list.length})`, '');
    if (list.length === 0) out.push('None.');
    for (const s of list) out.push(...describe(s));
    out.push('');
  }
  out.push(`## Removed (${a.removed.length})`, '');
  if (a.removed.length === 0) out.push('None.');
  for (const p of a.removed) out.push(...describeRemoved(p, input.previous));
  out.push('');
  out.push(`## Unchanged (${of('unchanged').length})`, '');
  if (of('unchanged').length === 0) out.push('None.');
  for (const s of of('unchanged')) out.push(...describe(s));
  out.push('');
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
