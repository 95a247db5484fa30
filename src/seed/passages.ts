import { structure } from '../ingest/structure';
import type { SourceText } from './source-text';

/** A paragraph of a source text: a block of lines between blank lines, as the text file has them. */
export interface Paragraph {
  firstLine: number;
  lastLine: number;
  /** The lines exactly as the file has them, joined by line breaks. */
  text: string;
  /** The heading it stands under, as the source writes it; null before the first heading. */
  heading: string | null;
}

const isBlank = (line: string): boolean => line.trim() === '';

/**
 * The paragraphs of a source text, in reading order: every maximal run of non-blank lines (a heading, a
 * paragraph, a list, table rows), each with the heading it stands under as the ingest's reading of the
 * document's structure finds it (src/ingest/structure.ts).
 */
export function paragraphsOf(source: SourceText): Paragraph[] {
  const { blocks } = structure(source.lines);
  // The innermost heading each line stands under; a heading line itself stands under its parent.
  const headingAt = new Map<number, string>();
  for (const b of blocks) {
    const under = b.headingPath.at(-1);
    if (under !== undefined) for (let l = b.lineStart; l <= b.lineEnd; l++) headingAt.set(l, under);
  }
  const paragraphs: Paragraph[] = [];
  let start: number | undefined;
  const close = (end: number) => {
    if (start === undefined) return;
    paragraphs.push({
      firstLine: start,
      lastLine: end,
      text: source.lines.slice(start - 1, end).join('\n'),
      heading: headingAt.get(start) ?? null,
    });
    start = undefined;
  };
  source.lines.forEach((line, i) => {
    if (isBlank(line)) close(i);
    else start ??= i + 1;
  });
  close(source.lines.length);
  return paragraphs;
}

/** A paragraph's key: its document's key and its first line, e.g. `doc-001-l201`. */
export const passageKey = (documentKey: string, firstLine: number): string => `${documentKey}-l${firstLine}`;
