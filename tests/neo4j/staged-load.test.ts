import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph, type ExportedGraph } from '../../src/cli/export-graph';
import type { GraphEngine, QueryRunner } from '../../src/engine/graph-engine';
import { nodeLabels } from '../../src/model/graph-model';
import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { synthesizeSeed } from '../../src/seed/synthesize';
import { validateSeed, type SeedValidation } from '../../src/seed/validate-seed';
import { failingWrites } from '../utils/engine';
import { graphCounts } from '../utils/graph-counts';
import { validatedSeed } from '../utils/shared-seed';
import { useTestApi } from '../utils/server';

/**
 * Neo4j writes a load in many transactions (a staged generation, then one switch: src/seed/load-seed.ts).
 * These tests hold it to what one transaction gave: a reader sees the previous graph, complete, until the
 * switch commits, and the new one after; a load that fails anywhere leaves the previous graph as it was.
 * The new graph is seed/ twice (`zorginkoop synth --factor 2`), so that every count tells the two apart.
 * Small transactions (TRANSACTION_ROWS) make a load of seed/ many transactions, as 100x is with the default.
 */
const TRANSACTION_ROWS = 500;
const options = { transactionRows: TRANSACTION_ROWS };

const isStageLink = (statement: string) => statement.endsWith('/stage-link.neo4j');
const isPromote = (statement: string) => statement.endsWith('/promote.neo4j');

/** The statements a staged load of `validation` sends, in order, found without a database. */
async function statementsOfLoad(validation: SeedValidation): Promise<string[]> {
  const sent: string[] = [];
  const runner: QueryRunner = {
    run: (query, ..._args) => {
      sent.push(query);
      return Promise.resolve([]);
    },
  };
  const dry = {
    loads: 'staged',
    applySchema: async () => {},
    write: (work: (tx: QueryRunner) => unknown) => work(runner),
  };
  await loadSeed(dry as unknown as GraphEngine, SEED_DIR, undefined, validation, options);
  return sent;
}

