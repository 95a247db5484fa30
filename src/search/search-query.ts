import { DUTCH_STOP_WORDS, stem, typoTolerance, withinEdits, words } from './dutch-text';

/**
 * A user's query as both engines search it: every clause must match; a clause matches when one of its
 * alternatives does (a word, or a synonym of it from the vocabulary); an alternative is one or more terms
 * that must all match. A term matches its stem, the stem with a few typing errors (long words), and, for
 * the last word of the query, any word it is the start of (someone still typing).
 */

export interface QueryTerm {
  /** The word as typed, folded. */
  word: string;
  stem: string;
  /** Edits forgiven: 0, 1 or 2. */
  typos: number;
  /** Also matches words that start with `word`. */
  prefix: boolean;
}

export type Alternative = QueryTerm[];
export type Clause = Alternative[];

/** Names that mean the same (a care type's Dutch and English name and abbreviation, an organisation's name and full name). */
export type SynonymGroups = string[][];

const term = (word: string, prefix: boolean): QueryTerm => ({
  word,
  stem: stem(word),
  typos: typoTolerance(word),
  prefix,
});

/**
 * What one search may cost, bounded by the work it causes rather than by its length: every distinct word is
 * a clause every hit must match (on Neo4j a required clause of the Lucene query), and every term that forgives
 * typing errors (a word of 5 letters or more, or of a name a word stands for) is a fuzzy clause, which Lucene
 * answers by enumerating the index's terms within its edit distance. A query of repeated words ("zbc msz" 25
 * times) is its distinct words only. The search tests' queries have at most 3 words; an analyst's typical
 * query at most 14 fuzzy terms ("elv grz gzsp": each abbreviation stands for Dutch and English names).
 */
export const SEARCH_BOUNDS = {
  /** Distinct words (after stop words and repeats are dropped; a vocabulary phrase counts as one). */
  words: 8,
  /** Distinct terms that forgive typing errors, the synonyms the vocabulary adds included. */
  fuzzyTerms: 16,
} as const;

/** A query past SEARCH_BOUNDS: the message says which bound and what the query holds. */
export class SearchTooBroadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchTooBroadError';
  }
}

/** Throws SearchTooBroadError for a plan past SEARCH_BOUNDS; returns it as it is otherwise. */
export function boundedPlan(clauses: Clause[]): Clause[] {
  if (clauses.length > SEARCH_BOUNDS.words)
    throw new SearchTooBroadError(
      `holds ${clauses.length} different words; a search takes at most ${SEARCH_BOUNDS.words} (stop words and repeated words not counted)`,
    );
  const fuzzy = new Set(
    planTerms(clauses)
      .filter((t) => t.typos > 0)
      .map((t) => t.stem),
  );
  if (fuzzy.size > SEARCH_BOUNDS.fuzzyTerms)
    throw new SearchTooBroadError(
      `holds ${fuzzy.size} words that forgive typing errors (words of 5 letters or more, with the names the vocabulary gives them); a search takes at most ${SEARCH_BOUNDS.fuzzyTerms}: use fewer or shorter words`,
    );
  return clauses;
}

/** The same terms in the same order, for telling a repeated clause from a new one. */
const clauseKey = (clause: Clause): string =>
  JSON.stringify(clause.map((a) => a.map((t) => [t.word, t.stem, t.typos])));

/**
 * A query's clauses; empty when it holds no searchable word. A word (or vocabulary phrase) given more than
 * once is one clause: matching it twice asks nothing more of a text. If any repeat is the last word, the
 * clause also matches as the start of a word.
 */
export function planQuery(query: string, synonyms: SynonymIndex = new SynonymIndex([])): Clause[] {
  const clauses = new Map<string, Clause>();
  for (const clause of plannedClauses(query, synonyms)) {
    const key = clauseKey(clause);
    const seen = clauses.get(key);
    if (!seen) clauses.set(key, clause);
    else
      clauses.set(
        key,
        seen.map((a, i) => a.map((t, j) => ({ ...t, prefix: t.prefix || Boolean(clause[i]?.[j]?.prefix) }))),
      );
  }
  return [...clauses.values()];
}

