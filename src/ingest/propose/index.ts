import { plainText } from '../structure';
import type {
  Block,
  ChangeProposal,
  CriterionProposal,
  MilestoneProposal,
  Proposal,
  StructuredDocument,
} from '../types';
import { forceOf, kindOf, partyOf, voiceOf, type Voice } from './criterion-rules';
import { findDates, UNDATED_WHEN, type DateMention } from './dates';
import { splitSentences } from './sentences';
import { topicOf } from './topic';
import { termsIn, type Vocabulary } from './vocabulary';

export type { Vocabulary } from './vocabulary';
export { loadVocabulary } from './vocabulary';

export interface ProposeOptions {
  /** The year a date written without one falls in when its table names none (the document's year). */
  year?: number;
}

interface Scope {
  appliesTo: string[];
  careTypes: string[];
  rules: string[];
  /** Per section (its heading path, joined), the provider type its text names most: whom "u" means there. */
  sections?: Map<string, string>;
}

const sectionKey = (path: string[]) => path.join('\u0000');

/**
 * The provider type each section is about: the one its text names most often (at least twice, and at least
 * half of its mentions of provider types). In a section on zorggroepen, "u" and "de zorgaanbieder" are the
 * zorggroep, though a sentence need not say so.
 */
function sectionProviderTypes(doc: StructuredDocument, vocabulary: Vocabulary): Map<string, string> {
  const roots = new Set(vocabulary.providerTypes.filter((p) => !p.broader?.length).map((p) => p.key));
  const counts = new Map<string, Map<string, number>>();
  for (const block of doc.blocks) {
    const named = termsIn(block.kind === 'heading' ? '' : block.text, vocabulary.providerTypes).filter(
      (k) => !roots.has(k),
    );
    for (let n = 1; n <= block.headingPath.length; n++) {
      const key = sectionKey(block.headingPath.slice(0, n));
      const c = counts.get(key) ?? new Map<string, number>();
      for (const k of named) c.set(k, (c.get(k) ?? 0) + 1);
      counts.set(key, c);
    }
  }
  const dominant = new Map<string, string>();
  for (const [section, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [top] = [...c].sort((a, b) => b[1] - a[1]);
    if (top && top[1] >= 2 && top[1] * 2 >= total) dominant.set(section, top[0]);
  }
  return dominant;
}

/**
 * Proposes statements from a structured document: a criterion for every sentence or bullet that states
 * something, a milestone for every dated step (planning rows and dates in the text), and a change for
 * every row of a change table.
 */
export function proposeStatements(
  doc: StructuredDocument,
  vocabulary: Vocabulary,
  options: ProposeOptions = {},
): Proposal[] {
  const out: Proposal[] = [];
  const documentScope = { ...scopeOfDocument(doc, vocabulary), sections: sectionProviderTypes(doc, vocabulary) };
  const voice = voiceOf(doc.lines);
  const table: TableState = {};
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    const continuesTable = previous?.kind === 'table-row' && previous.table === block.table;
    previous = block;
    if (block.kind === 'heading') continue;
    if (block.kind === 'table-row') {
      if (!continuesTable) table.year = undefined;
      out.push(...fromTableRow(block, vocabulary, documentScope, options, table));
      continue;
    }
    const change = documentedChange(block, vocabulary, documentScope);
    if (change) out.push(change);
    const sentences = block.kind === 'bullet' ? [{ text: block.text, start: 0 }] : splitSentences(block.text);
    for (const s of sentences) {
      const criterion = criterionFrom(s.text, block, vocabulary, documentScope, voice);
      if (criterion) out.push(criterion);
      for (const d of findDates(s.text)) out.push(milestoneFrom(d, s.text, block, vocabulary, documentScope));
    }
  }
  return out;
}

/** The title area (the first lines before the first paragraph of running text) names what the document covers. */
function scopeOfDocument(doc: StructuredDocument, vocabulary: Vocabulary): Scope {
  const firstParagraph = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 120);
  const end = Math.min(firstParagraph?.lineStart ?? 20, 20);
  // "Voor ZBC's verwijzen wij u naar …": what the opening refers elsewhere is outside the document's scope.
  const title = doc.lines
    .slice(0, end)
    .filter((l) => !/\bverwijz(?:en|t)\b|\bverwezen\b|\bzie\b/iu.test(l))
    .join(' ');
  return scopeOf(title, [], vocabulary, { appliesTo: [], careTypes: [], rules: [] }, 'document');
}

/** "m.u.v. ZBC's", "met uitzondering van", "behalve": the types named after these are the ones left out. */
const EXCEPTED = /(?:\bm\.u\.v\.|\bmet uitzondering van\b|\bbehalve\b|\buitgezonderd\b)[^,.;:()]*/giu;

