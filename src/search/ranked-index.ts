/**
 * A ranked full-text index (BM25) held in memory, for the embedded engine: LadybugDB's own full-text
 * extension downloads at run time and is not there offline. Case and diacritics do not matter:
 * "coordinatiefunctie" finds "coördinatiefunctie".
 */

/** Lowercase, without diacritics, split on anything that is not a letter or digit. */
export function terms(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface IndexedDocument {
  id: string;
  /** Text fields with their weight: a match in a title counts more than one in a long description. */
  fields: Array<{ text: string; weight: number }>;
}

export interface RankedHit {
  id: string;
  score: number;
  matched: string[];
}

const K1 = 1.2;
const B = 0.75;

export class RankedIndex {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly lengths = new Map<string, number>();
  private averageLength = 0;

  constructor(documents: IndexedDocument[]) {
    for (const doc of documents) {
      let length = 0;
      for (const field of doc.fields) {
        for (const term of terms(field.text)) {
          const postings = this.postings.get(term) ?? new Map<string, number>();
          postings.set(doc.id, (postings.get(doc.id) ?? 0) + field.weight);
          this.postings.set(term, postings);
          length += 1;
        }
      }
      this.lengths.set(doc.id, length);
    }
    const total = [...this.lengths.values()].reduce((a, b) => a + b, 0);
    this.averageLength = this.lengths.size > 0 ? total / this.lengths.size : 0;
  }

  get size(): number {
    return this.lengths.size;
  }

  /**
   * Documents matching every word of the query, best first (BM25). A last word of three letters or more
   * also matches as a prefix, so that a search box can show results while the analyst is still typing.
   */
  search(query: string): RankedHit[] {
    const words = [...new Set(terms(query))];
    if (words.length === 0) return [];
    const n = this.lengths.size;
    const perWord = words.map((word, i) => {
      const expansions = i === words.length - 1 && word.length >= 3 ? [...this.postings.keys()].filter((t) => t.startsWith(word)) : [word];
      const matches = new Map<string, { tf: number; term: string }>();
      for (const term of expansions) {
        for (const [id, tf] of this.postings.get(term) ?? []) {
          const best = matches.get(id);
          if (!best || tf > best.tf) matches.set(id, { tf, term });
        }
      }
      const idf = Math.log(1 + (n - matches.size + 0.5) / (matches.size + 0.5));
      return { matches, idf };
    });
    const [first, ...rest] = perWord;
    const hits: RankedHit[] = [];
    for (const id of first!.matches.keys()) {
      if (!rest.every((w) => w.matches.has(id))) continue;
      const length = this.lengths.get(id) ?? 0;
      let score = 0;
      const matched: string[] = [];
      for (const w of perWord) {
        const { tf, term } = w.matches.get(id)!;
        score += w.idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (this.averageLength || 1))));
        matched.push(term);
      }
      hits.push({ id, score, matched });
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }
}

/**
 * A short passage around the first match, with every match wrapped in <mark>…</mark>. The rest of the
 * text is HTML-escaped, so the snippet can be shown as HTML as it is.
 */
export function highlight(text: string, matched: string[], width = 160): string {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const term of new Set(matched)) {
    const pattern = new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z0-9]*`, 'g');
    for (const m of folded.matchAll(pattern)) ranges.push([m.index!, m.index! + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const start = ranges.length > 0 ? Math.max(0, ranges[0]![0] - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (a < at || a >= end) continue;
    out += `${escape(text.slice(at, a))}<mark>${escape(text.slice(a, Math.min(b, end)))}</mark>`;
    at = Math.min(b, end);
  }
  return out + escape(text.slice(at, end)) + (end < text.length ? '…' : '');
}
