import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { ZodError } from 'zod';
import { graphModel, nodeLabels, type NodeLabel, type RelationshipType } from '../model/graph-model';
import {
  labelBySeedSection,
  nodeSpec,
  outgoingRelationships,
  relationshipSpec,
  storedNodeProperties,
  storedRelationshipProperties,
} from '../model/derive';
import { listSeedFiles, readSeedFile, type SeedFile, type SeedProblem, type SeedRecord } from './read-seed';
import { recordSchemas, type Cite } from './seed-schema';
import { isStruckThrough, normalizeForQuote, passage, readSourceText, type SourceText } from './source-text';

export type Row = Record<string, unknown>;

export interface RelationshipBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: Row[];
}

/** The validated seed as rows ready to write, one list per node label and per relationship end-point pair. */
export interface SeedGraph {
  nodes: Record<NodeLabel, Row[]>;
  relationships: RelationshipBatch[];
}

export interface SeedValidation {
  graph: SeedGraph;
  problems: SeedProblem[];
  files: string[];
}

interface Declaration {
  label: NodeLabel;
  record: SeedRecord;
  data: Record<string, unknown>;
  mentionOnly: boolean;
  docKey?: string;
}

/**
 * Reads every seed file, validates it against the model and the source texts, and returns the rows to
 * write. Nothing is written when any problem is found: the caller refuses to load.
 */
