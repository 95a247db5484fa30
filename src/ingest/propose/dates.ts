import type { MilestoneProposal } from '../types';

/**
 * Dates as Dutch policy texts write them, with the word before them that says how the date bounds the
 * step: "vóór 1 juli" (before: the last day is 30 June), "uiterlijk" (by), "ná 1 juli" (after: from
 * 2 July), "vanaf/per/sinds" (from), "in/gedurende" (during), "rond/omstreeks" (around). A relative term
 * ("binnen 2 weken") is kept as written: its anchor is an event, not a day.
 */

export type DateQualifier = MilestoneProposal['dateQualifier'];
export type DatePrecision = MilestoneProposal['datePrecision'];

export interface DateMention {
  /** The words as written, qualifier included. */
  text: string;
  index: number;
  qualifier: DateQualifier;
  precision: DatePrecision;
  date?: string;
  dateEnd?: string;
  relativeTerm?: string;
  rules: string[];
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTH = `(?:${MONTHS.join('|')})`;
const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const QUALIFIER_WORDS =
  '(?:tot uiterlijk|uiterlijk|bij voorkeur vóór|bij voorkeur voor|vóór|voor|ná|na|vanaf|per|sinds|in|gedurende|rond|omstreeks|op|tot)';
const PART = '(?:begin|half|medio|eind)';
const YEAR = '(?:19|20)\\d{2}';

/** Longest forms first: a range before a single day, a day before a month, a month before a year. */
const CORE = [
  `\\d{1,2}\\s+${MONTH}\\s*[–-]\\s*\\d{1,2}\\s+${MONTH}(?:\\s+${YEAR})?`,
  `\\d{1,2}\\s*[–-]\\s*\\d{1,2}\\s+${MONTH}(?:\\s+${YEAR})?`,
  `${MONTH}(?:\\s*[–-]\\s*|\\s+en\\s+|\\s+tot\\s+)${MONTH}(?:\\s+${YEAR})?`,
  `\\d{1,2}\\s+${MONTH}(?:\\s+${YEAR})?`,
  `\\d{1,2}-\\d{1,2}-${YEAR}`,
  `(?:${PART}\\s+)?${MONTH}(?:\\s+${YEAR})?`,
  `(?:${PART}\\s+)?${YEAR}\\s*[–-]\\s*${YEAR}`,
  `(?:${PART}\\s+)?${YEAR}`,
].join('|');

const DATE_RE = new RegExp(`(?:\\b(${QUALIFIER_WORDS})\\s+)?\\(?\\b(${CORE})\\b`, 'giu');
const RELATIVE_RE =
  /\b(?:binnen|uiterlijk|na|reactietermijn(?: van)?)\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|acht|tien)\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand)\b(?:\s+(?:na|nadat)\b[^.;,]*)?|\b(?:\d+|een|twee|drie|vier|vijf|zes)\s+(?:werk)?(?:dagen|weken|maanden)\s+na\b[^.;,]*/giu;

function qualifierOf(word: string | undefined): { qualifier: DateQualifier; rule: string } | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('uiterlijk') || w === 'tot') return { qualifier: 'by', rule: 'date:uiterlijk' };
  if (w.endsWith('vóór') || w.endsWith('voor')) return { qualifier: 'before', rule: 'date:voor' };
  if (w === 'ná' || w === 'na') return { qualifier: 'after', rule: 'date:na' };
  if (w === 'vanaf' || w === 'per' || w === 'sinds') return { qualifier: 'from', rule: `date:${w}` };
  if (w === 'in' || w === 'gedurende') return { qualifier: 'during', rule: `date:${w}` };
  if (w === 'rond' || w === 'omstreeks') return { qualifier: 'around', rule: `date:${w}` };
  if (w === 'op') return { qualifier: 'on', rule: 'date:op' };
  return undefined;
}

interface Parsed {
  precision: DatePrecision;
  date?: string;
  dateEnd?: string;
  /** A range or a month is a span; a day is a point. */
  span: boolean;
  part?: string;
}

