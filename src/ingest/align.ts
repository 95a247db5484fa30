import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordDiff, type Segment } from '../diff/word-diff';
import { DUTCH_STOP_WORDS, stem, words } from '../search/dutch-text';
import type { SeedGraph } from '../seed/validate-seed';
import { normalizeForQuote } from '../seed/source-text';
import type { ChangeProposal, Proposal } from './types';

/**
 * Which statements of a new policy document continue which curated statements of last year's policy: the
 * change report a policy team reads first, and the `continues`/`alignment` fields of the draft.
 *
 * The new document is compared with last year's *text*, not only with what a curator recorded of it: last
 * year's source is cut into statements by the same proposal rules as the new one, so that both sides are cut
 * alike, and each curated statement is tied to the pieces of that text it quotes (a curated statement of
 * three sentences is three pieces, two criteria quoted from one sentence share it). A new statement whose
 * words stood in last year's text is then never "added", whether or not a curator recorded it, and a curated
 * statement is "removed" only when nothing continues any of its pieces and its words no longer stand in the
 * new text. Words decide whether two statements are one; the section they stand in tells a move from a stay,
 * and for a milestone the date tells a date change from a rewording.
 */

export type StatementType = 'criterion' | 'milestone';

/** A date as a milestone states it. */
export interface StatedDate {
  /** The words ("uiterlijk 15 juni 2023"). */
  text?: string;
  date?: string;
  dateEnd?: string;
  qualifier?: string;
}

/** A statement of the new document (a proposal), or a piece of last year's text cut the same way. */
export interface NewStatement {
  /** The draft key it will get, when already known. */
  key?: string;
  /** A criterion's words; a milestone's action. */
  text: string;
  lineStart: number;
  lineEnd: number;
  headingPath: string[];
  /** The lead-in it stands under when that is not a heading (a proposal's `heading`). */
  heading?: string;
  /** A milestone's date. */
  date?: StatedDate;
}

/** A curated statement of the previous policy. */
export interface PreviousStatement {
  key: string;
  /** A criterion's words; a milestone's action. */
  text: string;
  heading?: string;
  lineStart?: number;
  lineEnd?: number;
  /** The source document its lines are in. */
  document?: string;
  /** A milestone's date. */
  date?: StatedDate;
}

export type AlignmentClass = 'unchanged' | 'reworded' | 'date-changed' | 'moved' | 'added';

/** Where a new statement's words stood in last year's text. */
export interface PreviousPassage {
  text: string;
  lineStart: number;
  lineEnd: number;
  /** The section it stood in (its lead-in or innermost heading). */
  section?: string;
  date?: StatedDate;
}

export interface AlignedStatement {
  type: StatementType;
  statement: NewStatement;
  class: AlignmentClass;
  /**
   * The curated statement it continues. Absent for an added statement, and for one whose words stood in last
   * year's text where no curated statement held them (`before` says where).
   */
  previous?: PreviousStatement;
  /** Further curated statements it continues: two merged into one, or two criteria quoted from one sentence. */
  previousToo?: PreviousStatement[];
  /** The piece(s) of last year's text it continues, joined (absent for an added statement). */
  before?: PreviousPassage;
  /** The other new statements that continue the same piece of last year's text (a sentence split in two). */
  splitWith?: NewStatement[];
  /** 0..1: how alike the words are (Dice over stems; 1 for the same words). */
  similarity: number;
  /** When the words changed: last year's words and this year's as segments. */
  diff?: Segment[];
  /** A milestone whose date or qualifier changed: last year's date and this year's. */
  dateChange?: { before: StatedDate; after: StatedDate };
}

/** A curated statement no proposal continues whose words still stand in the new text. */
export interface StillInText {
  previous: PreviousStatement;
  lineStart: number;
  lineEnd: number;
}

