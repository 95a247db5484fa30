import { join, relative } from 'node:path';
import { readSeedFile, type SeedFile, type SeedProblem } from '../read-seed';
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
  const draft = readSeedFile(draftPath, relative(seedDir, draftPath).replace(/\\/g, '/'), { draft: true });
  const docKey = draft.document?.data.key;
  const curating = docKey === undefined ? undefined : files.find((f) => f.document?.data.key === docKey);
  if (curating) {
    curating.records.push(...draft.records);
    files.push({ ...draft, document: undefined, records: [] });
  } else files.push(draft);
  return validateFiles(seedDir, files);
}

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
    citeNode(row, key, definition, documents, graph, problems);
    checkWithdrawals(definition.node, row, documents, problems);
    graph.nodes[definition.node.label].push(row);
    linkRelationships(key, definition, definitions, documents, graph, problems);
  }
  checkChains(graph, definitions, problems);

  return {
    graph: { nodes: graph.nodes, relationships: graph.relationships().map(onePerPair) },
    problems,
    files: files.map((f) => f.file),
  };
}
