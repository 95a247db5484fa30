import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSeed, type Row } from '../seed/validate';
import { loadVocabulary, proposeStatements } from './propose';
import { proposeProviderTypes, withProposedTypes } from './propose/provider-types';
import { structure } from './structure';
import type { Proposal } from './types';

/**
 * Scores the proposal rules against the curated gold. The proposer sees only a source text; the gold
 * is what curators wrote in seed/documents/ for that text.
 *
 * - Recall: a curated criterion, milestone or documented change is found when a proposal of the same
 *   type cites a line range that overlaps its cited lines.
 * - On a found statement, the proposal compared is the overlapping one whose quote shares most words
 *   with the curated quote (a line may hold several statements).
 * - Scope: `scopeOverlap` counts a match when the proposed and curated provider types share a key (or
 *   both are empty); `scopeExact` when the two sets are equal. Care types are not scored.
 * - Milestones: the date and the qualifier must both equal the curated ones (no date on either side
 *   counts as equal).
 */

export interface Tally {
  correct: number;
  total: number;
}

export interface DocumentScore {
  document: string;
  fileName: string;
  proposals: number;
  gold: { criteria: number; milestones: number; changes: number };
  found: { criteria: number; milestones: number; changes: number };
  kind: Tally;
  party: Tally;
  force: Tally;
  scopeOverlap: Tally;
  scopeExact: Tally;
  topic: Tally;
  milestoneDate: Tally;
  changeEffect: Tally;
  /** Kind, party and force of every matched criterion beside the curated value: what each rule got right or wrong. */
  judged: Judged[];
  /** Matched milestones whose date or qualifier differs from the curated one. */
  dateMisses: string[];
}

/** A curated value and the proposed one beside it, with the rules that proposed it. */
export interface Judged {
  field: 'kind' | 'party' | 'force';
  gold: string;
  proposed: string;
  goldKey: string;
  lines: string;
  rules: string[];
  quote: string;
}

const tally = (): Tally => ({ correct: 0, total: 0 });
const count = (t: Tally, ok: boolean): void => {
  t.total++;
  if (ok) t.correct++;
};

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/~~|\*\*/g, '')
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 1),
  );
function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) + shared / Math.max(1, Math.max(wa.size, wb.size));
}

const overlaps = (p: Proposal, g: Row): boolean =>
  p.lineStart <= (g.lineEnd as number) && p.lineEnd >= (g.lineStart as number);

function best<T extends Proposal>(candidates: T[], g: Row, goldText: string, bonus?: (p: T) => number): T | undefined {
  let top: { p: T; s: number } | undefined;
  for (const p of candidates) {
    if (!overlaps(p, g)) continue;
    const s = similarity(p.quote, goldText) + (bonus ? bonus(p) : 0);
    if (!top || s > top.s) top = { p, s };
  }
  return top?.p;
}

const sameDateWords = (a: string, b: string): boolean => {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
};
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const shares = (a: string[], b: string[]): boolean =>
  (a.length === 0 && b.length === 0) || a.some((x) => b.includes(x));

export function scoreSeed(seedDir: string): DocumentScore[] {
  const { graph } = validateSeed(seedDir);
  // Which keys are provider types at all: every document's declarations count for reading the gold.
  const allTerms = loadVocabulary(seedDir);
  const targets = (type: string, toKeys?: Set<string>): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const batch of graph.relationships) {
      if (batch.type !== type) continue;
      for (const r of batch.rows) {
        const to = r.toKey as string;
        if (toKeys && !toKeys.has(to)) continue;
        const from = r.fromKey as string;
        m.set(from, [...(m.get(from) ?? []), to]);
      }
    }
    return m;
  };
  const providerKeys = new Set(allTerms.providerTypes.map((p) => p.key));
  const appliesTo = targets('APPLIES_TO', providerKeys);
  const topics = targets('HAS_TOPIC');

  const scores: DocumentScore[] = [];
  for (const doc of graph.nodes.SourceDocument) {
    const key = doc.key as string;
    const fileName = doc.fileName as string;
    const lines = readFileSync(join(seedDir, 'sources', fileName), 'utf8').split(/\r?\n/);
    const year = /\b(20\d{2})\b/.exec(lines.slice(0, 20).join(' '))?.[1];
    const vocabulary = loadVocabulary(seedDir, { exceptDocument: key });
    // As `zorginkoop ingest` does: provider types the document names beyond the vocabulary count for its scope.
    const extended = withProposedTypes(vocabulary, proposeProviderTypes(lines, vocabulary));
    const proposals = proposeStatements(structure(lines), extended, { year: year ? Number(year) : undefined });
    const ofDoc = (rows: Row[]): Row[] => rows.filter((r) => r.sourceDocument === key);
    const criteria = ofDoc(graph.nodes.Criterion);
    const milestones = ofDoc(graph.nodes.Milestone);
    const changes = ofDoc(graph.nodes.PolicyChange);
    const s: DocumentScore = {
      document: key,
      fileName,
      proposals: proposals.length,
      gold: { criteria: criteria.length, milestones: milestones.length, changes: changes.length },
      found: { criteria: 0, milestones: 0, changes: 0 },
      kind: tally(),
      party: tally(),
      force: tally(),
      scopeOverlap: tally(),
      scopeExact: tally(),
      topic: tally(),
      milestoneDate: tally(),
      changeEffect: tally(),
      judged: [],
      dateMisses: [],
    };
    const proposedCriteria = proposals.filter((p) => p.type === 'criterion');
    const proposedMilestones = proposals.filter((p) => p.type === 'milestone');
    const proposedChanges = proposals.filter((p) => p.type === 'change');

    for (const g of criteria) {
      const p = best(proposedCriteria, g, `${g.text as string} ${g.quote as string}`);
      if (!p) continue;
      s.found.criteria++;
      for (const field of ['kind', 'party', 'force'] as const) {
        count(s[field], p[field] === g[field]);
        s.judged.push({
          field,
          gold: String(g[field]),
          proposed: p[field],
          goldKey: g.key as string,
          lines: `${p.lineStart}-${p.lineEnd}`,
          rules: p.rules,
          quote: p.quote,
        });
      }
      const gold = appliesTo.get(g.key as string) ?? [];
      count(s.scopeOverlap, shares(p.appliesTo, gold));
      count(s.scopeExact, sameSet(p.appliesTo, gold));
      count(s.topic, p.topic === (topics.get(g.key as string) ?? [])[0]);
    }
    for (const g of milestones) {
      const dateText = (g.dateText as string | null) ?? '';
      const p = best(proposedMilestones, g, `${g.action as string} ${dateText}`, (m) =>
        // The proposal that read the curated date's words (with or without its preposition) is the one compared.
        dateText && m.dateText && sameDateWords(m.dateText, dateText) ? 2 : 0,
      );
      if (!p) continue;
      s.found.milestones++;
      const dateRight = (p.date ?? null) === g.date && p.dateQualifier === g.dateQualifier;
      count(s.milestoneDate, dateRight);
      if (!dateRight)
        s.dateMisses.push(
          `${g.key as string}: curated ${String(g.date)} ${String(g.dateQualifier)}, proposed ${p.date ?? 'null'} ${p.dateQualifier} (${p.dateText ?? ''})`,
        );
    }
    for (const g of changes) {
      const p = best(proposedChanges, g, `${g.subject as string} ${(g.quote as string | null) ?? ''}`);
      if (!p) continue;
      s.found.changes++;
      count(s.changeEffect, p.effect === g.effect);
    }
    scores.push(s);
  }
  return scores;
}

