import { createHash } from 'node:crypto';
import { citationProperties, loadMarker, nodeLabels, relationshipTypes } from '../model/graph-model';
import { nodeSpec } from '../model/derive';
import { errorMessage, type GraphEngine, type QueryRunner, type Row } from '../engine/graph-engine';
import { formatProblem, type SeedProblem } from './read-seed';
import { validateSeed, type DraftOutcome, type SeedGraph, type SeedValidation } from './validate';
import { statementFor } from '../engine/model-statements';
import { writeSubtypeClosure } from '../engine/subtype-closure';

export const BATCH_SIZE = 500;

/**
 * Rows per transaction of a staged load (Neo4j): each transaction holds a bounded share of the graph, so that
 * the 100x synthetic seed (68k nodes and 341k links) loads on the launcher's 1 GB heap.
 */
export const TRANSACTION_ROWS = 10_000;

/** Offstage links or nodes deleted per transaction, before and after a staged load. */
export const DELETE_BATCH = 10_000;

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

export interface LoadOptions {
  /** Rows per transaction of a staged load (TRANSACTION_ROWS); tests make it small to get many transactions. */
  transactionRows?: number;
}

/**
 * Validates seed/ completely, then replaces the graph's content with it: loading twice gives the same graph,
 * and a load that fails leaves the database as it was. On an engine that `loads: 'one-transaction'` (the
 * embedded one) all of it is one write transaction; on one that loads `'staged'` (Neo4j) see loadStaged.
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
  options: LoadOptions = {},
): Promise<SeedSummary> {
  const { graph, problems, drafts } = validation;
  if (problems.length > 0) throw new SeedValidationError(problems);
  await engine.applySchema();
  const summary =
    engine.loads === 'staged'
      ? await loadStaged(engine, graph, onProgress, options.transactionRows ?? TRANSACTION_ROWS)
      : await engine.write((tx) => writeGraph(tx, graph, onProgress, engine.kind === 'embedded'));
  return drafts ? { ...summary, drafts } : summary;
}

async function writeGraph(
  tx: QueryRunner,
  graph: SeedGraph,
  onProgress: (p: SeedProgress) => void,
  /** The embedded engine's derived SUBTYPE_OF closure (README "The embedded engine's type closure"). */
  closeSubtypes = false,
): Promise<SeedSummary> {
  const summary: SeedSummary = { nodes: {}, relationships: {} };
  const total = nodeLabels.length + graph.relationships.length;
  let done = 0;
  const marker = markerOf(graph);
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
  if (closeSubtypes) {
    // Derived from the SUBTYPE_OF links just written, in the same transaction.
    await writeSubtypeClosure(tx);
  }
  // Last, in the same transaction: the graph is marked loaded exactly when all of it is there.
  await tx.run('model/graph-load/mark', marker);
  return summary;
}

/**
 * The load marker's values for a graph (src/model/graph-model.ts loadMarker): its fingerprint, a SHA-256 of
 * every row the load writes in the order it writes them (the same seed and code give the same graph, hence the
 * same fingerprint), and its counts. `loadedAt` is when the marker is made, just before its transaction commits.
 */
export function markerOf(graph: SeedGraph) {
  const hash = createHash('sha256');
  let nodeCount = 0;
  let relationshipCount = 0;
  for (const label of nodeLabels) {
    hash.update(`\u0001${label}`);
    for (const row of graph.nodes[label]) hash.update(JSON.stringify(row));
    nodeCount += graph.nodes[label].length;
  }
  for (const batch of graph.relationships) {
    hash.update(`\u0001${batch.type} ${batch.fromLabel} ${batch.toLabel}`);
    for (const row of batch.rows) hash.update(JSON.stringify(row));
    relationshipCount += batch.rows.length;
  }
  return {
    key: loadMarker.key,
    fingerprint: hash.digest('hex'),
    loadedAt: new Date().toISOString(),
    nodeCount,
    relationshipCount,
  };
}

/**
 * The graph replaced without one transaction holding all of it (the whole 100x graph in one transaction
 * needs a 4 GB heap), and still all or nothing for every reader:
 * 1. Offstage nodes a failed or killed load left behind are deleted, in bounded transactions.
 * 2. The new graph is written as a staged generation, in transactions of about `transactionRows` rows: its
 *    nodes carry `Offstage` and `Staged<Label>` instead of their label, its links join staged nodes only.
 *    No read statement starts from those labels, the model's indexes and the full-text index do not cover
 *    them, and a traversal from a served node never reaches them: readers see the served graph alone.
 * 3. The index of staged keys is dropped (the switch need not update it), and one transaction switches: every
 *    served node loses its label and becomes Offstage, then every staged node takes its label. Only labels
 *    change, no property or link, so it stays small enough for a 1 GB heap at 100x (README "Neo4j"); if it
 *    fails, nothing of it stays and the served graph is as it was.
 * 4. The switched-out generation, now Offstage, is deleted in bounded transactions.
 * A failure before the switch leaves the served graph as it was; what was staged is deleted at once when the
 * database still answers, else by the next load (step 1). One load at a time: a second load started
 * meanwhile would delete the first one's staged generation in its step 1.
 */