describe('a staged load on Neo4j: readers see the previous graph or the new one, never a part of either', () => {
  const api = useTestApi();
  let twice: SeedValidation;
  let twiceDir: string;

  beforeAll(() => {
    twiceDir = mkdtempSync(join(tmpdir(), 'zorginkoop-twice-'));
    synthesizeSeed(SEED_DIR, twiceDir, 2);
    twice = validateSeed(twiceDir);
    expect(twice.problems).toEqual([]);
  });

  /** What the API answers about the graph: counts of every kind (Neo4j's one-statement reads) and a search. */
  async function answers(): Promise<Record<string, number>> {
    const search = await api().query<{ search: { totalCount: number } }>(
      '{ search(query: "vecozo", first: 1) { totalCount } }',
    );
    expect(search.errors).toBeUndefined();
    const counts: Record<string, number> = await graphCounts(api());
    return { ...counts, vecozoHits: search.data!.search.totalCount };
  }

  /**
   * The whole graph as exported (every node and link), its links in an order of their own: the export orders
   * them by their ends' keys only, and two links between the same ends come in either order after a load.
   */
  async function wholeGraph(): Promise<ExportedGraph> {
    const graph = await exportGraph(api().engine);
    const order = graph.relationships.map((r) => [JSON.stringify(r), r] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    return { nodes: graph.nodes, relationships: order.map(([, r]) => r) };
  }

  /** Everything a reader can see: the answers, and the whole graph. */
  async function everything(): Promise<{ answers: Awaited<ReturnType<typeof answers>>; graph: ExportedGraph }> {
    return { answers: await answers(), graph: await wholeGraph() };
  }

  /** Offstage nodes left in the database, found by the loader's own statement (which deletes them). */
  async function deleteLeftovers(engine: GraphEngine): Promise<number> {
    const [row] = await engine.write((tx) => tx.run('load/delete-offstage-nodes.neo4j', { limit: 1_000_000 }));
    return row?.deleted ?? 0;
  }

  it('reads during a load see the previous graph until the switch commits, then the new one', async () => {
    await loadSeed(api().engine, SEED_DIR, undefined, validatedSeed());
    const before = await everything();
    const seen: Array<{ switched: boolean; where: string; answers: Awaited<ReturnType<typeof answers>> }> = [];
    const graphsSeen: Array<{ switched: boolean; graph: ExportedGraph }> = [];
    let switched = false;
    let transactions = 0;
    const engine = api().engine;
    // The engine as the loader sees it, but every statement is preceded by reads (its transaction is open
    // and holds what it wrote so far), and every commit followed by reads of everything.
    const watched = new Proxy(engine, {
      get: (target, name, receiver): unknown =>
        name !== 'write'
          ? Reflect.get(target, name, receiver)
          : async <T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> => {
              let switching = false;
              const result = await engine.write((tx) =>
                work({
                  run: async (query, ...args) => {
                    seen.push({ switched, where: `before ${query}`, answers: await answers() });
                    switching ||= isPromote(query);
                    return tx.run(query, ...args);
                  },
                }),
              );
              transactions += 1;
              switched ||= switching;
              graphsSeen.push({ switched, graph: await wholeGraph() });
              seen.push({ switched, where: `after transaction ${transactions}`, answers: await answers() });
              return result;
            },
    });

    await loadSeed(watched, twiceDir, undefined, twice, options);
    const after = await everything();
    expect(after.answers).not.toEqual(before.answers);
    expect(after.answers.policies).toBe(2 * before.answers.policies!);
    expect(transactions).toBeGreaterThan(10);

    // Inside the switch, after every label's served nodes have left and some staged ones have taken theirs,
    // a reader still sees the previous graph.
    expect(seen.filter((s) => !s.switched && /promote\.neo4j$/.test(s.where)).length).toBe(nodeLabels.length);
    for (const s of seen)
      expect({ where: s.where, answers: s.answers }).toEqual({
        where: s.where,
        answers: s.switched ? after.answers : before.answers,
      });
    for (const g of graphsSeen) expect(g.graph).toEqual(g.switched ? after.graph : before.graph);
    expect(graphsSeen.filter((g) => !g.switched).length).toBeGreaterThan(10);
  });

  it('a load that fails in its last staged batch leaves the previous graph readable and unchanged', async () => {
    await loadSeed(api().engine, SEED_DIR, undefined, validatedSeed());
    const before = await everything();
    const stageLinks = (await statementsOfLoad(twice)).filter(isStageLink).length;
    expect(stageLinks).toBeGreaterThan(10);
    const { engine: failing, statements } = failingWrites(api().engine, stageLinks, { counts: isStageLink });
    await expect(loadSeed(failing, twiceDir, undefined, twice, options)).rejects.toThrow('simulated loss');
    expect(statements()).toBe(stageLinks);
    expect(await everything()).toEqual(before);
    // The loader deleted what it had staged at once: the database still answered.
    expect(await deleteLeftovers(api().engine)).toBe(0);
  });

  it('a load that fails inside the switch, its last label to go, leaves the previous graph as it was', async () => {
    const before = await everything();
    const { engine: failing, statements } = failingWrites(api().engine, nodeLabels.length, { counts: isPromote });
    await expect(loadSeed(failing, twiceDir, undefined, twice, options)).rejects.toThrow('simulated loss');
    expect(statements()).toBe(nodeLabels.length);
    expect(await everything()).toEqual(before);
    expect(await deleteLeftovers(api().engine)).toBe(0);
  });

  it('a load whose connection is lost for good leaves a staged generation no one sees, deleted by the next load', async () => {
    const before = await everything();
    const stageLinks = (await statementsOfLoad(twice)).filter(isStageLink).length;
    // As a killed process: from its last staged batch on, nothing the loader sends reaches the database.
    const { engine: lost } = failingWrites(api().engine, stageLinks, { counts: isStageLink, lost: true });
    await expect(loadSeed(lost, twiceDir, undefined, twice, options)).rejects.toThrow('simulated loss');
    expect(await everything()).toEqual(before);

    // The next load starts by deleting the leftovers: a staged node of every label of seed/ twice.
    const deleted: number[] = [];
    const counting = new Proxy(api().engine, {
      get: (target, name, receiver): unknown =>
        name !== 'write'
          ? Reflect.get(target, name, receiver)
          : <T>(work: (tx: QueryRunner) => Promise<T>) =>
              api().engine.write((tx) =>
                work({
                  run: async (query, ...args) => {
                    const rows = await tx.run(query, ...args);
                    if (query === 'load/delete-offstage-nodes.neo4j')
                      deleted.push(...rows.map((r) => (r as { deleted: number }).deleted));
                    return rows;
                  },
                }),
              ),
    });
    await loadSeed(counting, SEED_DIR, undefined, validatedSeed(), options);
    const staged = Object.values(twice.graph.nodes).reduce((n, rows) => n + rows.length, 0);
    // Before the load: every staged node; after its switch: every node of the previous graph.
    expect(deleted[0]).toBe(staged);
    expect(await everything()).toEqual(before);
    expect(await deleteLeftovers(api().engine)).toBe(0);
    // This last test leaves seed/ loaded, as the next suite's holdSeed expects it.
  });
});
