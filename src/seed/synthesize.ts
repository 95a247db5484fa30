import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { nodeSpec, labelBySeedSection, relationshipSpec } from '../model/derive';
import { relationshipTypes } from '../model/graph-model';
import { listSeedFiles } from './read-seed';

/**
 * A seed N times as large, for measuring how the API scales: the seed itself, plus N-1 copies of every
 * document file and of every insurer, each copy under keys of its own (`-c1`, `-c2`, ...). A copy cites
 * a copy of its source text, so the synthetic seed passes the same validation, quote checks included.
 *
 * Insurers are copied with the documents so that a question about one insurer has the same answer at
 * every size (copy 3 of VGZ's policies belong to `vgz-c3`); the vocabulary, stakeholders and frameworks
 * stay shared, as they would in a market with more insurers.
 */

/** Where a seed record holds the key of another (or its own): the only places a key is rewritten. */
const KEY_FIELDS = new Set(['key', 'doc', ...relationshipTypes.map((t) => relationshipSpec(t).seedField)]);

export interface SynthSummary {
  factor: number;
  files: number;
  sources: number;
  /** Keys given a copy of their own per copy. */
  keysPerCopy: number;
}

type Yaml = Record<string, unknown>;

const isYaml = (value: unknown): value is Yaml => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The records of a section: the maps in its list. */
const recordsOf = (section: unknown): Yaml[] => (Array.isArray(section) ? section.filter(isYaml) : []);
const documentOf = (data: Yaml): Yaml => (isYaml(data.document) ? data.document : {});

export function synthesizeSeed(seedDir: string, outDir: string, factor: number): SynthSummary {
  if (!Number.isInteger(factor) || factor < 1 || factor > 1000)
    throw new RangeError(`--factor must be a whole number from 1 to 1000 (got ${factor})`);
  const files = listSeedFiles(seedDir).map((path) => {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return { name: relative(seedDir, path), data: isYaml(data) ? data : {} };
  });
  const documentFiles = files.filter((f) => f.data.document);

  const copied = new Set<string>();
  for (const f of documentFiles) {
    copied.add(String(documentOf(f.data).key));
    for (const [section, records] of Object.entries(f.data)) {
      const label = labelBySeedSection(section);
      if (!label || nodeSpec(label).shared) continue;
      for (const r of recordsOf(records)) copied.add(String(r.key));
    }
  }
  // Every insurer, whether organisations.yaml or a document file declares it.
  for (const f of files) for (const r of recordsOf(f.data.insurers)) copied.add(String(r.key));
  const insurerFiles = files.filter((f) => !f.data.document && Array.isArray(f.data.insurers));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'sources'), { recursive: true });
  for (const f of files) write(join(outDir, f.name), f.data);
  const sources = new Set(documentFiles.map((f) => String(documentOf(f.data).fileName)));
  for (const s of sources) copyFileSync(join(seedDir, 'sources', s), join(outDir, 'sources', s));

  for (let copy = 1; copy < factor; copy++) {
    const suffix = `-c${copy}`;
    const renamed = (key: string) => (copied.has(key) ? `${key}${suffix}` : key);
    for (const f of documentFiles) {
      const data = rewriteRecord(f.data, renamed);
      const document = documentOf(data);
      const source = String(document.fileName);
      document.fileName = `${basename(source, extname(source))}${suffix}${extname(source)}`;
      copyFileSync(join(seedDir, 'sources', source), join(outDir, 'sources', String(document.fileName)));
      write(join(outDir, withSuffix(f.name, suffix)), data);
    }
    for (const f of insurerFiles)
      write(join(outDir, withSuffix(f.name, suffix)), rewriteRecord({ insurers: f.data.insurers }, renamed));
  }
  return {
    factor,
    files: files.length + (factor - 1) * (documentFiles.length + insurerFiles.length),
    sources: sources.size * factor,
    keysPerCopy: copied.size,
  };
}

function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, -extname(name).length)}${suffix}${extname(name)}`;
}

function write(path: string, data: Yaml): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, stringify(data, { lineWidth: 0 }));
}

function rewriteRecord(data: Yaml, renamed: (key: string) => string): Yaml {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, rewriteKeys(v, renamed, k)]));
}

/** The value with every key in a key field renamed; texts, quotes and names are left as they are. */
function rewriteKeys(value: unknown, renamed: (key: string) => string, field?: string): unknown {
  if (typeof value === 'string') return field && KEY_FIELDS.has(field) ? renamed(value) : value;
  if (Array.isArray(value)) return value.map((v) => rewriteKeys(v, renamed, field));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteKeys(v, renamed, k)]));
  return value;
}