function scopeOf(
  rawText: string,
  rawHeadingPath: string[],
  vocabulary: Vocabulary,
  fallback: Scope,
  source = 'tekst',
): Scope {
  const rules: string[] = [];
  const text = rawText.replace(EXCEPTED, ' ');
  const headingPath = rawHeadingPath.map((h) => h.replace(EXCEPTED, ' '));
  // "De zorgaanbieder" is every provider: a heading or the document says which ones are meant.
  const generic = termsIn(text, vocabulary.providerTypes);
  const roots = new Set(vocabulary.providerTypes.filter((p) => !p.broader?.length).map((p) => p.key));
  let appliesTo = generic.every((k) => roots.has(k)) ? [] : generic;
  let careTypes = termsIn(text, vocabulary.careTypes);
  if (appliesTo.length) rules.push(`scope:${source}`);
  // The nearest heading that names a provider type scopes the statements under it ("zorgaanbieders" in a
  // heading names no type: the care type says which providers are meant).
  for (let i = headingPath.length - 1; i >= 0 && appliesTo.length === 0; i--) {
    appliesTo = termsIn(headingPath[i] ?? '', vocabulary.providerTypes).filter((k) => !roots.has(k));
    if (appliesTo.length) rules.push('scope:kop');
  }
  for (let i = headingPath.length - 1; i >= 0 && careTypes.length === 0; i--)
    careTypes = termsIn(headingPath[i] ?? '', vocabulary.careTypes);
  if (careTypes.length === 0) careTypes = fallback.careTypes;
  // Unnamed, the provider is the one the section is about.
  const type = rawHeadingPath.length > 0 ? fallback.sections?.get(sectionKey(rawHeadingPath)) : undefined;
  if (appliesTo.length === 0 && type) {
    appliesTo = [type];
    rules.push('scope:sectie');
  }
  // A care type named without a provider: its providers ("Aanbieder <care type>") are meant.
  if (appliesTo.length === 0 && careTypes.length > 0) {
    const names = new Set(
      vocabulary.careTypes.filter((c) => careTypes.includes(c.key)).map((c) => `aanbieder ${c.nameNl.toLowerCase()}`),
    );
    appliesTo = vocabulary.providerTypes.filter((p) => names.has(p.nameNl.toLowerCase())).map((p) => p.key);
    if (appliesTo.length) rules.push('scope:aanbieder-zorgsoort');
  }
  if (appliesTo.length === 0 && fallback.appliesTo.length) {
    appliesTo = fallback.appliesTo;
    rules.push('scope:document');
  }
  if (appliesTo.length === 0) appliesTo = generic;
  return { appliesTo, careTypes, rules };
}

const STRUCK = /~~/;

function base(block: Block, quote: string) {
  const headingPath = block.headingPath;
  return {
    lineStart: block.lineStart,
    lineEnd: block.lineEnd,
    quote,
    heading: headingPath.at(-1),
    headingPath,
  };
}

