import { wordDiff, type Segment } from '../diff/word-diff';
import { DUTCH_STOP_WORDS, stem, words } from '../search/dutch-text';
import type { SeedGraph } from '../seed/validate-seed';
import { normalizeForQuote } from '../seed/source-text';
import type { ChangeProposal, Proposal } from './types';

/**
 * Which statements of a new policy document continue which curated statements of last year's policy: the
 * change report a policy team reads first, and the `continues`/`alignment` fields of the draft. Text
 * similarity decides whether two statements are one; the heading they stand under only breaks ties and
 * tells a move from a stay.
 */

/** A statement of the new document: a proposal's quote, or any cited passage. */
export interface NewStatement {
  /** The draft key it will get, when already known. */
  key?: string;
  text: string;
  lineStart: number;
  lineEnd: number;
  headingPath: string[];
  /** The lead-in it stands under when that is not a heading (a proposal's `heading`). */
  heading?: string;
}

/** A curated statement of the previous policy. */
export interface PreviousStatement {
  key: string;
  text: string;
  heading?: string;
  lineStart?: number;
  lineEnd?: number;
}

export type AlignmentClass = 'unchanged' | 'reworded' | 'moved' | 'added';

export interface AlignedStatement {
  statement: NewStatement;
  class: AlignmentClass;
  /** The previous statement it continues (absent for an added one). */
  previous?: PreviousStatement;
  /** 0..1: how alike the words are (Dice over stems). */
  similarity: number;
  /** For a reworded statement, and a moved one whose words changed too: old and new words as segments. */
  diff?: Segment[];
}

/** What a change table documents, set against what the alignment found. */
export interface DocumentedChange {
  change: ChangeProposal;
  /** The changed statement it speaks of, when one was found (new, or for a removal: previous). */
  found?: AlignedStatement | PreviousStatement;
  /** The closest statement when that one did not change: the table says it changed, the text says not. */
  unchangedMatch?: AlignedStatement;
}

export interface Alignment {
  statements: AlignedStatement[];
  removed: PreviousStatement[];
  documentedAndFound: DocumentedChange[];
  documentedNotFound: DocumentedChange[];
  /** Changed statements (reworded, moved, added) and removed ones that no row of a change table speaks of. */
  foundNotDocumented: (AlignedStatement | PreviousStatement)[];
}

export interface AlignOptions {
  /** Least similarity at which two statements are one (default 0.5). */
  threshold?: number;
  /** The new document's change-table rows, to compare with what was found. */
  changes?: ChangeProposal[];
}

/** The text as the quote check compares it: markup, a list marker and runs of white space dropped. */
export function normalizeStatement(text: string): string {
  return normalizeForQuote(text).replace(/^[-•*]\s+/, '');
}

