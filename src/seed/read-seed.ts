import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { DRAFTS_FOLDER, draftHeader, isReviewed, renamedFields, seedShapeOf } from './draft-shape';
import { SEED_LIMITS, sizeText } from './seed-limits';

/** A record as it stands in a seed file, with where it stands, so that every error can point at it. */
export interface SeedRecord {
  file: string;
  section: string;
  index: number;
  line: number;
  data: Record<string, unknown>;
  /**
   * False for a record of a draft that no curator has marked `reviewed: true` (loaded only with drafts on);
   * absent for a curated file's record.
   */
  reviewed?: boolean;
  /** A draft's record: the fields of its seed shape that the draft names otherwise (problems use the draft's). */
  renamed?: Record<string, string>;
}

export interface SeedFile {
  file: string;
  /** The `document` section: the source document this file curates (absent for shared vocabulary). */
  document?: SeedRecord;
  records: SeedRecord[];
  /** Problems found while parsing (syntax, sections that are not lists). */
  problems: SeedProblem[];
}

export interface SeedProblem {
  file: string;
  line?: number;
  record?: string;
  field?: string;
  message: string;
}

/** How a problem names a record: its section and place, and its key when it has one. */
export function recordName(section: string, index: number, key: unknown): string {
  // A key the schema will refuse (a list, a map) is shown as written rather than as "[object Object]".
  const shown = key == null ? '' : typeof key === 'string' ? key : JSON.stringify(key);
  return `${section}[${index}] ${shown}`.trim();
}

