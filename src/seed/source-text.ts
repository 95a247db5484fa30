import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The source documents as lines, and the normalisation under which quotes are compared: the markup the
 * plain-text conversion added (strike-through `~~`, bold `**`, `[text](#)` links, escaped brackets) is not
 * part of the words, and line breaks and runs of white space are not significant.
 */
export function normalizeForQuote(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/~~/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([()[\]])/g, '$1')
    .replace(/<\/?p>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SourceText {
  fileName: string;
  lines: string[];
  sha256: string;
}

export function readSourceText(sourcesDir: string, fileName: string): SourceText {
  const raw = readFileSync(join(sourcesDir, fileName), 'utf8');
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return { fileName, lines, sha256: createHash('sha256').update(raw).digest('hex') };
}

/** The cited passage (1-based, inclusive), normalised; undefined when the range lies outside the text. */
export function passage(source: SourceText, lineStart: number, lineEnd: number): string | undefined {
  if (lineStart < 1 || lineEnd < lineStart || lineEnd > source.lines.length) return undefined;
  return normalizeForQuote(source.lines.slice(lineStart - 1, lineEnd).join('\n'));
}

/** Whether the given words stand struck through (`~~...~~`) in the cited lines. */
export function isStruckThrough(source: SourceText, lineStart: number, lineEnd: number, words: string): boolean {
  const raw = source.lines.slice(lineStart - 1, lineEnd).join('\n');
  const target = normalizeForQuote(words);
  for (const match of raw.matchAll(/~~([\s\S]*?)~~/g)) {
    if (normalizeForQuote(match[1] ?? '').includes(target)) return true;
  }
  return false;
}