/** The stems of the words that carry meaning. */
function stems(text: string): Set<string> {
  return new Set(
    words(normalizeStatement(text))
      .filter((w) => !DUTCH_STOP_WORDS.has(w))
      .map(stem),
  );
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** How much of the smaller set the larger holds: a change row's subject is short, the statement long. */
function overlap(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}

/** A heading as compared: numbering ("2.", "Bijlage 1."), punctuation and case do not make another section. */
export function headingKey(heading: string | undefined): string {
  return words(normalizeForQuote(heading ?? ''))
    .filter((w) => !/^\d+$/.test(w))
    .join(' ');
}

/** The section a new statement stands in: its lead-in when it has one, else its innermost heading. */
const sectionOf = (s: NewStatement) => s.heading ?? s.headingPath.at(-1);

/** A proposal as a statement to align (its quote is its words). */
export function statementOf(proposal: Proposal, key?: string): NewStatement {
  return {
    key,
    text: proposal.quote,
    lineStart: proposal.lineStart,
    lineEnd: proposal.lineEnd,
    headingPath: proposal.headingPath,
    heading: proposal.heading,
  };
}

/** The current (not withdrawn) criteria of a policy in a validated seed graph, in the order of their citations. */
export function previousStatements(graph: SeedGraph, policyKey: string): PreviousStatement[] {
  const linked = (type: string) =>
    graph.relationships.filter((b) => b.type === type && b.fromLabel === 'Criterion').flatMap((b) => b.rows);
  const inPolicy = new Set(
    linked('IN_POLICY')
      .filter((r) => r.toKey === policyKey)
      .map((r) => String(r.fromKey)),
  );
  const withdrawn = new Set(linked('WITHDRAWN_BY').map((r) => String(r.fromKey)));
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const line = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return graph.nodes.Criterion.filter((r) => inPolicy.has(String(r.key)) && !withdrawn.has(String(r.key)))
    .map((r) => ({
      key: String(r.key),
      text: text(r.text) ?? '',
      heading: text(r.heading),
      lineStart: line(r.lineStart),
      lineEnd: line(r.lineEnd),
    }))
    .sort((a, b) => (a.lineStart ?? 0) - (b.lineStart ?? 0));
}

/**
 * Greedy best-first: every pair at or above the threshold, most alike first (a pair in the same section
 * before an equally alike pair in another), each statement taken once. Exact matches go first so that a
 * repeated sentence never steals the pair of an unchanged one.
 */
export function align(
  statements: NewStatement[],
  previous: PreviousStatement[],
  options: AlignOptions = {},
): Alignment {
  const threshold = options.threshold ?? 0.5;
  const newStems = statements.map((s) => stems(s.text));
  const oldStems = previous.map((p) => stems(p.text));
  const newSections = statements.map((s) => headingKey(sectionOf(s)));
  const oldSections = previous.map((p) => headingKey(p.heading));
  const sameSection = (i: number, j: number) => newSections[i] === oldSections[j];
  const identical = (i: number, j: number) =>
    normalizeStatement(statements[i]?.text ?? '') === normalizeStatement(previous[j]?.text ?? '');

  const pairs: { i: number; j: number; similarity: number; score: number }[] = [];
  newStems.forEach((a, i) =>
    oldStems.forEach((b, j) => {
      const similarity = identical(i, j) ? 1 : dice(a, b);
      if (similarity < threshold) return;
      const score = similarity + (identical(i, j) ? 1 : 0) + (sameSection(i, j) ? 0.05 : 0);
      pairs.push({ i, j, similarity, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const matchOf = new Map<number, { j: number; similarity: number }>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (matchOf.has(p.i) || taken.has(p.j)) continue;
    matchOf.set(p.i, { j: p.j, similarity: p.similarity });
    taken.add(p.j);
  }

  const aligned = statements.map((statement, i): AlignedStatement => {
    const match = matchOf.get(i);
    const prev = match && previous[match.j];
    if (!match || !prev) return { statement, class: 'added', similarity: 0 };
    const same = identical(i, match.j);
    const diff = same ? undefined : wordDiff(normalizeStatement(prev.text), normalizeStatement(statement.text));
    // A statement whose previous version has no recorded heading cannot be said to have moved.
    const moved = prev.heading !== undefined && sectionOf(statement) !== undefined && !sameSection(i, match.j);
    return {
      statement,
      class: moved ? 'moved' : same ? 'unchanged' : 'reworded',
      previous: prev,
      similarity: match.similarity,
      diff,
    };
  });
  const removed = previous.filter((_, j) => !taken.has(j));
  return { statements: aligned, removed, ...compareWithChangeTable(aligned, removed, options.changes ?? []) };
}

/**
 * Each change-table row is matched by word overlap to the statement it speaks of: its new words (`after`)
 * against the new statements, its old words (`before`) against the removed ones, its subject against both.
 * A row whose best statement changed is documented and found; a row whose best statement stayed the same, or
 * that names no statement, is documented but not found.
 */
function compareWithChangeTable(
  aligned: AlignedStatement[],
  removed: PreviousStatement[],
  changes: ChangeProposal[],
): Pick<Alignment, 'documentedAndFound' | 'documentedNotFound' | 'foundNotDocumented'> {
  const documentedAndFound: DocumentedChange[] = [];
  const documentedNotFound: DocumentedChange[] = [];
  const claimed = new Set<AlignedStatement | PreviousStatement>();
  const least = 0.6;
  for (const change of changes) {
    const after = stems(change.after ?? '');
    const before = stems(change.before ?? '');
    const subject = stems(change.subject);
    const score = (text: string, side: Set<string>) => {
      const s = stems(text);
      return Math.max(side.size >= 3 ? overlap(side, s) : 0, 0.8 * overlap(subject, s));
    };
    let best: { target: AlignedStatement | PreviousStatement; score: number } | undefined;
    const consider = (target: AlignedStatement | PreviousStatement, value: number) => {
      if (value >= least && (!best || value > best.score)) best = { target, score: value };
    };
    for (const a of aligned) consider(a, score(a.statement.text, after));
    for (const r of removed) consider(r, score(r.text, before));
    const target = best?.target;
    if (target === undefined) documentedNotFound.push({ change });
    else if ('class' in target && target.class === 'unchanged')
      documentedNotFound.push({ change, unchangedMatch: target });
    else {
      documentedAndFound.push({ change, found: target });
      claimed.add(target);
    }
  }
  const changed = [...aligned.filter((a) => a.class !== 'unchanged'), ...removed];
  return { documentedAndFound, documentedNotFound, foundNotDocumented: changed.filter((c) => !claimed.has(c)) };
}
