import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A record as it stands in a seed file, with where it stands, so that every error can point at it. */
export interface SeedRecord {
  file: string;
  section: string;
  index: number;
  line: number;
  data: Record<string, unknown>;
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

/** The folder under the seed where `zorginkoop ingest` writes drafts: unreviewed, so not part of the graph. */
export const DRAFTS_FOLDER = 'drafts';

/**
 * The seed files under a directory, in a stable order: the shared files at the top first, then per document.
 * The drafts folder is left out unless asked for: a draft is what a proposal rule guessed, not curated fact.
 */
export function listSeedFiles(seedDir: string, options: { drafts?: boolean } = {}): string[] {
  const found = readdirSync(seedDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    // A folder named sources, at any depth, holds source texts.
    .filter((path) => !relative(seedDir, dirname(path)).split(/[\\/]/).includes('sources'))
    .filter((path) => options.drafts === true || relative(seedDir, path).split(/[\\/]/)[0] !== DRAFTS_FOLDER);
  const depth = (p: string) => relative(seedDir, p).split(/[\\/]/).length;
  return found.sort((a, b) => depth(a) - depth(b) || relative(seedDir, a).localeCompare(relative(seedDir, b)));
}

/** The fields only a draft holds: the review state and how each proposal was made (src/ingest/draft.ts). */
export const DRAFT_ONLY_FIELDS = ['reviewed', 'rules', 'confidence', 'continues', 'alignment'] as const;

/** What ingest records of the original file in the draft's `document`: its format, text hash and page map. */
export const DRAFT_DOCUMENT_FIELDS = ['format', 'sha256', 'pages'] as const;

/** A record's data without the draft-only fields: what it would be in a document file. */
export function withoutDraftFields(
  data: Record<string, unknown>,
  fields: readonly string[] = DRAFT_ONLY_FIELDS,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !fields.includes(k)));
}

/**
 * A seed file. With `{ draft: true }` it is read as a draft (seed/drafts/POLICY.yaml) is read in the shape of a
 * document file: its `draft:` header is passed over and the draft-only fields are dropped from every record,
 * which every other file would be refused for.
 */
export function readSeedFile(path: string, displayName: string, options: { draft?: boolean } = {}): SeedFile {
  const lineCounter = new LineCounter();
  const bytes = readFileSync(path);
  const result: SeedFile = { file: displayName, records: [], problems: [] };
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
  for (const pair of doc.contents.items) {
    const section = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    if (options.draft === true && section === 'draft' && isMap(value)) continue;
    if (section === 'document') {
      const data = mapData(value) ?? {};
      result.document = {
        file: displayName,
        section,
        index: 0,
        line: lineOf(value) ?? 1,
        data:
          options.draft === true ? withoutDraftFields(data, [...DRAFT_ONLY_FIELDS, ...DRAFT_DOCUMENT_FIELDS]) : data,
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
      const data = read && options.draft === true ? withoutDraftFields(read) : read;
      if (!data) {
        result.problems.push({ file: displayName, line: lineOf(node), message: `${section}[${index}] must be a map` });
        return;
      }
      const record = { file: displayName, section, index, line: lineOf(node) ?? 1, data };
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
