import { citationProperties, nodeLabels, relationshipTypes } from '../model/graph-model';
import { nodeSpec } from '../model/derive';
import type { GraphEngine, QueryRunner, Row } from '../engine/graph-engine';
import { formatProblem, type SeedProblem } from './read-seed';
import { validateSeed, type DraftOutcome, type SeedGraph, type SeedValidation } from './validate';
import { statementFor } from '../engine/model-statements';

export const BATCH_SIZE = 500;

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`seed/ has ${problems.length} problem(s); nothing was loaded:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

export interface SeedProgress {
  step: 'nodes' | 'relationships';
  name: string;
  count: number;
  /** Steps done so far, including this one, out of `total`. */
  done: number;
  total: number;
}

export interface SeedSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Loaded with drafts: what became of each (validateSeed with `{ drafts: true }`). */
  drafts?: DraftOutcome[];
}

/**
 * Validates seed/ completely, then replaces the graph's content with it in one write transaction:
 * loading twice gives the same graph, and a load that fails leaves the database as it was.
 */
export async function loadSeed(
  engine: GraphEngine,
  seedDir: string,
  onProgress: (p: SeedProgress) => void = () => {},
  /**
   * The seed already validated (by SeedCache, for this very folder: its checks are not run again), or validated
   * with its drafts (`validateSeed(seedDir, { drafts: true })`).
   */
  validation: SeedValidation = validateSeed(seedDir),
): Promise<SeedSummary> {
  const { graph, problems, drafts } = validation;
  if (problems.length > 0) throw new SeedValidationError(problems);
  await engine.applySchema();
  const summary = await engine.write((tx) => writeGraph(tx, graph, onProgress));
  return drafts ? { ...summary, drafts } : summary;
}

async function writeGraph(
  tx: QueryRunner,
  graph: SeedGraph,
  onProgress: (p: SeedProgress) => void,
): Promise<SeedSummary> {
  const summary: SeedSummary = { nodes: {}, relationships: {} };
  const total = nodeLabels.length + graph.relationships.length;
  let done = 0;
  // Links are rebuilt from the seed, so a link removed from seed/ is removed from the graph.
  for (const type of relationshipTypes) await tx.run(statementFor.unlinkAll(type));

  for (const label of nodeLabels) {
    const rows = graph.nodes[label];
    await tx.run(statementFor.prune(label), { keys: rows.map((r) => String(r.key)) });
    const citationless = rows.map(withoutCitation);
    await inBatches(citationless, (batch) => tx.run(statementFor.upsert(label), { rows: batch }));
    if (nodeSpec(label).citation !== 'none') {
      const cited = rows
        .filter((r) => r.sourceDocument != null)
        .map((r) => ({
          key: r.key,
          sourceDocument: r.sourceDocument,
          lineStart: r.lineStart,
          lineEnd: r.lineEnd,
          quote: r.quote,
        }));
      await inBatches(cited, (batch) => tx.run(statementFor.cite(label), { rows: batch }));
    }
    summary.nodes[label] = rows.length;
    onProgress({ step: 'nodes', name: label, count: rows.length, done: ++done, total });
  }

  for (const batch of graph.relationships) {
    // Citation columns go only with rows that have them: the embedded engine cannot type an all-null column.
    const cited = batch.rows.filter((r) => r.sourceDocument != null);
    const plain = batch.rows.filter((r) => r.sourceDocument == null).map(withoutCitation);
    await inBatches(plain, (rows) => tx.run(statementFor.link(batch.type, batch.fromLabel, batch.toLabel), { rows }));
    await inBatches(cited, (rows) =>
      tx.run(statementFor.linkCited(batch.type, batch.fromLabel, batch.toLabel), { rows }),
    );
    summary.relationships[batch.type] = (summary.relationships[batch.type] ?? 0) + batch.rows.length;
    onProgress({
      step: 'relationships',
      name: `${batch.type} ${batch.fromLabel}→${batch.toLabel}`,
      count: batch.rows.length,
      done: ++done,
      total,
    });
  }
  return summary;
}

/** The row without its citation columns: they are written apart, and only where a row has them. */
function withoutCitation(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([name]) => !Object.hasOwn(citationProperties, name)));
}

async function inBatches(rows: Row[], write: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await write(rows.slice(i, i + BATCH_SIZE));
}