function criterionFrom(
  raw: string,
  block: Block,
  vocabulary: Vocabulary,
  documentScope: Scope,
  voice: Voice = {},
): CriterionProposal | undefined {
  const text = plainText(raw).replace(/^(?:[-–•*✓]|\d{1,2}[.)]|[a-z][).])\s+/, '');
  const words = text.replace(/~~/g, '').split(/\s+/).filter(Boolean);
  // Fragments, questions and lead-ins state nothing of their own.
  if (words.length < 4 || /\?\s*$/.test(text)) return undefined;
  // A lead-in ending in a colon introduces the list after it: the items state, the lead-in is their heading.
  if (/:\s*$/.test(text.replace(/~~/g, ''))) return undefined;
  if (!/\p{Ll}/u.test(text)) return undefined;
  const party = partyOf(text, voice);
  const force = forceOf(text, party.value, block.headingPath, voice);
  const kind = kindOf(text, block.headingPath, party.value, force.value);
  const scope = scopeOf(text, block.headingPath, vocabulary, documentScope);
  const topic = topicOf(text, block.headingPath.join(' '), vocabulary);
  const rules = [party.rule, force.rule, kind.rule, ...scope.rules];
  if (STRUCK.test(raw)) rules.push('withdrawn:doorgehaald');
  if (topic) rules.push(`topic:${topic}`);
  return {
    type: 'criterion',
    ...base(block, raw.trim()),
    kind: kind.value,
    party: party.value,
    force: force.value,
    topic,
    appliesTo: scope.appliesTo,
    careTypes: scope.careTypes,
    rules,
    confidence: round((party.confidence + force.confidence + kind.confidence) / 3),
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

function milestoneFrom(
  d: DateMention,
  sentence: string,
  block: Block,
  vocabulary: Vocabulary,
  documentScope: Scope,
  action = sentence,
): MilestoneProposal {
  const scope = scopeOf(sentence, block.headingPath, vocabulary, documentScope);
  // A bare day in a planning row whose action is a deadline ("Uiterlijke indieningsdatum offerte") is due by it.
  const due = d.qualifier === 'on' && action !== sentence && /\buiterlijke?\b|\buiterste\b|\bdeadline\b/iu.test(action);
  return {
    type: 'milestone',
    ...base(block, sentence.trim()),
    action: plainText(action).replace(/~~/g, ''),
    dateText: d.text,
    date: d.date,
    dateEnd: d.dateEnd,
    dateQualifier: due ? 'by' : d.qualifier,
    datePrecision: d.precision,
    relativeTerm: d.relativeTerm,
    appliesTo: scope.appliesTo,
    careTypes: scope.careTypes,
    rules: [...d.rules, ...(due ? ['date:actie-uiterste'] : []), ...scope.rules],
    confidence: d.precision === 'unspecified' ? 0.5 : 0.8,
  };
}

/** The year a table names for its dates: in a header cell ("Wanneer (2022)") or a row that is only a year. */
function tableYear(block: Block): number | undefined {
  const m = /\b((?:19|20)\d{2})\b/.exec((block.table?.header ?? []).join(' '));
  return m ? Number(m[1]) : undefined;
}

/** What a table's earlier rows say about the later ones. */
interface TableState {
  year?: number;
}

function fromTableRow(
  block: Block,
  vocabulary: Vocabulary,
  documentScope: Scope,
  options: ProposeOptions,
  state: TableState,
): Proposal[] {
  const cells = block.cells ?? [];
  const table = block.table;
  if (!table) return [];
  const isHeader = table.header !== undefined && table.header.join('\t') === cells.join('\t');
  const headingPath = block.headingPath;
  if (table.kind === 'planning') {
    // A row holding only a year ("2024") sets the year of the rows below it.
    const yearCell = /^((?:19|20)\d{2})$/.exec(cells[0] ?? '');
    if (yearCell) state.year = Number(yearCell[1]);
    if (isHeader || cells.slice(1).every((c) => c === '')) return [];
    const year = tableYear(block) ?? state.year ?? options.year;
    let found: DateMention | undefined;
    let dateCell = -1;
    // The column the header names as the date ("Datum", "Wanneer") is read first: an action cell may name a
    // day of its own ("Versturen e-mail 'De route naar 12 november'").
    const dateColumn = (table.header ?? []).findIndex((h) => /\b(?:datum|wanneer|deadline|termijn|periode)\b/i.test(h));
    const order = [...cells.entries()].sort(([a], [b]) => Number(b === dateColumn) - Number(a === dateColumn));
    for (const [i, cell] of order) {
      if (found) break;
      if (/^(?:19|20)\d{2}$/.test(cell)) continue;
      const d = findDates(cell, year).find((x) => x.precision !== 'unspecified' || x.relativeTerm);
      if (d) {
        found = d;
        dateCell = i;
      } else if (UNDATED_WHEN.test(cell.trim()) || RELATIVE_CELL.test(cell)) {
        found = {
          text: cell,
          index: 0,
          qualifier: 'unspecified',
          precision: 'unspecified',
          relativeTerm: RELATIVE_CELL.test(cell) ? cell : undefined,
          rules: ['date:ongedateerd'],
        };
        dateCell = i;
      }
    }
    const action =
      cells.find((c, i) => i !== dateCell && c !== '' && !/^(?:19|20)\d{2}$/.test(c) && /\p{L}{3}/u.test(c)) ?? '';
    const d: DateMention = found ?? {
      text: '',
      index: 0,
      qualifier: 'unspecified',
      precision: 'unspecified',
      rules: ['date:geen'],
    };
    const m = milestoneFrom(d, block.text, { ...block, headingPath }, vocabulary, documentScope, action);
    if (!found) m.dateText = undefined;
    return [m];
  }
  if (table.kind === 'change') {
    if (isHeader) return [];
    return [changeFrom(block, vocabulary, documentScope)];
  }
  if (table.kind === 'contact' && !isHeader) {
    const text = cells.filter(Boolean).join(' — ');
    const c = criterionFrom(text, block, vocabulary, documentScope);
    if (c) return [{ ...c, quote: block.text, kind: 'contact-route', rules: [...c.rules, 'kind:contacttabel'] }];
  }
  return [];
}

const RELATIVE_CELL = /\b(?:binnen|na|weken|dagen|werkdagen)\b/i;

function changeEffect(text: string): { effect: ChangeProposal['effect']; rule: string } {
  const t = text.toLowerCase();
  if (
    /\bvervalt\b|\bvervallen\b|\bniet meer\b|\bgeschrapt\b|\bverwijderd\b|\bgeen nieuwe\b|\bstopt?\b|\bbeëindig/.test(t)
  )
    return /\bniet meer\b|\bstop|\bbeëindig|\bgeen nieuwe/.test(t)
      ? { effect: 'discontinued', rule: 'change:niet-meer' }
      : { effect: 'removed', rule: 'change:vervalt' };
  if (/\bnieuw\b|\bnieuwe\b|\btoegevoegd\b|\bopgenomen\b|\bnog niet van toepassing\b|\bintroductie\b/.test(t))
    return { effect: 'added', rule: 'change:nieuw' };
  if (/\bgewijzigd\b|\baangepast\b|\bverduidelijk|\bsamengevoegd\b|\bverbreed|\bverbreding\b|\bwijziging\b/.test(t))
    return { effect: 'changed', rule: 'change:gewijzigd' };
  return { effect: 'other', rule: 'change:overig' };
}

/**
 * A heading over the changes a document lists: "Wijzigingen ten opzichte van 2024", "Belangrijkste
 * wijzigingen", "Wat is er nieuw"; not one that speaks of changes ("Tussentijdse aanpassingen door
 * beleidswijzigingen").
 */
const CHANGES_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:belangrijkste\s+|overzicht\s+(?:van\s+)?(?:de\s+|alle\s+)?)?(?:wijzigingen|veranderingen)(?:\s+(?:ten opzichte van|t\.o\.v\.|in|per|sinds|voor)\b.*)?|wat is er (?:nieuw|veranderd)\b.*)$/iu;

