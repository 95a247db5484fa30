import { join } from 'node:path';
import type { SeedProblem } from '../read-seed';
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
  const problems: SeedProblem[] = [];
  const files = readSeedFiles(seedDir);
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
