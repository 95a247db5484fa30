// The package's CommonJS build (its type declarations describe the ES module build only).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would take the ES module build, which CommonJS cannot load
const { stemmer } = require('@orama/stemmers/dutch') as { stemmer: (word: string) => string };

/**
 * How search reads Dutch text, the same on both engines: case and diacritics folded, words of letters and
 * digits, Dutch stop words dropped, each word reduced to its Snowball Dutch stem (the stemmer Lucene's
 * Dutch analyzer uses on Neo4j). "huisartsenpraktijken" and "huisartsenpraktijk" are one term.
 */

/** The Snowball Dutch stop words (Lucene's Dutch analyzer drops the same). */
export const DUTCH_STOP_WORDS = new Set(
  'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'.split(
    ' ',
  ),
);

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text, folded, in order. */
export function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

const stems = new Map<string, string>();
/** Memoised: snippets stem every word of every hit's text, and a corpus repeats its words. Bounded; pure, so always right. */
export const stem = (word: string): string => {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= 200_000) stems.clear();
    s = stemmer(word);
    stems.set(word, s);
  }
  return s;
};

/** A word as both indexes hold it: folded and stemmed; null for a stop word. */
export function indexTerm(word: string): string | null {
  const w = fold(word);
  return DUTCH_STOP_WORDS.has(w) ? null : stem(w);
}

/** How many typing errors a word of this length forgives: none for short words, two for long ones. */
export function typoTolerance(word: string): 0 | 1 | 2 {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // previous[j]: the distance between the first i-1 letters of a and the first j of b.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((previous[j] ?? i) + 1, (current[j - 1] ?? i) + 1, (previous[j - 1] ?? i) + cost);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}