export function formatProblem(p: SeedProblem): string {
  const where = [
    p.line ? `${p.file}:${p.line}` : p.file,
    p.record && `record ${p.record}`,
    p.field && `field ${p.field}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/**
 * The seed files under a directory, in a stable order: the shared files at the top first, then per document.
 * The drafts folder is left out unless asked for: a draft is what a proposal rule guessed, not curated fact.
 */
export function listSeedFiles(seedDir: string, options: { drafts?: boolean } = {}): string[] {
  const found = readdirSync(seedDir, { recursive: true, withFileTypes: true })
    // A symbolic link is listed too, never passed over: readSeedFile follows it inside the seed folder, or
    // refuses it with a problem. So is a link to a folder, which the listing does not enter (refused).
    .filter(
      (entry) =>
        ((entry.isFile() || entry.isSymbolicLink()) && /\.ya?ml$/.test(entry.name)) ||
        (entry.isSymbolicLink() && isFolder(join(entry.parentPath, entry.name))),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    // A folder named sources, at any depth, holds source texts.
    .filter((path) => !relative(seedDir, dirname(path)).split(/[\\/]/).includes('sources'))
    .filter((path) => options.drafts === true || relative(seedDir, path).split(/[\\/]/)[0] !== DRAFTS_FOLDER);
  const depth = (p: string) => relative(seedDir, p).split(/[\\/]/).length;
  return found.sort((a, b) => depth(a) - depth(b) || relative(seedDir, a).localeCompare(relative(seedDir, b)));
}

/**
 * A seed file. With `{ draft: true }` a draft (seed/drafts/POLICY.yaml) is read in the shape of the document
 * file it would become (src/seed/draft-shape.ts): its `draft:` header is passed over, the draft-only fields
 * (which every other file would be refused for) are dropped, and each record says whether it was reviewed.
 */
export function readSeedFile(
  path: string,
  displayName: string,
  options: { draft?: boolean; seedDir?: string } = {},
): SeedFile {
  const lineCounter = new LineCounter();
  const result: SeedFile = { file: displayName, records: [], problems: [] };
  const refused = options.seedDir === undefined ? undefined : seedFileProblem(options.seedDir, path);
  if (refused) {
    result.problems.push({ file: displayName, message: refused });
    return result;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Name the line of the first byte that is not UTF-8: a lossy decoding marks it with U+FFFD.
    const lossy = bytes.toString('utf8');
    const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
    result.problems.push({ file: displayName, line, message: 'is not valid UTF-8 (save the file as UTF-8)' });
    return result;
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: unknown) => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined);
  for (const error of doc.errors) {
    result.problems.push({ file: displayName, line: error.linePos?.[0]?.line, message: error.message });
  }
  if (result.problems.length > 0) return result;
  if (!isMap(doc.contents)) {
    result.problems.push({ file: displayName, message: 'a seed file is a map of sections (document, criteria, ...)' });
    return result;
  }
  const draft = options.draft === true;
  const sectionOf = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));
  // The header may stand anywhere in the file; the policy's shape depends on it.
  const header = draft
    ? draftHeader(mapData(doc.contents.items.find((p) => sectionOf(p.key) === 'draft')?.value))
    : undefined;
  const shaped = (section: string, data: Record<string, unknown>) =>
    header
      ? {
          data: seedShapeOf(section, data, header),
          reviewed: isReviewed(data),
          renamed: renamedFields(section, data, header),
        }
      : { data };
  for (const pair of doc.contents.items) {
    const section = sectionOf(pair.key);
    const value = pair.value;
    if (draft && section === 'draft' && isMap(value)) continue;
    if (section === 'document') {
      result.document = {
        file: displayName,
        section,
        index: 0,
        line: lineOf(value) ?? 1,
        ...shaped(section, mapData(value) ?? {}),
      };
      continue;
    }
    if (!isSeq(value)) {
      result.problems.push({
        file: displayName,
        line: lineOf(pair.key),
        message: `section ${section} must be a list of records`,
      });
      continue;
    }
    value.items.forEach((node, index) => {
      const read = mapData(node);
      if (!read) {
        result.problems.push({ file: displayName, line: lineOf(node), message: `${section}[${index}] must be a map` });
        return;
      }
      const record: SeedRecord = {
        file: displayName,
        section,
        index,
        line: lineOf(node) ?? 1,
        ...shaped(section, read),
      };
      const { data } = record;
      for (const field of controlCharacterFields(data)) {
        result.problems.push({
          file: displayName,
          line: record.line,
          record: recordName(section, index, data.key),
          field,
          message: 'holds a control character (NUL or another C0 character): the sources have none',
        });
      }
      result.records.push(record);
    });
  }
  return result;
}

/** A YAML map node's data as plain values; undefined for any other node. */
function mapData(node: unknown): Record<string, unknown> | undefined {
  if (!isMap(node)) return undefined;
  const data: unknown = node.toJSON();
  return isRecord(data) ? data : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields (dotted paths) whose text holds a NUL or another control character than tab, newline, return. */
function controlCharacterFields(value: unknown, path = ''): string[] {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (typeof value === 'string') return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => controlCharacterFields(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => controlCharacterFields(v, path ? `${path}.${k}` : k));
  return [];
}

/** Whether a path leads to a folder (links followed); false for anything else or nothing. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why a listed seed file cannot be read; undefined when it can. A symbolic link is followed when its real path
 * is a file inside the seed folder; one that leads out of it, to a folder, or nowhere is refused. A file
 * larger than SEED_LIMITS.seedFileBytes is refused before it is read.
 */
export function seedFileProblem(seedDir: string, path: string): string | undefined {
  let real = path;
  if (lstatSync(path).isSymbolicLink()) {
    try {
      real = realpathSync(path);
    } catch {
      return 'is a symbolic link that leads nowhere: refused';
    }
    const rel = relative(realpathSync(seedDir), real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
      return `is a symbolic link to ${real}, outside the seed folder: refused (copy the file into the seed folder, or link to one inside it)`;
  }
  const stat = statSync(real);
  if (stat.isDirectory())
    return 'is a symbolic link to a folder: refused (seed files are read from the seed folder’s own folders)';
  if (!stat.isFile()) return 'is not a regular file (a device, pipe or socket): refused';
  if (stat.size > SEED_LIMITS.seedFileBytes)
    return `is ${sizeText(stat.size)}; a seed file may be at most ${sizeText(SEED_LIMITS.seedFileBytes)} (SEED_LIMITS.seedFileBytes)`;
  return undefined;
}