export function validateSeed(seedDir: string): SeedValidation {
  const sourcesDir = join(seedDir, 'sources');
  const problems: SeedProblem[] = [];
  const files = listSeedFiles(seedDir).map((path) => readSeedFile(path, path.slice(seedDir.length + 1).replace(/\\/g, '/')));
  files.forEach((f) => problems.push(...f.problems));

  const documents = collectDocuments(files, sourcesDir, problems);
  const declarations = collectDeclarations(files, documents, problems);
  const definitions = mergeDeclarations(declarations, problems);

  const at = (d: Declaration, field?: string, message = ''): SeedProblem => ({
    file: d.record.file,
    line: d.record.line,
    record: `${d.record.section}[${d.record.index}] ${String(d.data.key ?? '')}`.trim(),
    field,
    message,
  });

  const checkCite = (d: Declaration, cite: Cite | undefined, field: string, verbatim: Record<string, unknown>) => {
    if (!cite) return undefined;
    const docKey = cite.doc ?? d.docKey;
    if (!docKey) {
      problems.push(at(d, `${field}.doc`, 'a citation outside a document file must name its document (doc:)'));
      return undefined;
    }
    const source = documents.get(docKey);
    if (!source) {
      problems.push(at(d, `${field}.doc`, `unknown source document "${docKey}"`));
      return undefined;
    }
    const text = passage(source.text, cite.lineStart, cite.lineEnd);
    if (text === undefined) {
      problems.push(
        at(d, `${field}.lines`, `lines ${cite.lineStart}-${cite.lineEnd} lie outside ${source.text.fileName} (${source.text.lines.length} lines)`),
      );
      return undefined;
    }
    for (const [name, value] of Object.entries(verbatim)) {
      if (typeof value !== 'string') continue;
      if (!text.includes(normalizeForQuote(value))) {
        problems.push(
          at(d, name === 'quote' ? `${field}.quote` : name, `does not occur in ${docKey} lines ${cite.lineStart}-${cite.lineEnd}: "${value.slice(0, 80)}"`),
        );
      }
    }
    return { sourceDocument: docKey, lineStart: cite.lineStart, lineEnd: cite.lineEnd, quote: verbatim.quote as string };
  };

  const nodes = Object.fromEntries(nodeLabels.map((l) => [l, [] as Row[]])) as Record<NodeLabel, Row[]>;
  const relRows = new Map<string, RelationshipBatch>();
  const addRel = (type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, row: Row) => {
    const id = `${type}|${fromLabel}|${toLabel}`;
    if (!relRows.has(id)) relRows.set(id, { type, fromLabel, toLabel, rows: [] });
    relRows.get(id)!.rows.push(row);
  };

  for (const [key, decls] of definitions) {
    // For a shared node the first entry is the merge of its declarations; the rest are the declarations.
    const [main, ...parts] = decls as [Declaration, ...Declaration[]];
    const sources = parts.length > 0 ? parts : [main];
    const label = main.label;
    const spec = nodeSpec(label);
    const row: Row = {};
    for (const [name, prop] of Object.entries(storedNodeProperties(label))) {
      row[name] = prop.type.endsWith('[]') ? [] : (prop.default ?? null);
    }
    for (const name of Object.keys(spec.properties)) if (main.data[name] !== undefined) row[name] = main.data[name];
    row.key = key;
    if (label === 'SourceDocument') {
      const source = documents.get(key);
      row.lineCount = source?.text.lines.length ?? null;
      row.sha256 = source?.text.sha256 ?? null;
    }
    const verbatimOf = (d: Declaration) => {
      const cite = d.data.cite as Cite | undefined;
      const fields: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(spec.properties)) if (prop.verbatim) fields[name] = d.data[name];
      fields.quote = cite?.quote ?? (spec.defaultQuote ? d.data[spec.defaultQuote] : undefined);
      if (cite && fields.quote === undefined) {
        problems.push(at(d, 'cite.quote', 'a citation needs a quote: the exact words that state the fact'));
      }
      return fields;
    };
    for (const d of sources) {
      const cited = checkCite(d, d.data.cite as Cite | undefined, 'cite', verbatimOf(d));
      if (cited && row.sourceDocument == null) Object.assign(row, cited);
      if (spec.shared && cited) addRel('MENTIONS', 'SourceDocument', label, { fromKey: cited.sourceDocument, toKey: key, ...cited });
    }
    if (label === 'Criterion') checkStrikeThrough(main, row, documents, problems, at);
    nodes[label].push(row);

    for (const d of sources) {
      for (const type of outgoingRelationships(label)) {
        const rel = relationshipSpec(type);
        const raw = d.data[rel.seedField];
        if (raw === undefined || type === 'MENTIONS') continue;
        const refs = (Array.isArray(raw) ? raw : [raw]) as Array<string | { key: string; cite?: Cite }>;
        refs.forEach((ref, i) => {
          const target = typeof ref === 'string' ? ref : ref.key;
          const field = Array.isArray(raw) ? `${rel.seedField}[${i}]` : rel.seedField;
          const targetDecl = definitions.get(target)?.[0];
          if (!targetDecl) {
            problems.push(at(d, field, `refers to "${target}", which no seed file defines`));
            return;
          }
          const allowed = pairTargets(type, label);
          if (!allowed.includes(targetDecl.label)) {
            problems.push(at(d, field, `"${target}" is a ${targetDecl.label}; ${type} from ${label} goes to ${allowed.join(' or ')}`));
            return;
          }
          const relRow: Row = Object.fromEntries(Object.keys(storedRelationshipProperties(type)).map((p) => [p, null]));
          const cite = typeof ref === 'string' ? undefined : ref.cite;
          if (cite) Object.assign(relRow, checkCite(d, cite, `${field}.cite`, { quote: cite.quote }) ?? {});
          addRel(type, label, targetDecl.label, { ...relRow, fromKey: key, toKey: target });
        });
      }
    }
  }
  for (const type of ['PREVIOUS_VERSION', 'SUBTYPE_OF'] as const) {
    for (const cycle of cyclesOf([...relRows.values()].filter((b) => b.type === type).flatMap((b) => b.rows))) {
      const d = definitions.get(cycle[0]!)?.[0];
      if (d) problems.push(at(d, relationshipSpec(type).seedField, `forms a cycle (${cycle.join(' → ')} → ${cycle[0]}): a chain of ${type === 'PREVIOUS_VERSION' ? 'versions' : 'broader types'} must end`));
    }
  }
  return {
    graph: { nodes, relationships: [...relRows.values()].map(dedupeRows) },
    problems,
    files: files.map((f) => f.file),
  };
}

