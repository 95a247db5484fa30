import { join, relative } from 'node:path';
import { listSeedFiles, readSeedFile, type SeedFile, type SeedProblem } from '../read-seed';
import { citeNode, nodeRow } from './build-node';
import { checkChains } from './check-chains';
import { checkWithdrawals } from './check-withdrawals';
import { collectDeclarations } from './collect-declarations';
import { collectDocuments } from './collect-documents';
import { GraphRows, onePerPair, type SeedValidation } from './graph-rows';
import { linkRelationships } from './link-relationships';
import { mergeDeclarations } from './merge-declarations';
import { readSeedFiles } from './read-files';

export type { RelationshipBatch, Row, SeedGraph, SeedValidation } from './graph-rows';

/**
 * Reads every seed file, validates it against the model and the source texts, and returns the rows to
 * write. Nothing is written when any problem is found: the caller refuses to load.
 */
export function validateSeed(seedDir: string): SeedValidation {
  return validateFiles(seedDir, readSeedFiles(seedDir));
}

/**
 * The seed with one draft (seed/drafts/POLICY.yaml) in it, read as the document file it would become: its
 * records checked against the model and its citations against its source text, each problem named by the
 * draft's file and line. Where a document file already curates the draft's document (part of the draft was
 * accepted), the draft's records stand in that file. Nothing of this reaches what the seed loads.
 */
export function validateDraft(seedDir: string, draftPath: string): SeedValidation {
  const files = readSeedFiles(seedDir);
  const draft = readDraft(seedDir, draftPath);
  const docKey = draft.document?.data.key;
  const curating = docKey === undefined ? undefined : files.find((f) => f.document?.data.key === docKey);
  if (curating) {
    curating.records.push(...draft.records);
    files.push({ ...draft, document: undefined, records: [] });
  } else files.push(draft);
  return validateFiles(seedDir, files);
}

/** The drafts under seed/drafts/, in the order `zorginkoop validate` lists them. */
export function draftPaths(seedDir: string): string[] {
  const curated = new Set(listSeedFiles(seedDir));
  return listSeedFiles(seedDir, { drafts: true }).filter((f) => !curated.has(f));
}

const readDraft = (seedDir: string, path: string) =>
  readSeedFile(path, relative(seedDir, path).replace(/\\/g, '/'), { draft: true });

function validateFiles(seedDir: string, files: SeedFile[]): SeedValidation {
  const problems: SeedProblem[] = [];
  for (const f of files) problems.push(...f.problems);

  const documents = collectDocuments(files, join(seedDir, 'sources'), problems);
  const declarations = collectDeclarations(files, documents, problems);
  const definitions = mergeDeclarations(declarations, problems);

  // One node at a time, so that a node's problems stand together in the order of the seed files.
  const graph = new GraphRows();
  for (const [key, definition] of definitions) {
    const row = nodeRow(key, definition.node, documents);
    // Reviewed when any record that declares it is: a draft that names a curated organisation leaves it curated.
    row.reviewed = definition.sources.some((d) => d.record.reviewed !== false);
    citeNode(row, key, definition, documents, graph, problems);
    checkWithdrawals(definition.node, row, documents, problems);
    graph.nodes[definition.node.label].push(row);
    linkRelationships(key, definition, definitions, documents, graph, problems);
  }
  checkChains(graph, definitions, problems);

  return {
    graph: { nodes: graph.nodes, relationships: graph.relationships().map(onePerPair) },
    problems: inDraftTerms(problems, files),
    files: files.map((f) => f.file),
  };
}

/** A problem of a draft's record names the field as the draft writes it (`continues`, not `previousVersion`). */
function inDraftTerms(problems: SeedProblem[], files: SeedFile[]): SeedProblem[] {
  const renamed = new Map<string, Record<string, string>>();
  for (const f of files)
    for (const r of f.records)
      if (r.renamed && Object.keys(r.renamed).length > 0) renamed.set(`${r.file}:${r.line}`, r.renamed);
  if (renamed.size === 0) return problems;
  return problems.map((p) => {
    const names = renamed.get(`${p.file}:${p.line}`);
    const field = names && p.field?.replace(/^[^.[]+/, (name) => names[name] ?? name);
    return field === undefined || field === p.field ? p : { ...p, field };
  });
}