async function loadStaged(
  engine: GraphEngine,
  graph: SeedGraph,
  onProgress: (p: SeedProgress) => void,
  transactionRows: number,
): Promise<SeedSummary> {
  await engine.write((tx) => tx.run('database/await-indexes.neo4j'));
  await deleteOffstage(engine);
  let summary: SeedSummary;
  try {
    const transactions = new Transactions(engine, transactionRows);
    summary = await stageGraph(transactions, graph, onProgress);
    await transactions.flush();
    await engine.write((tx) => tx.run('load/drop-offstage-index.neo4j'));
    const marker = markerOf(graph);
    await engine.write(async (tx) => {
      // Every label leaves first: a staged node taking its label must not meet a served node of the same key
      // under the key constraint.
      for (const label of nodeLabels) await tx.run(statementFor.retire(label));
      for (const label of nodeLabels) await tx.run(statementFor.promote(label));
      // Last in the switch: the served graph is marked loaded in the transaction that makes it the one served.
      await tx.run('model/graph-load/mark', { ...marker, loadedAt: new Date().toISOString() });
    });
  } catch (error) {
    // Nothing was switched in: what was staged is no one's. If the database is gone, the next load deletes it.
    await deleteOffstage(engine).catch(() => {});
    throw error;
  }
  try {
    await deleteOffstage(engine);
  } catch (error) {
    throw new Error(
      `the new graph is loaded and served, but deleting the previous one failed (the next load deletes it): ${errorMessage(error)}`,
      { cause: error },
    );
  }
  return summary;
}

/** The same rows and progress as writeGraph, as staged nodes and links, in bounded transactions. */
async function stageGraph(
  transactions: Transactions,
  graph: SeedGraph,
  onProgress: (p: SeedProgress) => void,
): Promise<SeedSummary> {
  const summary: SeedSummary = { nodes: {}, relationships: {} };
  const total = nodeLabels.length + graph.relationships.length;
  let done = 0;
  for (const label of nodeLabels) {
    const rows = graph.nodes[label];
    for (const batch of batches(rows))
      await transactions.add(batch.length, (tx) => tx.run(statementFor.stage(label), { rows: batch }));
    summary.nodes[label] = rows.length;
    const progress = { step: 'nodes', name: label, count: rows.length, done: ++done, total } as const;
    transactions.afterCommit(() => onProgress(progress));
  }
  for (const batch of graph.relationships) {
    // Links without a citation first, as writeGraph does: a link listed twice keeps the citation one gives it.
    const cited = batch.rows.filter((r) => r.sourceDocument != null);
    const plain = batch.rows.filter((r) => r.sourceDocument == null).map(withoutCitation);
    const statement = statementFor.stageLink(batch.type, batch.fromLabel, batch.toLabel);
    for (const rows of [...batches(plain), ...batches(cited)])
      await transactions.add(rows.length, (tx) => tx.run(statement, { rows }));
    summary.relationships[batch.type] = (summary.relationships[batch.type] ?? 0) + batch.rows.length;
    const progress = {
      step: 'relationships',
      name: `${batch.type} ${batch.fromLabel}→${batch.toLabel}`,
      count: batch.rows.length,
      done: ++done,
      total,
    } as const;
    transactions.afterCommit(() => onProgress(progress));
  }
  return summary;
}

/**
 * Statements gathered into write transactions of about `rows` rows each: a transaction is sent once it holds
 * that many (one statement's batch may take it past by up to BATCH_SIZE - 1 rows).
 */
class Transactions {
  private work: Array<(tx: QueryRunner) => Promise<unknown>> = [];
  private after: Array<() => void> = [];
  private size = 0;

  constructor(
    private readonly engine: GraphEngine,
    private readonly rows: number,
  ) {}

  async add(rows: number, statement: (tx: QueryRunner) => Promise<unknown>): Promise<void> {
    this.work.push(statement);
    this.size += rows;
    if (this.size >= this.rows) await this.flush();
  }

  /** Runs `callback` once what was added so far is committed (progress reports what is written). */
  afterCommit(callback: () => void): void {
    if (this.work.length === 0) callback();
    else this.after.push(callback);
  }

  async flush(): Promise<void> {
    const [work, after] = [this.work, this.after];
    [this.work, this.after, this.size] = [[], [], 0];
    if (work.length > 0)
      await this.engine.write(async (tx) => {
        for (const statement of work) await statement(tx);
      });
    for (const callback of after) callback();
  }
}

/** Deletes every Offstage link, then every Offstage node, each in transactions of DELETE_BATCH. */
async function deleteOffstage(engine: GraphEngine): Promise<void> {
  for (const statement of ['load/delete-offstage-links.neo4j', 'load/delete-offstage-nodes.neo4j'] as const) {
    let deleted = DELETE_BATCH;
    while (deleted >= DELETE_BATCH) {
      const [row] = await engine.write((tx) => tx.run(statement, { limit: DELETE_BATCH }));
      deleted = row?.deleted ?? 0;
    }
  }
}

function batches(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

/** The row without its citation columns: they are written apart, and only where a row has them. */
function withoutCitation(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([name]) => !Object.hasOwn(citationProperties, name)));
}

async function inBatches(rows: Row[], write: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await write(rows.slice(i, i + BATCH_SIZE));
}