/** Each cycle of a chain relationship once, as the keys along it, starting from its smallest key. */
function cyclesOf(rows: Row[]): string[][] {
  const next = new Map<string, string[]>();
  for (const r of rows) next.set(String(r.fromKey), [...(next.get(String(r.fromKey)) ?? []), String(r.toKey)]);
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    path.push(key);
    for (const to of next.get(key) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = path.slice(path.indexOf(to));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join('|'), rotated);
      } else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(key, 'done');
  };
  for (const key of [...next.keys()].sort()) if (!state.has(key)) visit(key);
  return [...cycles.values()];
}

function pairTargets(type: RelationshipType, fromLabel: NodeLabel): NodeLabel[] {
  const spec = relationshipSpec(type);
  if (spec.pairing === 'same-label') return [fromLabel];
  return spec.to as NodeLabel[];
}

/**
 * A shared node declared in two files links to the same targets twice, and a document may cite a shared
 * node at several places: the graph holds one relationship per pair (the loader MERGEs), so keep one
 * row per pair, the first cited.
 */
function dedupeRows(batch: RelationshipBatch): RelationshipBatch {
  const seen = new Map<string, Row>();
  for (const row of batch.rows) {
    const id = `${String(row.fromKey)}>${String(row.toKey)}`;
    if (!seen.has(id) || (seen.get(id)!.quote == null && row.quote != null)) seen.set(id, row);
  }
  return { ...batch, rows: [...seen.values()] };
}

interface DocumentSource {
  text: SourceText;
  file: string;
}

function collectDocuments(files: SeedFile[], sourcesDir: string, problems: SeedProblem[]): Map<string, DocumentSource> {
  const documents = new Map<string, DocumentSource>();
  for (const f of files) {
    if (!f.document) continue;
    const parsed = recordSchemas.SourceDocument.safeParse(f.document.data);
    if (!parsed.success) {
      problems.push(...zodProblems(f.document, parsed.error));
      continue;
    }
    const key = parsed.data.key as string;
    const fileName = parsed.data.fileName as string;
    if (documents.has(key)) {
      problems.push({ file: f.file, line: f.document.line, record: `document ${key}`, field: 'key', message: `document ${key} is already curated in ${documents.get(key)!.file}` });
      continue;
    }
    if (!existsSync(join(sourcesDir, fileName))) {
      problems.push({ file: f.file, line: f.document.line, record: `document ${key}`, field: 'fileName', message: `no file seed/sources/${fileName}` });
      continue;
    }
    documents.set(key, { text: readSourceText(sourcesDir, fileName), file: f.file });
  }
  return documents;
}

function collectDeclarations(files: SeedFile[], documents: Map<string, DocumentSource>, problems: SeedProblem[]): Declaration[] {
  const declarations: Declaration[] = [];
  for (const f of files) {
    const docKey = f.document ? String(f.document.data.key) : undefined;
    if (f.document && docKey && documents.has(docKey)) {
      declarations.push({ label: 'SourceDocument', record: f.document, data: f.document.data, mentionOnly: false, docKey });
    }
    for (const record of f.records) {
      const label = labelBySeedSection(record.section);
      if (!label || label === 'SourceDocument') {
        const sections = nodeLabels.filter((l) => l !== 'SourceDocument').map((l) => graphModel.nodes[l].plural);
        problems.push({ file: f.file, line: record.line, message: `unknown section "${record.section}" (expected document or one of ${sections.join(', ')})` });
        continue;
      }
      // A shared node is put together from several declarations, so each one may be partial.
      const shared = Boolean(nodeSpec(label).shared);
      const schema = shared ? recordSchemas[label].partial().required({ key: true }) : recordSchemas[label];
      const parsed = schema.safeParse(record.data);
      if (!parsed.success) {
        problems.push(...zodProblems(record, parsed.error));
        continue;
      }
      const data = parsed.data as Record<string, unknown>;
      const mentionOnly = shared && Object.keys(nodeSpec(label).properties).every((p) => data[p] === undefined);
      declarations.push({ label, record, data, mentionOnly, docKey });
    }
  }
  return declarations;
}

