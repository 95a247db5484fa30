import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The parts of seed/vocabulary.yaml the proposal rules read. */
export interface VocabularyTerm {
  key: string;
  nameNl: string;
  nameEn: string;
  abbreviation?: string;
  description?: string;
  broader?: string[];
}

export interface Vocabulary {
  topics: VocabularyTerm[];
  careTypes: VocabularyTerm[];
  providerTypes: VocabularyTerm[];
}

/**
 * The graph's vocabulary: seed/vocabulary.yaml, and the care and provider types a document file declares in
 * full (a shared node may be declared where a document first names it, seed/README.md rule 5).
 * `exceptDocument`: leave out what that document's own file declares. Scoring against a document's curated
 * statements must not learn from them: a new document only has the vocabulary of the ones before it.
 */
export function loadVocabulary(seedDir: string, options: { exceptDocument?: string } = {}): Vocabulary {
  const raw = parse(readFileSync(join(seedDir, 'vocabulary.yaml'), 'utf8')) as Partial<Vocabulary>;
  const vocabulary = {
    topics: raw.topics ?? [],
    careTypes: [...(raw.careTypes ?? [])],
    providerTypes: [...(raw.providerTypes ?? [])],
  };
  const dir = join(seedDir, 'documents');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const file of files.sort()) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as
      (Partial<Vocabulary> & { document?: { key?: string } }) | null;
    if (options.exceptDocument !== undefined && doc?.document?.key === options.exceptDocument) continue;
    for (const section of ['providerTypes'] as const) {
      for (const term of doc?.[section] ?? []) {
        if (!term?.key || !term.nameNl || vocabulary[section].some((t) => t.key === term.key)) continue;
        vocabulary[section].push({ ...term });
      }
    }
  }
  return vocabulary;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a Dutch noun takes in running text: plurals (-en, -s, -'s, -zen, -a) and a possessive. */
export function dutchForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set([w, `${w}s`, `${w}'s`, `${w}’s`, `${w}en`, `${w}n`]);
  if (w.endsWith('s')) forms.add(`${w.slice(0, -1)}zen`);
  if (w.endsWith('um')) forms.add(`${w.slice(0, -2)}a`);
  if (w.endsWith('f')) forms.add(`${w.slice(0, -1)}ven`);
  // A doubled vowel before the last consonant is written single before -en (ouderengeneeskunde aside).
  const dv = /([aeou])\1([^aeiou])$/.exec(w);
  if (dv) forms.add(`${w.slice(0, -3)}${dv[1]}${dv[2]}en`);
  // A short vowel before the last consonant doubles it before -en (specialist → specialisten is regular).
  return [...forms];
}

/** One pattern per term: its Dutch name in every form, its abbreviation, and "aanbieder(s) van X". */
function termPattern(term: VocabularyTerm): RegExp {
  const alternatives: string[] = [];
  const name = term.nameNl.toLowerCase();
  const words = name.split(/\s+/);
  const last = words.pop() ?? '';
  for (const f of dutchForms(last)) alternatives.push(escape([...words, f].join(' ')));
  const aanbieder = /^aanbieder\s+(.*)$/.exec(name);
  if (aanbieder) {
    const rest = escape(aanbieder[1] ?? '');
    alternatives.push(`(?:zorg)?aanbieders?\\s+(?:van|voor|in\\s+de)\\s+${rest}`, `${rest}[- ]?aanbieders?`);
  }
  if (term.abbreviation) {
    const abbr = escape(term.abbreviation.toLowerCase());
    alternatives.push(`${abbr}(?:'s|’s|s)?`);
    if (aanbieder) alternatives.push(`${abbr}[- ]?aanbieders?`);
  }
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'iu');
}

export interface TermMatcher {
  key: string;
  pattern: RegExp;
}

const cache = new WeakMap<VocabularyTerm[], TermMatcher[]>();
export function matchers(terms: VocabularyTerm[]): TermMatcher[] {
  let m = cache.get(terms);
  if (!m) {
    m = terms.map((t) => ({ key: t.key, pattern: termPattern(t) }));
    cache.set(terms, m);
  }
  return m;
}

/** Keys of the terms a text names; a narrower name ("algemeen ziekenhuis") hides the broader one it contains. */
export function termsIn(text: string, terms: VocabularyTerm[]): string[] {
  const hits: { key: string; start: number; end: number }[] = [];
  for (const { key, pattern } of matchers(terms)) {
    const m = pattern.exec(text);
    if (m) hits.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return hits
    .filter(
      (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    )
    .map((h) => h.key);
}
