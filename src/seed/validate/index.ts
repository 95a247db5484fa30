import { join, relative } from 'node:path';
import { listSeedFiles, readSeedFile, type SeedFile, type SeedProblem } from '../read-seed';
import { citeNode, nodeRow } from './build-node';
import { checkChains } from './check-chains';
import { checkForces } from './check-forces';
import { checkMilestones } from './check-milestones';
import { checkWithdrawals } from './check-withdrawals';
import { addPassages } from './add-passages';
import { collectDeclarations } from './collect-declarations';
import { collectDocuments } from './collect-documents';
import { GraphRows, onePerPair, type SeedValidation } from './graph-rows';
import { linkRelationships } from './link-relationships';
import { mergeDeclarations } from './merge-declarations';
import { readSeedFiles } from './read-files';
import { validateWithDrafts, withDrafts } from './with-drafts';

export type { DraftOutcome, RelationshipBatch, Row, SeedGraph, SeedValidation } from './graph-rows';
export { draftReport } from './with-drafts';

/**
 * Reads every seed file, validates it against the model and the source texts, and returns the rows to
 * write. Nothing is written when any problem is found: the caller refuses to load. With `{ drafts: true }`
 * the drafts in seed/drafts/ come too, each entry flagged by its review state; an entry that does not
 * validate is left out and reported in `drafts` (see with-drafts.ts) instead of refusing the seed.
 */
export function validateSeed(seedDir: string, options: { drafts?: boolean } = {}): SeedValidation {
  const files = readSeedFiles(seedDir);
  if (options.drafts !== true) return validateFiles(seedDir, files);
  return validateWithDrafts(files, readDrafts(seedDir), (all) => validateFiles(seedDir, all));
}

/**
 * The seed with one draft (seed/drafts/POLICY.yaml) in it, read as the document file it would become: its
 * records checked against the model and its citations against its source text, each problem named by the
 * draft's file and line. Where a document file already curates the draft's document (part of the draft was
 * accepted), the draft's records stand in that file. Nothing of this reaches what the seed loads.
 */
export function validateDraft(seedDir: string, draftPath: string): SeedValidation {
  return validateFiles(seedDir, withDrafts(readSeedFiles(seedDir), [readDraft(seedDir, draftPath)]));
}

/** The drafts under seed/drafts/, in the order `zorginkoop validate` lists them. */
export function draftPaths(seedDir: string): string[] {
  const curated = new Set(listSeedFiles(seedDir));
  return listSeedFiles(seedDir, { drafts: true }).filter((f) => !curated.has(f));
}

const readDraft = (seedDir: string, path: string) =>
  readSeedFile(path, relative(seedDir, path).replace(/\\/g, '/'), { draft: true, seedDir });

const readDrafts = (seedDir: string) => draftPaths(seedDir).map((path) => readDraft(seedDir, path));

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
  checkMilestones(definitions, problems);
  checkForces(definitions, problems);
  addPassages(graph, documents, definitions, problems);

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