function plannedClauses(query: string, synonyms: SynonymIndex): Clause[] {
  const all = words(query);
  // Stop words only count when the query holds nothing else ("de" alone is still a search for "de").
  const kept = all.filter((w) => !DUTCH_STOP_WORDS.has(w));
  const list = kept.length > 0 ? kept : all;
  const clauses: Clause[] = [];
  // The first word after the last phrase matched: words inside a phrase are part of its clause.
  let next = 0;
  for (const [i, word] of list.entries()) {
    if (i < next) continue;
    const match = synonyms.longestAt(list, i);
    const isLast = (j: number) => j === list.length - 1;
    if (match) {
      const own = list.slice(i, i + match.length).map((w, k) => term(w, isLast(i + k)));
      const others = match.alternatives.map((phrase) => phrase.map((w) => term(w, false)));
      clauses.push([own, ...others]);
      next = i + match.length;
    } else {
      clauses.push([[term(word, isLast(i))]]);
    }
  }
  return clauses;
}

/** Whether a word of a text (folded) matches a term. */
export function matchesTerm(textWord: string, t: QueryTerm): boolean {
  const s = stem(textWord);
  return s === t.stem || (t.typos > 0 && withinEdits(s, t.stem, t.typos)) || (t.prefix && textWord.startsWith(t.word));
}

/** Looks up vocabulary phrases (as folded word lists) in a query. */
export class SynonymIndex {
  private readonly byFirstWord = new Map<string, Array<{ phrase: string[]; group: string[][] }>>();

  constructor(groups: SynonymGroups) {
    for (const group of groups) {
      // Phrases as stems, so that a plural or another form of a name finds its synonyms too.
      const phrases = [
        ...new Map(
          group
            .map((name) => words(name).filter((w) => !DUTCH_STOP_WORDS.has(w)))
            .filter((p) => p.length > 0)
            .map((p) => [p.map(stem).join(' '), p]),
        ).values(),
      ];
      if (phrases.length < 2) continue;
      for (const phrase of phrases) {
        const first = stem(phrase[0] ?? '');
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ phrase, group: phrases });
        this.byFirstWord.set(first, list);
      }
    }
  }

  /** The longest vocabulary phrase that starts at word i, with the other phrases of its group. */
  longestAt(list: string[], i: number): { length: number; alternatives: string[][] } | undefined {
    let best: { length: number; alternatives: string[][] } | undefined;
    const rest = list.slice(i);
    for (const { phrase, group } of this.byFirstWord.get(stem(rest[0] ?? '')) ?? []) {
      if (phrase.length > rest.length || !phrase.every((w, k) => stem(rest[k] ?? '') === stem(w))) continue;
      if (!best || phrase.length > best.length)
        best = { length: phrase.length, alternatives: group.filter((p) => p.join(' ') !== phrase.join(' ')) };
    }
    return best;
  }
}

/**
 * The same plan as a Lucene query for Neo4j's full-text index (Dutch analyzer): `+` on every clause,
 * alternatives side by side, `~n` for typing errors on the stem, `*` for the word being typed. Only
 * [a-z0-9] reach it, so no user text can form Lucene syntax.
 */
export function luceneQuery(clauses: Clause[]): string {
  const luceneTerm = (t: QueryTerm) => {
    const parts = [t.stem];
    if (t.typos > 0) parts.push(`${t.stem}~${t.typos}`);
    if (t.prefix) parts.push(`${t.word}*`);
    return parts.length === 1 ? t.stem : `(${parts.join(' ')})`;
  };
  const alternative = (a: Alternative) => {
    const [only, ...more] = a;
    return only && more.length === 0 ? luceneTerm(only) : `(${a.map((t) => `+${luceneTerm(t)}`).join(' ')})`;
  };
  return clauses
    .map((c) => {
      const [only, ...more] = c;
      return only && more.length === 0 ? `+${alternative(only)}` : `+(${c.map(alternative).join(' ')})`;
    })
    .join(' ');
}

/** Every term of a plan, for highlighting. */
export const planTerms = (clauses: Clause[]): QueryTerm[] => clauses.flat(2);

/**
 * The plan without typing errors forgiven: the first pass of a search. Typo tolerance costs most (Lucene's
 * fuzzy clause on a long word on Neo4j, edit distances in process), so both engines try the words as typed
 * and stemmed first, and forgive typing errors only when that finds nothing.
 */
export const exactPlan = (clauses: Clause[]): Clause[] =>
  clauses.map((c) => c.map((a) => a.map((t) => ({ ...t, typos: 0 }))));

/** Whether a plan forgives any typing error (else its second pass would be the first again). */
export const forgivesTypos = (clauses: Clause[]): boolean => planTerms(clauses).some((t) => t.typos > 0);
