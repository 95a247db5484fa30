import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { SEED_LIMITS, sizeText } from './seed-limits';

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

/**
 * Where a document's `fileName` is, confined to the seed's sources folder: the real path (links followed) must
 * be a regular file inside that folder, of at most SEED_LIMITS.sourceFileBytes. Anything else is a problem
 * saying why (an absolute path, `..` out of the folder, a link leading out, a directory, a device such as
 * /dev/zero, a file too large), found before a byte of it is read.
 */
export function sourceFile(sourcesDir: string, fileName: string): { path: string } | { problem: string } {
  if (isAbsolute(fileName))
    return { problem: `must name a file in seed/sources/, not an absolute path (got ${JSON.stringify(fileName)})` };
  let root: string;
  try {
    root = realpathSync(sourcesDir);
  } catch {
    return { problem: `no folder ${sourcesDir} for the source texts` };
  }
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  const given = resolve(root, fileName);
  if (given === root) return { problem: `names the folder seed/sources/ itself, not a source text in it` };
  if (!inside(given))
    return { problem: `must name a file in seed/sources/: ${JSON.stringify(fileName)} leads out of it` };
  let real: string;
  try {
    real = realpathSync(given);
  } catch {
    return { problem: `no file seed/sources/${fileName}` };
  }
  if (!inside(real))
    return {
      problem: `seed/sources/${fileName} is a link to ${real}, outside seed/sources/: a source must lie inside it`,
    };
  const stat = statSync(real);
  if (stat.isDirectory()) return { problem: `seed/sources/${fileName} is a directory, not a source text` };
  if (!stat.isFile()) return { problem: `seed/sources/${fileName} is not a regular file (a device, pipe or socket)` };
  if (stat.size > SEED_LIMITS.sourceFileBytes)
    return {
      problem: `seed/sources/${fileName} is ${sizeText(stat.size)}; a source text may be at most ${sizeText(SEED_LIMITS.sourceFileBytes)} (SEED_LIMITS.sourceFileBytes)`,
    };
  return { path: real };
}

/** A source text by its path as sourceFile found it (confined and of bounded size). */
export function readSourceText(path: string, fileName: string): SourceText {
  const raw = readFileSync(path, 'utf8');
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