function parseCore(core: string, fallbackYear: number | undefined): Parsed {
  const c = core.toLowerCase().replace(/\s+/g, ' ');
  const years = [...c.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const year = years.at(-1) ?? fallbackYear;
  const months = [...c.matchAll(new RegExp(MONTH, 'g'))].map((m) => monthNumber(m[0]));
  // In a core without a numeric date, every number of one or two digits is a day.
  const days = [...c.matchAll(/\b(\d{1,2})\b/g)].map((m) => Number(m[1]));
  const part = /^(begin|half|medio|eind)\b/.exec(c)?.[1];

  const numeric = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(c);
  if (numeric) {
    const [, d, mo, y] = numeric.map(Number);
    return { precision: 'day', date: iso(y ?? 0, mo ?? 1, d ?? 1), span: false };
  }

  const [y1 = 0, y2 = 0] = years;
  const [d1 = 1, d2] = days;
  if (months.length === 0) {
    // Years only.
    if (years.length >= 2) return { precision: 'period', date: iso(y1, 1, 1), dateEnd: iso(y2, 12, 31), span: true };
    if (part === 'half' || part === 'medio') return { precision: 'year', date: iso(y1, 1, 1), span: true, part };
    return { precision: 'year', date: iso(y1, 1, 1), dateEnd: iso(y1, 12, 31), span: true, part };
  }
  if (year === undefined) return { precision: 'unspecified', span: months.length > 1 || days.length === 0, part };

  if (months.length >= 2 || days.length >= 2) {
    const m1 = months[0] ?? 1;
    const m2 = months.at(-1) ?? m1;
    return {
      precision: 'period',
      date: iso(year, m1, d1),
      dateEnd: iso(year, m2, d2 ?? lastDay(year, m2)),
      span: true,
    };
  }
  const m = months[0] ?? 1;
  if (days.length === 1) return { precision: 'day', date: iso(year, m, d1), span: false };
  if (part === 'half' || part === 'medio') return { precision: 'mid-month', date: iso(year, m, 15), span: false, part };
  return { precision: 'month', date: iso(year, m, 1), dateEnd: iso(year, m, lastDay(year, m)), span: true, part };
}

/** Every date and relative term in a text, in order. `year` fills a date written without one (a table's year). */
export function findDates(text: string, year?: number): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const word = m[1];
    const core = m[2] ?? '';
    const index = m.index;
    const q = qualifierOf(word);
    const bareYear = /^\(?(?:19|20)\d{2}$/.test(core.trim());
    // A bare year is a label ("Inkoopbeleid 2024"), not a date, unless a preposition binds it.
    if (bareYear && !q) continue;
    if (bareYear && q?.qualifier === 'on') continue;
    // "voor 2024" names the year a thing is for, not a deadline before it.
    if (bareYear && q?.qualifier === 'before') continue;
    // "in 2023 gecontracteerde zorgaanbieders": a year before a participle says which ones, not when.
    if (bareYear && /^\s+ge\p{L}+(?:de|te|en)\b/u.test(text.slice(index + m[0].length))) continue;
    const parsed = parseCore(core, year);
    // Without a preposition, the noun before the date says which end it is: "ingangsdatum 1 januari" is
    // from, "uiterste indieningsdatum 15 juli" is by.
    const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
    const noun = q
      ? undefined
      : /(?:ingangsdatum|startdatum|met ingang van|ingaande?)\s*:?\s*$/u.test(before)
        ? { qualifier: 'from' as const, rule: 'date:ingangsdatum' }
        : /(?:uiterste|uiterlijke)\s+\p{L}*datum\s*:?\s*$|(?:deadline|sluitingsdatum)\s*:?\s*$/u.test(before)
          ? { qualifier: 'by' as const, rule: 'date:uiterste-datum' }
          : undefined;
    let qualifier: DateQualifier = q?.qualifier ?? noun?.qualifier ?? (parsed.span ? 'during' : 'on');
    const rules = [q?.rule ?? noun?.rule ?? (parsed.span ? 'date:span' : 'date:day')];
    let { date, dateEnd } = parsed;
    const precision = parsed.precision;
    if (parsed.part === 'half' || parsed.part === 'medio') {
      if (!q) qualifier = 'around';
      rules.push('date:half');
    }
    if (parsed.part === 'begin' && precision === 'year') {
      qualifier = q?.qualifier === 'by' ? 'by' : 'during';
      rules.push('date:begin-year');
    }
    if (date && qualifier === 'before' && precision === 'day') date = shift(date, -1);
    if (date && qualifier === 'after' && precision === 'day') date = shift(date, 1);
    // From a year or a day on: an open end.
    if (qualifier === 'from' || qualifier === 'on' || (qualifier === 'by' && precision !== 'month')) {
      if (precision === 'year' || precision === 'day') dateEnd = undefined;
    }
    if (precision === 'unspecified') {
      date = undefined;
      dateEnd = undefined;
    }
    found.push({ text: m[0].replace(/^\(/, ''), index, qualifier, precision, date, dateEnd, rules });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    found.push({
      text: m[0].trim(),
      index: m.index,
      qualifier: 'unspecified',
      precision: 'unspecified',
      relativeTerm: m[0].trim(),
      rules: ['date:relative'],
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words in a planning cell that name no date but say when: an ongoing or event-bound step. */
export const UNDATED_WHEN = /^(doorlopend|het hele jaar( door)?|na .+|zodra .+|continu|n\.?v\.?t\.?)$/i;
