import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import neo4jDriver from 'neo4j-driver';
import { exportGraph } from '../../src/cli/export-graph';
import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import type { GraphEngine } from '../../src/engine/graph-engine';
import { statementFor } from '../../src/engine/model-statements';
import { toNeo4j } from '../../src/engine/neo4j-engine';
import { nodeLabels } from '../../src/model/graph-model';
import { kebab } from '../../src/model/names';
import { ROOT_DIR, SEED_DIR } from '../../src/paths';
import { loadSeed, type SeedSummary } from '../../src/seed/load-seed';
import { CURATED_SEARCH_KINDS, FULLTEXT_INDEX, SEARCHABLE, SOURCE_TEXT_INDEX } from '../../src/search/searchable';
import { readCypherShellScript } from '../utils/cypher-shell-script';
import { neo4jEnv } from '../utils/engine';

const run = promisify(execFile);

/** Nodes per label and links per type, as exported from an engine. */
async function counts(engine: GraphEngine) {
  const graph = await exportGraph(engine);
  const nodes = Object.fromEntries(Object.entries(graph.nodes).map(([label, rows]) => [label, rows.length]));
  const relationships: Record<string, number> = {};
  for (const r of graph.relationships) relationships[r.type] = (relationships[r.type] ?? 0) + 1;
  return { nodes, relationships };
}

const total = (summary: Pick<SeedSummary, 'nodes'>) => Object.values(summary.nodes).reduce((a, b) => a + b, 0);

describe('the schema and the data on a live Neo4j', () => {
  const engine = createEngine(loadConfig({ GRAPH_ENGINE: 'neo4j', ...neo4jEnv() }));
  afterAll(() => engine.close());

  async function emptyTheDatabase() {
    // The loader's own prune statements, told that no key is wanted.
    await engine.write(async (tx) => {
      for (const label of nodeLabels) await tx.run(statementFor.prune(label), { keys: [] });
    });
    for (const label of nodeLabels) expect(await engine.read(statementFor.count(label))).toEqual([{ total: 0 }]);
  }

  it('creates a key constraint for every node kind and the full-text index, and re-creating them is harmless', async () => {
    await engine.applySchema();
    await engine.applySchema();
    const indexes = await engine.read('database/list-indexes.neo4j');
    const byName = new Map(indexes.map((i) => [String(i.name), i]));
    for (const label of nodeLabels) {
      const constraint = byName.get(`${kebab(label).replace(/-/g, '_')}_key`);
      expect(constraint).toMatchObject({ type: 'RANGE', labelsOrTypes: [label], properties: ['key'], state: 'ONLINE' });
      expect(constraint!.owningConstraint).toBeTruthy();
    }
    expect(byName.get(FULLTEXT_INDEX)).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect((byName.get(FULLTEXT_INDEX)!.labelsOrTypes as string[]).sort()).toEqual(
      CURATED_SEARCH_KINDS.map((k) => SEARCHABLE[k].label).sort(),
    );
    // The sources' paragraphs in an index of their own.
    expect(byName.get(SOURCE_TEXT_INDEX)).toMatchObject({
      type: 'FULLTEXT',
      state: 'ONLINE',
      labelsOrTypes: ['Passage'],
    });
    // The index of the earlier analyzer is gone.
    expect(byName.has('policy_search')).toBe(false);
  });

  it('`npm run seed` loads seed/ into it, with the counts per kind', async () => {
    await emptyTheDatabase();
    const { stdout } = await run('npm', ['run', '--silent', 'seed'], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GRAPH_ENGINE: 'neo4j', ...neo4jEnv() },
      maxBuffer: 16 * 1024 * 1024,
    });
    const loaded = /loaded (\d+) nodes and (\d+) relationships into the neo4j engine/.exec(stdout);
    expect(loaded).not.toBeNull();
    const embedded = createEngine(loadConfig({ GRAPH_ENGINE: 'embedded', EMBEDDED_POOL_SIZE: '1' }));
    try {
      const summary = await loadSeed(embedded, SEED_DIR);
      expect(Number(loaded![1])).toBe(total(summary));
      expect(await counts(engine)).toEqual(await counts(embedded));
    } finally {
      await embedded.close();
    }
  });

  it('`zorginkoop export --format cypher`, sent statement by statement through the driver into an empty Neo4j, gives the graph of the seed', async () => {
    // The script of the embedded engine loaded from seed/ (the default: temporary, seeded at start).
    const { stdout: script } = await run(process.execPath, ['bin/zorginkoop.js', 'export', '--format', 'cypher'], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH },
      maxBuffer: 64 * 1024 * 1024,
    });
    const steps = readCypherShellScript(script);
    // A key constraint per kind and the load marker's; the marker itself written last, as a load writes it.
    expect(steps.filter((s) => s.statement.startsWith('CREATE CONSTRAINT')).length).toBe(nodeLabels.length + 1);
    expect(steps.at(-1)?.statement).toMatch(/^MERGE \(m:GraphLoad \{key: \$marker\.key\}\)/);

    await emptyTheDatabase();
    const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = neo4jEnv();
    const driver = neo4jDriver.driver(NEO4J_URI!, neo4jDriver.auth.basic(NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD!));
    try {
      // One auto-commit transaction per statement, as cypher-shell runs a script.
      const session = driver.session({ database: NEO4J_DATABASE ?? 'neo4j' });
      try {
        for (const step of steps) await session.run(step.statement, toNeo4j(step.params));
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }

    const embedded = createEngine(loadConfig({ GRAPH_ENGINE: 'embedded', EMBEDDED_POOL_SIZE: '1' }));
    try {
      const summary = await loadSeed(embedded, SEED_DIR);
      const fromScript = await counts(engine);
      expect(fromScript).toEqual(await counts(embedded));
      expect(Object.values(fromScript.nodes).reduce((a, b) => a + b, 0)).toBe(total(summary));
      expect(Object.values(fromScript.relationships).reduce((a, b) => a + b, 0)).toBe(
        Object.values(summary.relationships).reduce((a, b) => a + b, 0),
      );
      // Not only as many: the same nodes with the same properties, and the same links.
      const [a, b] = [await exportGraph(engine), await exportGraph(embedded)];
      expect(a.nodes).toEqual(b.nodes);
      const link = (r: (typeof a.relationships)[number]) => JSON.stringify([r.type, r.from, r.to, r.properties]);
      expect(a.relationships.map(link).sort()).toEqual(b.relationships.map(link).sort());
    } finally {
      await embedded.close();
      await loadSeed(engine, SEED_DIR);
    }
  });
});