/** One type of statement (criteria, or milestones) aligned. */
export interface TypeAlignment {
  statements: AlignedStatement[];
  /** Curated statements that nothing continues and whose words no longer stand in the new text. */
  removed: PreviousStatement[];
  /** Curated statements that nothing continues but whose words still stand in the new text: no proposal holds them. */
  notProposed: StillInText[];
}

export type ChangeTarget = AlignedStatement | PreviousStatement;

/** What a change table documents, set against what the alignment found. */
export interface DocumentedChange {
  change: ChangeProposal;
  /** The changed statements it speaks of (new ones, or for a removal the previous one). */
  found: ChangeTarget[];
  /** The closest statement when that one did not change: the table says it changed, the text says not. */
  unchangedMatch?: AlignedStatement;
}

export interface Alignment {
  criteria: TypeAlignment;
  milestones: TypeAlignment;
  documentedAndFound: DocumentedChange[];
  documentedNotFound: DocumentedChange[];
  /**
   * Changed statements (of either type) that continue a curated one, added and removed ones, that no row of a
   * change table speaks of.
   */
  foundNotDocumented: ChangeTarget[];
}

export interface AlignOptions {
  /** Least similarity at which two statements are one (default 0.5). */
  threshold?: number;
  /** Last year's text cut into statements as the new one was; without it, only the curated statements. */
  previousText?: NewStatement[];
  /** The new document's lines: a curated statement whose words stand there is not removed. */
  newLines?: string[];
  /** The document the curated statements' lines must be in to be tied to `previousText`. */
  previousDocument?: string;
  /** Every statement cut from last year's text, of any type: where each line stood (default `previousText`). */
  previousPlaces?: NewStatement[];
}

/** The text as the quote check compares it: markup, a list marker and runs of white space dropped. */
export function normalizeStatement(text: string): string {
  return normalizeForQuote(text).replace(/^[-•*]\s+/, '');
}

/** The words that stand: struck-through words (`~~...~~`) were withdrawn, and a new edition leaves them out. */
const current = (text: string) => normalizeStatement(text.replace(/~~[^~]*~~/g, ' '));