export function totalOf(scores: DocumentScore[]): DocumentScore {
  const sum = (f: (s: DocumentScore) => Tally): Tally => ({
    correct: scores.reduce((n, s) => n + f(s).correct, 0),
    total: scores.reduce((n, s) => n + f(s).total, 0),
  });
  const add = (f: (s: DocumentScore) => DocumentScore['gold']): DocumentScore['gold'] => ({
    criteria: scores.reduce((n, s) => n + f(s).criteria, 0),
    milestones: scores.reduce((n, s) => n + f(s).milestones, 0),
    changes: scores.reduce((n, s) => n + f(s).changes, 0),
  });
  return {
    document: 'total',
    fileName: '',
    proposals: scores.reduce((n, s) => n + s.proposals, 0),
    gold: add((s) => s.gold),
    found: add((s) => s.found),
    kind: sum((s) => s.kind),
    party: sum((s) => s.party),
    force: sum((s) => s.force),
    scopeOverlap: sum((s) => s.scopeOverlap),
    scopeExact: sum((s) => s.scopeExact),
    topic: sum((s) => s.topic),
    milestoneDate: sum((s) => s.milestoneDate),
    changeEffect: sum((s) => s.changeEffect),
    judged: scores.flatMap((s) => s.judged),
    dateMisses: scores.flatMap((s) => s.dateMisses),
  };
}

/** Per field, how often each curated value was proposed as each other value, most frequent first. */
export function confusion(judged: Judged[], field: Judged['field']): string {
  const counts = new Map<string, number>();
  for (const m of judged.filter((x) => x.field === field && x.gold !== x.proposed)) {
    const k = `${m.gold} -> ${m.proposed}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${String(n).padStart(4)}  ${k}`)
    .join('\n');
}

export const ratio = (t: Tally): number | undefined => (t.total === 0 ? undefined : t.correct / t.total);

export function recallOf(s: DocumentScore): Tally {
  return {
    correct: s.found.criteria + s.found.milestones + s.found.changes,
    total: s.gold.criteria + s.gold.milestones + s.gold.changes,
  };
}

const pct = (t: Tally): string => {
  const r = ratio(t);
  return r === undefined ? '–' : `${Math.round(r * 100)} % (${t.correct}/${t.total})`;
};

/** One row per document and a total, as Markdown. */
export function scoreTable(scores: DocumentScore[]): string {
  const head =
    '| document | proposals | recall | criteria found | milestones found | changes found | kind | party | force | scope (overlap) | scope (exact) | topic | milestone date + qualifier | change effect |';
  const sep = `|${'---|'.repeat(14)}`;
  const row = (s: DocumentScore): string =>
    [
      s.document === 'total' ? '**total**' : `${s.document} (${s.fileName})`,
      String(s.proposals),
      pct(recallOf(s)),
      `${s.found.criteria}/${s.gold.criteria}`,
      `${s.found.milestones}/${s.gold.milestones}`,
      `${s.found.changes}/${s.gold.changes}`,
      pct(s.kind),
      pct(s.party),
      pct(s.force),
      pct(s.scopeOverlap),
      pct(s.scopeExact),
      pct(s.topic),
      pct(s.milestoneDate),
      pct(s.changeEffect),
    ].join(' | ');
  return [head, sep, ...[...scores, totalOf(scores)].map((s) => `| ${row(s)} |`)].join('\n');
}
