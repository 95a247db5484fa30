import type { Block, StructuredDocument, TableKind } from './types';

/**
 * Finds a document's sections, lists, paragraphs and tables from its lines alone, the way a reader does:
 * numbered and short title-like lines are headings, marked lines are bullets, tab-separated lines are
 * table rows, and everything else is a paragraph. Struck text (`~~…~~`) stays in the text: withdrawn
 * wording is history a proposal must be able to cite and mark.
 */

const BULLET = /^\s*(?:[-–•*✓]|\d{1,2}[.)]|[a-z][).])\s+/;
const NUMBERED_HEADING = /^(?:(\d+(?:\.\d+)*)\.?|Bijlage\s+\d+[.:]?|Hoofdstuk\s+\d+[.:]?)\s+\S/i;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*)$/;
/** Words that point at what follows: "onderstaande voorwaarden", "de volgende eisen", "als volgt", "hieronder". */
const ANNOUNCES_LIST = /\b(?:onderstaande?|hieronder|hierna|de volgende|als volgt)\b|:\s*$/iu;

/** Markup that carries no words: emphasis and link brackets, not the struck-text markers. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#?[^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/<\/?p>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
const endsLikeSentence = (text: string): boolean => /[.;!?,]["'”)]?$/.test(text.trim());

/** A short line without sentence punctuation that starts with a capital or digit reads as a title. */
function titleLike(text: string): boolean {
  const t = plainText(text).replace(/~~/g, '');
  if (t.length === 0 || t.length > 90) return false;
  if (endsLikeSentence(t) || t.endsWith(':')) return false;
  if (!/^[\p{Lu}\d'‘"]/u.test(t)) return false;
  // A title has few words; a fragment of running text has many.
  return t.split(/\s+/).length <= 12;
}

interface Heading {
  level: number;
  text: string;
}

function headingLevel(text: string): number | undefined {
  const md = MARKDOWN_HEADING.exec(text);
  if (md) return (md[1] ?? '#').length;
  const num = NUMBERED_HEADING.exec(text);
  if (num) return num[1] ? num[1].split('.').length : 1;
  return undefined;
}

const DATE_CELL =
  /\b(?:\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|doorlopend|uiterlijk|wanneer)\b/i;

/** What a table is for, from its header and rows and the heading it stands under. */
export function tableKind(rows: string[][], context: string): TableKind {
  // A table of contents (chapter titles with their page numbers) names what the document holds, not a change.
  const paged = rows.filter((r) => /^\d{1,3}$/.test((r.at(-1) ?? '').trim())).length;
  if (/\binhoud(?:sopgave)?\b/i.test(context) || (rows.length >= 3 && paged === rows.length)) return 'other';
  const header = (rows[0] ?? []).join(' ').toLowerCase();
  const all = rows.map((r) => r.join(' ')).join(' ');
  const around = `${context} ${header}`.toLowerCase();
  if (
    /wijziging|ten opzichte van|t\.o\.v\.|\bwas\b.*\bwordt\b|\boud\b.*\bnieuw\b|beleid \d{4}.*beleid \d{4}/.test(around)
  )
    return 'change';
  // A table with a date column, or dated rows, is a planning, even in a section on "planning en
  // bereikbaarheid" or with e-mail addresses in its "Via" column.
  const dated = rows.filter((r) => r.some((c) => DATE_CELL.test(c))).length;
  if (/\b(?:datum|data|wanneer|deadline|termijn)\b/.test(header) || (rows.length >= 3 && dated >= rows.length / 2))
    return 'planning';
  if (/contact|e-mail|telefoon|bereikbaar|vragen over/.test(around) || (all.includes('@') && !DATE_CELL.test(header)))
    return 'contact';
  if (/planning|wanneer|datum|uiterlijk|periode|tijdpad|deadline/.test(around) || dated >= Math.max(2, rows.length / 2))
    return 'planning';
  return 'other';
}

/** A first row is a header when its cells are short labels, none of them a sentence or a date. */
function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return (
    filled.length >= 2 &&
    filled.every((c) => c.length <= 40 && !endsLikeSentence(c) && !/\d{1,2}\s+\p{L}+\s+\d{4}/u.test(c))
  );
}

export function structure(lines: string[]): StructuredDocument {
  const blocks: Block[] = [];
  const stack: Heading[] = [];
  let lastNumberedLevel = 0;
  // A lead-in ("…de volgende eisen:") heads the bullets that follow it.
  let leadIn: string | undefined;

  const at = (k: number): string => lines[k] ?? '';
  const path = (): string[] => stack.map((h) => h.text);
  const pathWithLeadIn = (): string[] => (leadIn ? [...path(), leadIn] : path());

  // Whether the current section's last paragraph announces a list below it, and if so, how deep the stack
  // was under that section's heading (its list subsections nest there).
  let announces = false;
  let listParent: number | undefined;
  const headsList = (k: number): boolean => {
    let j = k;
    while (j < lines.length && isBlank(at(j))) j++;
    return BULLET.test(at(j));
  };

  const pushHeading = (level: number, text: string, lineNo: number): void => {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    blocks.push({ kind: 'heading', lineStart: lineNo, lineEnd: lineNo, text, headingPath: path() });
    stack.push({ level, text });
    leadIn = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    const raw = at(i);
    const lineNo = i + 1;
    if (isBlank(raw)) {
      i++;
      continue;
    }

    if (raw.includes('\t')) {
      const start = i;
      const rows: string[][] = [];
      // Blank lines inside a table are layout; the table goes on while tab-separated rows follow.
      while (i < lines.length && (at(i).includes('\t') || (isBlank(at(i)) && at(i + 1).includes('\t')))) {
        if (at(i).includes('\t'))
          rows.push(
            at(i)
              .split('\t')
              .map((c) => c.trim()),
          );
        i++;
      }
      const context = [...path(), leadIn ?? ''].slice(-2).join(' ');
      const kind = tableKind(rows, context);
      const header = rows[0] && looksLikeHeader(rows[0]) ? rows[0] : undefined;
      // One object per table, so that a row's table is recognisably its neighbour's.
      const table = header ? { kind, header } : { kind };
      let r = 0;
      for (let j = start; j < i; j++) {
        if (!at(j).includes('\t')) continue;
        const cells = rows[r++] ?? [];
        blocks.push({
          kind: 'table-row',
          lineStart: j + 1,
          lineEnd: j + 1,
          text: cells.join('\t'),
          headingPath: pathWithLeadIn(),
          cells,
          table,
        });
      }
      continue;
    }

    const text = raw.trim();
    const md = MARKDOWN_HEADING.exec(text);
    if (md) {
      pushHeading((md[1] ?? '#').length, (md[2] ?? '').trim(), lineNo);
      i++;
      continue;
    }

    const bullet = BULLET.exec(text);
    const numbered = NUMBERED_HEADING.exec(text);
    if (numbered && !text.startsWith('-') && titleLike(text.replace(/^\S+\s+/, 'X '))) {
      const level = headingLevel(text) ?? 1;
      lastNumberedLevel = level;
      listParent = undefined;
      announces = false;
      pushHeading(level, text, lineNo);
      i++;
      continue;
    }

    if (bullet) {
      blocks.push({ kind: 'bullet', lineStart: lineNo, lineEnd: lineNo, text, headingPath: pathWithLeadIn() });
      i++;
      continue;
    }

    // A short title-like line standing alone, followed by text, is an unnumbered section heading.
    if (titleLike(text) && (isBlank(at(i + 1)) || i + 1 >= lines.length)) {
      // A section that announces what follows ("onderstaande voorwaarden", "de volgende eisen") is split by
      // short titles that each head a list ("Algemeen", "Kwaliteit", "Aanvullend voor ELV"): those titles
      // are its subsections, so the announcing heading stays on their path.
      const level = lastNumberedLevel + 1;
      if (headsList(i + 1) && (announces || (listParent !== undefined && stack.length > listParent))) {
        listParent ??= stack.length;
        while (stack.length > listParent) stack.pop();
        pushHeading(level + listParent, text, lineNo);
      } else {
        listParent = undefined;
        pushHeading(level, text, lineNo);
      }
      announces = false;
      i++;
      continue;
    }

    // Consecutive non-blank lines of running text are one paragraph.
    const start = i;
    const parts: string[] = [text];
    i++;
    while (
      i < lines.length &&
      !isBlank(at(i)) &&
      !at(i).includes('\t') &&
      !BULLET.test(at(i)) &&
      !MARKDOWN_HEADING.test(at(i).trim())
    ) {
      parts.push(at(i).trim());
      i++;
    }
    const paragraph = parts.join(' ');
    blocks.push({ kind: 'paragraph', lineStart: start + 1, lineEnd: i, text: paragraph, headingPath: path() });
    leadIn = plainText(paragraph).replace(/~~/g, '').endsWith(':') ? paragraph : undefined;
    announces = ANNOUNCES_LIST.test(paragraph);
  }
  return { lines, blocks };
}