/**
 * A change the text documents outside a table: each item of a list under a changes heading ("- In hoofdstuk 3
 * is een voorwaarde … toegevoegd"), and each paragraph under a subheading of such a section, the subheading
 * being what changed. The section's own introduction ("Het beleid is op enkele punten gewijzigd") is none.
 */
function documentedChange(block: Block, vocabulary: Vocabulary, documentScope: Scope): ChangeProposal | undefined {
  const path = block.headingPath;
  const at = path.findIndex((h) => CHANGES_HEADING.test(h) && !h.trim().endsWith(':'));
  if (at < 0 || block.kind === 'heading' || block.kind === 'table-row') return undefined;
  const isItem = block.kind === 'bullet';
  const underSubheading = at < path.length - 1 && !(path.at(-1) ?? '').trim().endsWith(':');
  if (!isItem && !underSubheading) return undefined;
  const text = plainText(block.text).replace(/^[-–•*]\s*/, '');
  const subject = underSubheading && !isItem ? plainText(path.at(-1) ?? '') : text;
  const e = changeEffect(text);
  const scope = scopeOf(block.text, path, vocabulary, documentScope);
  return {
    type: 'change',
    ...base(block, block.text),
    subject,
    effect: e.effect,
    appliesTo: scope.appliesTo,
    careTypes: scope.careTypes,
    rules: [e.rule, isItem ? 'change:lijst-onder-wijzigingen' : 'change:kop-onder-wijzigingen', ...scope.rules],
    confidence: e.effect === 'other' ? 0.35 : 0.55,
  };
}

function changeFrom(block: Block, vocabulary: Vocabulary, documentScope: Scope): ChangeProposal {
  const cells = block.cells ?? [];
  const header = (block.table?.header ?? []).map((h) => h.toLowerCase());
  const subject = plainText(cells[0] ?? '');
  let before: string | undefined;
  let after: string | undefined;
  if (cells.length >= 3) {
    // Two columns after the subject: the old and the new ("Beleid 2023" / "Beleid 2024", "was" / "wordt").
    before = plainText(cells[1] ?? '') || undefined;
    after = plainText(cells[2] ?? '') || undefined;
  } else if (header.some((h) => /\bwordt\b|\bnieuw\b/.test(h))) {
    after = plainText(cells[1] ?? '') || undefined;
  }
  const body = cells.slice(1).join(' ');
  const e = changeEffect(`${body} ${subject}`);
  const scope = scopeOf(block.text, block.headingPath, vocabulary, documentScope);
  return {
    type: 'change',
    ...base(block, block.text),
    subject,
    before,
    after,
    effect: e.effect,
    appliesTo: scope.appliesTo,
    careTypes: scope.careTypes,
    rules: [e.rule, 'change:tabelrij', ...scope.rules],
    confidence: e.effect === 'other' ? 0.4 : 0.6,
  };
}