const wordsIn = (normalized: string) => (normalized.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * The words in order, case folded but accents kept ("vóór" is not "voor"), punctuation dropped: two texts with
 * the same sequence say the same, whether written as one sentence or two.
 */
const sequence = (text: string) => wordsIn(current(text));

/** The words in order, or when every word is struck through (a withdrawn statement), the struck words. */
const wordsOrStruck = (text: string) => sequence(text) || wordsIn(normalizeForQuote(text));

/** The words of a milestone's action without its date's words, which the date compares on its own. */
function actionSequence(s: { text: string; date?: StatedDate }): string {
  const all = ` ${sequence(s.text)} `;
  const date = s.date?.text ? sequence(s.date.text) : '';
  return (date ? all.replace(` ${date} `, ' ') : all).trim();
}

/** The stems of the words that carry meaning. */
function stems(text: string): Set<string> {
  return new Set(
    words(current(text))
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

/** How much of `part` the other holds: a change row's subject is short, the statement long. */
function within(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const s of part) if (whole.has(s)) shared += 1;
  return shared / part.size;
}

/** How much of the smaller set the larger holds. */
function overlap(a: Set<string>, b: Set<string>): number {
  return a.size <= b.size ? within(a, b) : within(b, a);
}

/** A heading as compared: numbering ("2.", "Bijlage 1."), years, punctuation and case do not make another section. */
export function headingKey(heading: string | undefined): string {
  return words(normalizeForQuote(heading ?? ''))
    .filter((w) => !/^\d+$/.test(w))
    .join(' ');
}

/** The section a statement stands in: its lead-in when it has one, else its innermost heading. */
const sectionOf = (s: NewStatement) => s.heading ?? s.headingPath.at(-1);

/** Both names of a statement's place: a bullet stands under its lead-in and under the heading above that. */
const sectionKeys = (s: NewStatement) =>
  new Set([headingKey(s.heading), headingKey(s.headingPath.at(-1))].filter((k) => k !== ''));

/**
 * The same section when the one's own section is either name of the other's place; unknown when either has no
 * place (a curated statement with no heading), and a statement whose place is unknown cannot be said to have moved.
 */
function section(a: NewStatement, b: NewStatement): 'same' | 'other' | 'unknown' {
  const ka = sectionKeys(a);
  const kb = sectionKeys(b);
  if (ka.size === 0 || kb.size === 0) return 'unknown';
  return kb.has(headingKey(sectionOf(a))) || ka.has(headingKey(sectionOf(b))) ? 'same' : 'other';
}
const sameSection = (a: NewStatement, b: NewStatement) => section(a, b) !== 'other';

/** Two dates are one when written alike, or when they mean the same day, period and bound. */
function sameDate(a: StatedDate | undefined, b: StatedDate | undefined): boolean {
  const ta = a?.text ? sequence(a.text) : '';
  const tb = b?.text ? sequence(b.text) : '';
  if (ta !== '' && ta === tb) return true;
  const meaning = (d: StatedDate | undefined) => [d?.date ?? '', d?.dateEnd ?? '', d?.qualifier ?? ''].join('|');
  // Without words on either side only the meaning is left to compare; with words, a meaning must be there.
  return (ta === '' && tb === '') || a?.date !== undefined ? meaning(a) === meaning(b) : false;
}

/** A proposal as a statement to align: a criterion's (or change row's) quote, a milestone's action and date. */
export function statementOf(proposal: Proposal, key?: string): NewStatement {
  const base = {
    key,
    lineStart: proposal.lineStart,
    lineEnd: proposal.lineEnd,
    headingPath: proposal.headingPath,
    heading: proposal.heading,
  };
  if (proposal.type !== 'milestone') return { ...base, text: proposal.quote };
  const date = {
    text: proposal.dateText ?? proposal.relativeTerm,
    date: proposal.date,
    dateEnd: proposal.dateEnd,
    qualifier: proposal.dateQualifier,
  };
  return { ...base, text: proposal.action, date };
}

type Label = 'Criterion' | 'Milestone';

/** The current (not withdrawn) statements of one kind of a policy in a validated seed graph, in the order of their citations. */
function curated(graph: SeedGraph, label: Label, policyKey: string): PreviousStatement[] {
  const linked = (type: string) =>
    graph.relationships.filter((b) => b.type === type && b.fromLabel === label).flatMap((b) => b.rows);
  const inPolicy = new Set(
    linked('IN_POLICY')
      .filter((r) => r.toKey === policyKey)
      .map((r) => String(r.fromKey)),
  );
  const withdrawn = new Set(linked('WITHDRAWN_BY').map((r) => String(r.fromKey)));
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const line = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return graph.nodes[label]
    .filter((r) => inPolicy.has(String(r.key)) && !withdrawn.has(String(r.key)))
    .map((r): PreviousStatement => {
      const statement: PreviousStatement = {
        key: String(r.key),
        text: text(label === 'Criterion' ? r.text : r.action) ?? '',
        heading: text(r.heading),
        lineStart: line(r.lineStart),
        lineEnd: line(r.lineEnd),
        document: text(r.sourceDocument),
      };
      if (label === 'Milestone')
        statement.date = {
          text: text(r.dateText),
          date: text(r.date),
          dateEnd: text(r.dateEnd),
          qualifier: text(r.dateQualifier),
        };
      return statement;
    })
    .sort((a, b) => (a.lineStart ?? 0) - (b.lineStart ?? 0));
}

/** The current (not withdrawn) criteria of a policy in a validated seed graph, in the order of their citations. */
export const previousStatements = (graph: SeedGraph, policyKey: string) => curated(graph, 'Criterion', policyKey);

/** The milestones of a policy in a validated seed graph, in the order of their citations. */
export const previousMilestones = (graph: SeedGraph, policyKey: string) => curated(graph, 'Milestone', policyKey);

/** The previous policy as alignment compares with it: its curated statements, and its text cut as the new one is. */
export interface PreviousEdition {
  policy: string;
  criteria: PreviousStatement[];
  milestones: PreviousStatement[];
  /** The source document the policy is published in, and its text cut into statements (absent when not at hand). */
  document?: string;
  text?: { criteria: NewStatement[]; milestones: NewStatement[] };
}

/**
 * The previous policy of a seed: its curated criteria and milestones, and its source text (seed/sources/) cut by
 * `cut`, which must be the proposal rules the new document went through, so that both are cut alike.
 */
export function previousEdition(
  graph: SeedGraph,
  seedDir: string,
  policyKey: string,
  cut: (lines: string[]) => Proposal[],
): PreviousEdition {
  const edition: PreviousEdition = {
    policy: policyKey,
    criteria: previousStatements(graph, policyKey),
    milestones: previousMilestones(graph, policyKey),
  };
  const document = graph.relationships
    .filter((b) => b.type === 'DOCUMENTED_IN' && b.fromLabel === 'Policy')
    .flatMap((b) => b.rows)
    .find((r) => r.fromKey === policyKey)?.toKey;
  const fileName = graph.nodes.SourceDocument.find((r) => r.key === document)?.fileName;
  if (typeof document !== 'string' || typeof fileName !== 'string') return edition;
  const path = join(seedDir, 'sources', fileName);
  if (!existsSync(path)) return edition;
  const proposals = cut(readFileSync(path, 'utf8').split('\n'));
  const of = (type: Proposal['type']) => proposals.filter((p) => p.type === type).map((p) => statementOf(p));
  return { ...edition, document, text: { criteria: of('criterion'), milestones: of('milestone') } };
}

/** A piece of last year's text, and the curated statements that quote it. */
interface Piece {
  statement: NewStatement;
  curated: PreviousStatement[];
}

const linesOverlap = (a: { lineStart?: number; lineEnd?: number }, b: { lineStart: number; lineEnd: number }) =>
  a.lineStart !== undefined && a.lineStart <= b.lineEnd && (a.lineEnd ?? a.lineStart) >= b.lineStart;

/** Whether one text's words stand, in order, within the other's (either way round). */
function contains(a: string, b: string): boolean {
  const sa = ` ${a} `;
  const sb = ` ${b} `;
  return a !== '' && b !== '' && (sa.includes(sb) || sb.includes(sa));
}

/**
 * Last year's text as pieces, each with the curated statements that quote it: a curated statement is tied to
 * every piece on its lines whose words it holds or that holds its words (for a milestone, of the same date). A
 * curated statement tied to no piece (the rules did not propose it) is a piece of its own.
 */
function piecesOf(type: StatementType, previous: PreviousStatement[], options: AlignOptions): Piece[] {
  const words = type === 'milestone' ? actionSequence : (s: { text: string }) => wordsOrStruck(s.text);
  const pieces: Piece[] = (options.previousText ?? []).map((statement) => ({ statement, curated: [] }));
  // The headings a line of last year's text stands under: those of the last statement cut at or before it.
  const places = [...(options.previousPlaces ?? options.previousText ?? [])].sort((a, b) => a.lineStart - b.lineStart);
  const headingsAt = (line: number | undefined) =>
    line === undefined ? [] : (places.filter((s) => s.lineStart <= line).at(-1)?.headingPath ?? []);
  for (const p of previous) {
    const sameDocument = options.previousDocument === undefined || p.document === options.previousDocument;
    const tied = sameDocument
      ? pieces.filter(
          (piece) =>
            linesOverlap(p, piece.statement) &&
            (contains(words(p), words(piece.statement)) || dice(stems(p.text), stems(piece.statement.text)) >= 0.8) &&
            (type !== 'milestone' || sameDate(p.date, piece.statement.date)),
        )
      : [];
    for (const piece of tied) piece.curated.push(p);
    if (tied.length === 0)
      pieces.push({
        statement: {
          text: p.text,
          lineStart: p.lineStart ?? 0,
          lineEnd: p.lineEnd ?? p.lineStart ?? 0,
          headingPath: headingsAt(p.lineStart),
          heading: p.heading,
          date: p.date,
        },
        curated: [p],
      });
  }
  return pieces;
}

/** The new document's words with the line each stands on, to find a curated statement's words in it. */
class WordIndex {
  private readonly words: string[] = [];
  private readonly lineOf: number[] = [];

  constructor(lines: string[]) {
    lines.forEach((line, i) => {
      for (const w of sequence(line).split(' ')) {
        if (w === '') continue;
        this.words.push(w);
        this.lineOf.push(i + 1);
      }
    });
  }

  /** Every run of lines on which the words stand in this order. */
  findAll(words: string): { lineStart: number; lineEnd: number }[] {
    if (words === '') return [];
    const text = ` ${this.words.join(' ')} `;
    const length = words.split(' ').length;
    const found: { lineStart: number; lineEnd: number }[] = [];
    for (let at = text.indexOf(` ${words} `); at >= 0; at = text.indexOf(` ${words} `, at + 1)) {
      // Words before the match: the spaces before it, less the leading one.
      const first = text.slice(0, at + 1).split(' ').length - 2;
      const lineStart = this.lineOf[first];
      const lineEnd = this.lineOf[first + length - 1];
      if (lineStart !== undefined && lineEnd !== undefined) found.push({ lineStart, lineEnd });
    }
    return found;
  }

  /** Whether the words stand within the given lines. */
  within(words: string, lines: { lineStart: number; lineEnd: number }): boolean {
    const slice = this.words.filter(
      (_, i) => (this.lineOf[i] ?? 0) >= lines.lineStart && (this.lineOf[i] ?? 0) <= lines.lineEnd,
    );
    return words !== '' && ` ${slice.join(' ')} `.includes(` ${words} `);
  }
}

/** Union-find over the new statements (0..n-1) and the pieces (n..): a group is one statement across the years. */
class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    return root;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Aligns one type of statement. Pairs first, best first: the same words (and for a milestone the same date)
 * before the same words at another date, before merely similar words; within each, a pair in the same section
 * first, then one at the same place in the document, so that a repeated sentence keeps its own pair. Then a
 * statement left over whose words lie within a piece of the same section (or a piece whose words lie within a
 * statement) joins that pair: a sentence split in two, or two merged into one. Each group of statements and
 * pieces is then compared as a whole: the same words in the same order are unchanged, however cut.
 */
export function align(
  statements: NewStatement[],
  previous: PreviousStatement[],
  options: AlignOptions & { type?: StatementType } = {},
): TypeAlignment {
  const type = options.type ?? 'criterion';
  const threshold = options.threshold ?? 0.5;
  const pieces = piecesOf(type, previous, options);
  const olds = pieces.map((p) => p.statement);
  const wordsOf = type === 'milestone' ? actionSequence : (s: NewStatement) => wordsOrStruck(s.text);
  const newWords = statements.map(wordsOf);
  const oldWords = olds.map(wordsOf);
  const newStems = statements.map((s) => stems(type === 'milestone' ? actionSequence(s) : s.text));
  const oldStems = olds.map((s) => stems(type === 'milestone' ? actionSequence(s) : s.text));
  // Where in its document a statement stands, 0..1: of two equal candidates the one at the same place wins.
  const lastNew = Math.max(1, options.newLines?.length ?? 0, ...statements.map((s) => s.lineEnd));
  const lastOld = Math.max(1, ...olds.map((s) => s.lineEnd));

  const pairs: { i: number; j: number; similarity: number; score: number; exact: boolean }[] = [];
  statements.forEach((s, i) =>
    olds.forEach((o, j) => {
      const sameWords = newWords[i] === oldWords[j] && newWords[i] !== '';
      const datesAgree = type !== 'milestone' || sameDate(s.date, o.date);
      const similarity = sameWords ? 1 : dice(newStems[i] ?? new Set(), oldStems[j] ?? new Set());
      if (similarity < threshold) return;
      const tier = sameWords ? (datesAgree ? 3 : 2) : similarity + (datesAgree && type === 'milestone' ? 0.1 : 0);
      const where = section(s, o);
      const score =
        tier +
        (where === 'same' ? 0.2 : where === 'unknown' ? 0.1 : 0) +
        (pieces[j]?.curated.length ? 0.01 : 0) -
        0.1 * Math.abs(s.lineStart / lastNew - o.lineStart / lastOld);
      pairs.push({ i, j, similarity, score, exact: sameWords && datesAgree });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const n = statements.length;
  const groups = new Groups(n + olds.length);
  const pairOf = new Map<number, { j: number; similarity: number; exact: boolean }>();
  const takenBy = new Map<number, { i: number; exact: boolean }>();
  for (const p of pairs) {
    if (pairOf.has(p.i) || takenBy.has(p.j)) continue;
    pairOf.set(p.i, p);
    takenBy.set(p.j, p);
    groups.join(p.i, n + p.j);
  }

  // A split or merged sentence: only for criteria (a milestone is one row or sentence with one date), only
  // within one section, and never into a pair that is already word for word the same.
  if (type === 'criterion') {
    const least = 0.8;
    const big = (s: Set<string> | undefined) => (s?.size ?? 0) >= 2;
    statements.forEach((s, i) => {
      if (pairOf.has(i) || !big(newStems[i])) return;
      let best: { j: number; value: number } | undefined;
      olds.forEach((o, j) => {
        if (takenBy.get(j)?.exact || !sameSection(s, o)) return;
        const value = within(newStems[i] ?? new Set(), oldStems[j] ?? new Set());
        if (value >= least && (!best || value > best.value)) best = { j, value };
      });
      if (best) {
        pairOf.set(i, { j: best.j, similarity: best.value, exact: false });
        groups.join(i, n + best.j);
      }
    });
    olds.forEach((o, j) => {
      if (takenBy.has(j) || !big(oldStems[j])) return;
      let best: { i: number; value: number } | undefined;
      statements.forEach((s, i) => {
        if (pairOf.get(i)?.exact || !sameSection(s, o)) return;
        const value = within(oldStems[j] ?? new Set(), newStems[i] ?? new Set());
        if (value >= least && (!best || value > best.value)) best = { i, value };
      });
      if (best) {
        takenBy.set(j, { i: best.i, exact: false });
        groups.join(best.i, n + j);
      }
    });
  }

  const membersOf = new Map<number, { news: number[]; olds: number[] }>();
  const member = (x: number) => {
    const root = groups.find(x);
    const m = membersOf.get(root) ?? { news: [], olds: [] };
    membersOf.set(root, m);
    return m;
  };
  statements.forEach((_, i) => pairOf.has(i) && member(i).news.push(i));
  olds.forEach((_, j) => takenBy.has(j) && member(n + j).olds.push(j));

  const byLine = (a: NewStatement, b: NewStatement) => a.lineStart - b.lineStart || a.lineEnd - b.lineEnd;
  const aligned = statements.map((statement, i): AlignedStatement => {
    const pair = pairOf.get(i);
    if (!pair) return { type, statement, class: 'added', similarity: 0 };
    const group = member(i);
    const news = group.news.map((k) => statements[k]).filter((s): s is NewStatement => s !== undefined);
    const oldPieces = group.olds.map((k) => pieces[k]).filter((p): p is Piece => p !== undefined);
    const before = oldPieces.map((p) => p.statement).sort(byLine);
    const after = [...news].sort(byLine);
    const beforeText = before.map((s) => current(s.text)).join(' ');
    const afterText = after.map((s) => current(s.text)).join(' ');
    const same =
      type === 'milestone'
        ? before.map(actionSequence).join(' ') === after.map(actionSequence).join(' ')
        : wordsOrStruck(before.map((s) => s.text).join(' ')) === wordsOrStruck(after.map((s) => s.text).join(' '));
    const oldDate = before[0]?.date;
    const dateChanged = type === 'milestone' && !sameDate(oldDate, statement.date);
    const moved = !before.some((o) => sameSection(statement, o));
    const keys = new Map<string, PreviousStatement>();
    for (const p of oldPieces) for (const c of p.curated) keys.set(c.key, c);
    const [first, ...rest] = [...keys.values()].sort((a, b) => (a.lineStart ?? 0) - (b.lineStart ?? 0));
    const firstPiece = before[0];
    return {
      type,
      statement,
      class: moved ? 'moved' : dateChanged ? 'date-changed' : same ? 'unchanged' : 'reworded',
      previous: first,
      previousToo: rest.length > 0 ? rest : undefined,
      before: firstPiece && {
        text: beforeText,
        lineStart: firstPiece.lineStart,
        lineEnd: before.at(-1)?.lineEnd ?? firstPiece.lineEnd,
        section: sectionOf(firstPiece),
        date: oldDate,
      },
      splitWith: news.length > 1 ? after.filter((s) => s !== statement) : undefined,
      similarity: same ? 1 : pair.similarity,
      diff: same && !dateChanged ? undefined : wordDiff(beforeText, afterText),
      dateChange: dateChanged ? { before: oldDate ?? {}, after: statement.date ?? {} } : undefined,
    };
  });

  // A curated statement is continued when any piece quoting it is; otherwise its words may still stand in the
  // new text where no proposal holds them, and only then is it removed.
  const continued = new Set<string>();
  pieces.forEach((p, j) => takenBy.has(j) && p.curated.forEach((c) => continued.add(c.key)));
  const index = options.newLines && new WordIndex(options.newLines);
  const removed: PreviousStatement[] = [];
  const notProposed: StillInText[] = [];
  for (const p of previous) {
    if (continued.has(p.key)) continue;
    const date = p.date?.text ? sequence(p.date.text) : '';
    const distance = (at: { lineStart: number }) => Math.abs(at.lineStart / lastNew - (p.lineStart ?? 0) / lastOld);
    // Of several places where the words stand (with the date, for a milestone), the one at the same place.
    const found = (index?.findAll(sequence(p.text)) ?? [])
      .filter((at) => date === '' || index?.within(date, at))
      .sort((a, b) => distance(a) - distance(b))[0];
    if (found) notProposed.push({ previous: p, ...found });
    else removed.push(p);
  }
  return { statements: aligned, removed, notProposed };
}

/** The new document as alignment takes it: its proposals (with their draft keys) and its lines. */
export interface NewEdition {
  criteria: NewStatement[];
  milestones: NewStatement[];
  changes: ChangeProposal[];
  lines?: string[];
}

/** A new document's proposals, keyed as the draft keys them, split by type. */
export function newEdition(proposals: Proposal[], keys: string[], lines?: string[]): NewEdition {
  const of = (type: Proposal['type']) =>
    proposals.flatMap((p, i) => (p.type === type ? [statementOf(p, keys[i])] : []));
  const changes = proposals.filter((p): p is ChangeProposal => p.type === 'change');
  return { criteria: of('criterion'), milestones: of('milestone'), changes, lines };
}

/** Aligns a new edition with the previous one, criteria and milestones, and sets its change table against both. */
export function alignEditions(next: NewEdition, previous: PreviousEdition, threshold?: number): Alignment {
  // A change table quotes last year's words ("Beleid 2024"): words quoted there do not stand in the new text.
  const quoted = (line: number) => next.changes.some((c) => line >= c.lineStart && line <= c.lineEnd);
  const newLines = next.lines?.map((line, i) => (quoted(i + 1) ? '' : line));
  const options = (type: StatementType): AlignOptions & { type: StatementType } => ({
    type,
    threshold,
    newLines,
    previousDocument: previous.document,
    previousText: type === 'criterion' ? previous.text?.criteria : previous.text?.milestones,
    previousPlaces: previous.text && [...previous.text.criteria, ...previous.text.milestones],
  });
  const criteria = align(next.criteria, previous.criteria, options('criterion'));
  const milestones = align(next.milestones, previous.milestones, options('milestone'));
  return { criteria, milestones, ...compareWithChangeTable([criteria, milestones], next.changes) };
}

export const isAligned = (x: ChangeTarget): x is AlignedStatement => 'class' in x;

/** The words a change row is matched on: a statement's, with a milestone's date. */
function targetText(x: ChangeTarget): string {
  const s = isAligned(x) ? x.statement : x;
  return `${s.text} ${s.date?.text ?? ''}`;
}

/**
 * Each change-table row is matched by word overlap to the statements it speaks of: its new words (`after`)
 * against the new statements, its old words (`before`) against the removed ones, its subject against both.
 * When a changed statement matches at least as well as any unchanged one, the row is documented and found,
 * and claims every changed statement that matches about as well (a date stated in the text and in the
 * planning table changes in both). A row whose best statement stayed the same, or that names no statement, is
 * documented but not found.
 */
function compareWithChangeTable(
  types: TypeAlignment[],
  changes: ChangeProposal[],
): Pick<Alignment, 'documentedAndFound' | 'documentedNotFound' | 'foundNotDocumented'> {
  const aligned = types.flatMap((t) => t.statements);
  const removed = types.flatMap((t) => t.removed);
  const changed: ChangeTarget[] = [...aligned.filter((a) => a.class !== 'unchanged'), ...removed];
  // What a policy team must hear of: a curated statement that changed or went, and whatever is new. Text no
  // curator recorded last year that changed may be documented, but is not missed when it is not.
  const reportable = (x: ChangeTarget) => !isAligned(x) || x.class === 'added' || x.previous !== undefined;
  const unchanged = aligned.filter((a) => a.class === 'unchanged');
  const documentedAndFound: DocumentedChange[] = [];
  const documentedNotFound: DocumentedChange[] = [];
  const claimed = new Set<ChangeTarget>();
  const least = 0.6;
  const margin = 0.05;
  for (const change of changes) {
    const after = stems(change.after ?? '');
    const before = stems(change.before ?? '');
    const subject = stems(change.subject);
    const score = (x: ChangeTarget) => {
      const side = isAligned(x) ? after : before;
      const s = stems(targetText(x));
      return Math.max(side.size >= 3 ? within(side, s) : 0, 0.8 * overlap(subject, s));
    };
    const scored = changed.map((target) => ({ target, value: score(target) }));
    const bestChanged = Math.max(0, ...scored.map((s) => s.value));
    const closestUnchanged = unchanged
      .map((target) => ({ target, value: score(target) }))
      .reduce<{ target?: AlignedStatement; value: number }>((a, b) => (b.value > a.value ? b : a), { value: 0 });
    if (bestChanged >= least && bestChanged >= closestUnchanged.value) {
      const found = scored.filter((s) => s.value >= bestChanged - margin).map((s) => s.target);
      for (const f of found) claimed.add(f);
      documentedAndFound.push({ change, found });
    } else if (closestUnchanged.target && closestUnchanged.value >= least)
      documentedNotFound.push({ change, found: [], unchangedMatch: closestUnchanged.target });
    else documentedNotFound.push({ change, found: [] });
  }
  return {
    documentedAndFound,
    documentedNotFound,
    foundNotDocumented: changed.filter((c) => reportable(c) && !claimed.has(c)),
  };
}