/**
 * Keys are unique across the graph. A shared node's declarations must agree with each other, and
 * together they must give every required property and (where the kind is cited) a citation.
 */
function mergeDeclarations(declarations: Declaration[], problems: SeedProblem[]): Map<string, Declaration[]> {
  const byKey = new Map<string, Declaration[]>();
  const where = (x: Declaration) => `${x.record.file}:${x.record.line}`;
  const problemAt = (d: Declaration, field: string, message: string): SeedProblem => ({
    file: d.record.file,
    line: d.record.line,
    record: `${d.record.section}[${d.record.index}] ${String(d.data.key)}`,
    field,
    message,
  });
  // Per key and property, the first declaration that gives it: every later one is compared with that one
  // (agreeing with the first is agreeing with all), so a shared node named in many files costs linear time.
  const firstGiven = new Map<string, Map<string, { json: string; by: Declaration }>>();
  for (const d of declarations) {
    const key = String(d.data.key);
    const list = byKey.get(key) ?? [];
    const first = list[0];
    if (first && (first.label !== d.label || !nodeSpec(d.label).shared)) {
      problems.push(problemAt(d, 'key', `key "${key}" is already used by a ${first.label} at ${where(first)}; keys are unique across the graph`));
      continue;
    }
    const given = firstGiven.get(key) ?? new Map<string, { json: string; by: Declaration }>();
    for (const name of Object.keys(nodeSpec(d.label).properties)) {
      const value = d.data[name];
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      const earlier = given.get(name);
      if (!earlier) given.set(name, { json, by: d });
      else if (earlier.json !== json) problems.push(problemAt(d, name, `disagrees with the declaration at ${where(earlier.by)} (${earlier.json} vs ${json})`));
    }
    firstGiven.set(key, given);
    list.push(d);
    byKey.set(key, list);
  }
  for (const [key, list] of byKey) {
    const spec = nodeSpec(list[0]!.label);
    if (!spec.shared) continue;
    const merged: Record<string, unknown> = { key };
    for (const d of list) for (const [k, v] of Object.entries(d.data)) if (merged[k] === undefined && k !== 'cite') merged[k] = v;
    const cited = list.find((d) => d.data.cite !== undefined);
    if (cited) merged.cite = cited.data.cite;
    const missing = Object.entries(spec.properties).filter(([name, p]) => p.required && merged[name] === undefined);
    for (const [name] of missing) problems.push(problemAt(list[0]!, name, `no declaration of "${key}" gives its required ${name}`));
    if (spec.citation === 'required' && !cited) problems.push(problemAt(list[0]!, 'cite', `"${key}" needs a citation: no document file cites it`));
    // The merged record stands first: it holds the node's properties and its primary citation.
    byKey.set(key, [{ ...list[0]!, data: merged, mentionOnly: false, docKey: cited?.docKey }, ...list.map((d) => ({ ...d, mentionOnly: true }))]);
  }
  return byKey;
}

/** Withdrawn text is struck through in the source; current requirements are not. */
function checkStrikeThrough(
  main: Declaration,
  row: Row,
  documents: Map<string, DocumentSource>,
  problems: SeedProblem[],
  at: (d: Declaration, field?: string, message?: string) => SeedProblem,
) {
  const source = documents.get(String(row.sourceDocument));
  if (!source || row.lineStart == null) return;
  const struck = isStruckThrough(source.text, Number(row.lineStart), Number(row.lineEnd), String(row.text));
  const withdrawn = main.data.withdrawnBy !== undefined;
  if (withdrawn && !struck) problems.push(at(main, 'withdrawnBy', 'a withdrawn criterion’s text must be struck through (~~) in its cited lines'));
  if (!withdrawn && struck) problems.push(at(main, 'withdrawnBy', 'this text is struck through in the source: name the amendment that withdrew it'));
}

function zodProblems(record: SeedRecord, error: ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({
    file: record.file,
    line: record.line,
    record: `${record.section}[${record.index}] ${String(record.data.key ?? '')}`.trim(),
    field: issue.path.join('.') || undefined,
    message: issue.message,
  }));
}
