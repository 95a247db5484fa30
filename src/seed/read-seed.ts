import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

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

export function formatProblem(p: SeedProblem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.record && `record ${p.record}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/** The seed files under a directory, in a stable order: the shared files at the top first, then per document. */
export function listSeedFiles(seedDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'sources') walk(join(dir, entry.name));
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  walk(seedDir);
  const depth = (p: string) => relative(seedDir, p).split(/[\\/]/).length;
  return found.sort((a, b) => depth(a) - depth(b) || relative(seedDir, a).localeCompare(relative(seedDir, b)));
}

export function readSeedFile(path: string, displayName: string): SeedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const result: SeedFile = { file: displayName, records: [], problems: [] };
  for (const error of doc.errors) {
    result.problems.push({ file: displayName, line: error.linePos?.[0]?.line, message: error.message });
  }
  if (result.problems.length > 0) return result;
  if (!isMap(doc.contents)) {
    result.problems.push({ file: displayName, message: 'a seed file is a map of sections (document, criteria, ...)' });
    return result;
  }
  for (const pair of doc.contents.items) {
    const section = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const value = pair.value as YamlNode | null;
    if (section === 'document') {
      result.document = {
        file: displayName,
        section,
        index: 0,
        line: lineOf(value) ?? 1,
        data: (value && isMap(value) ? value.toJSON() : {}) as Record<string, unknown>,
      };
      continue;
    }
    if (!value || !isSeq(value)) {
      result.problems.push({ file: displayName, line: lineOf(pair.key as YamlNode), message: `section ${section} must be a list of records` });
      continue;
    }
    value.items.forEach((item, index) => {
      const node = item as YamlNode;
      const data = isMap(node) ? (node.toJSON() as Record<string, unknown>) : undefined;
      if (!data) {
        result.problems.push({ file: displayName, line: lineOf(node), message: `${section}[${index}] must be a map` });
        return;
      }
      result.records.push({ file: displayName, section, index, line: lineOf(node) ?? 1, data });
    });
  }
  return result;
}
