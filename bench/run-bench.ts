import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import type { GraphEngine } from '../src/engine/graph-engine';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { startServer, type AppServer } from '../src/server/http-server';
import { exampleOperations } from '../tests/utils/operations';
import { localNeo4j, type LocalNeo4j } from '../scripts/neo4j-server/local-neo4j';

/**
 * `npm run bench`: the latency of every example operation (the contract questions) over HTTP on loopback
 * with keep-alive, on the embedded engine and on Neo4j in the same run, requests interleaved so that
 * both see the same machine. Neo4j is the one NEO4J_URI names, or else a local one started with the
 * launcher of `npm run neo4j` (`--no-neo4j` skips it). Writes bench/results/latest.{json,md}.
 *
 * Options: --iterations N (default 200), --warmup N (default 20).
 */

interface Target {
  name: 'embedded' | 'neo4j';
  engine: GraphEngine;
  server: AppServer;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got ${args[i + 1]})`);
  return value;
};
const ITERATIONS = option('iterations', 200);
const WARMUP = option('warmup', 20);

const operationsDir = join(ROOT_DIR, 'schema', 'operations');
const operations = readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  .flatMap((file) => Object.entries(exampleOperations(file)).map(([name, query]) => ({ name, file, query })));

async function start(name: Target['name'], env: Record<string, string>): Promise<Target> {
  const config = loadConfig({ ...env, PORT: '0', NODE_ENV: 'production', GRAPHQL_IDE: 'false' });
  const engine = createEngine(config);
  await engine.connect();
  await loadSeed(engine, SEED_DIR);
  const server = await startServer(engine, config, { log: () => {} });
  return { name, engine, server };
}

async function ask(target: Target, query: string): Promise<number> {
  const started = process.hrtime.bigint();
  const res = await fetch(`${target.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (body.errors) throw new Error(`${target.name}: ${body.errors.map((e) => e.message).join('; ')}`);
  return ms;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function main() {
  const targets: Target[] = [await start('embedded', { GRAPH_ENGINE: 'embedded' })];
  let ownNeo4j: LocalNeo4j | undefined;
  if (!args.includes('--no-neo4j')) {
    let env: Record<string, string>;
    if (process.env.NEO4J_URI) {
      env = { GRAPH_ENGINE: 'neo4j', NEO4J_URI: process.env.NEO4J_URI, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '', NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j', NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j' };
    } else {
      console.error('NEO4J_URI is not set: starting a local Neo4j with the launcher of `npm run neo4j`');
      ownNeo4j = await localNeo4j();
      await ownNeo4j.start();
      env = { GRAPH_ENGINE: 'neo4j', NEO4J_URI: ownNeo4j.uri, NEO4J_PASSWORD: ownNeo4j.password };
    }
    targets.push(await start('neo4j', env));
  }

  const results: Array<{ operation: string; file: string; engines: Record<string, { p50: number; p99: number; mean: number }>; ratioP50?: number; ratioP99?: number }> = [];
  try {
    for (const op of operations) {
      for (let i = 0; i < WARMUP; i++) for (const t of targets) await ask(t, op.query);
      const samples: Record<string, number[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
      // Interleaved: each round asks every engine once, so a busy moment of the machine hits both.
      for (let i = 0; i < ITERATIONS; i++) for (const t of targets) samples[t.name]!.push(await ask(t, op.query));
      const engines: (typeof results)[number]['engines'] = {};
      for (const [name, list] of Object.entries(samples)) {
        const sorted = [...list].sort((a, b) => a - b);
        engines[name] = { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), mean: round(list.reduce((a, b) => a + b, 0) / list.length) };
      }
      const row: (typeof results)[number] = { operation: op.name, file: op.file, engines };
      if (engines.neo4j && engines.embedded) {
        row.ratioP50 = round(engines.neo4j.p50 / engines.embedded.p50);
        row.ratioP99 = round(engines.neo4j.p99 / engines.embedded.p99);
      }
      results.push(row);
      console.error(`${op.name}: ${Object.entries(engines).map(([n, e]) => `${n} p50 ${e.p50} ms p99 ${e.p99} ms`).join(', ')}${row.ratioP50 ? `; neo4j/embedded p50 ${row.ratioP50}x` : ''}`);
    }
  } finally {
    for (const t of targets) {
      await t.server.close();
      await t.engine.close();
    }
    await ownNeo4j?.stop();
  }

  const withNeo4j = targets.length > 1;
  const header = withNeo4j
    ? '| operation | embedded p50 (ms) | embedded p99 (ms) | Neo4j p50 (ms) | Neo4j p99 (ms) | Neo4j / embedded p50 | Neo4j / embedded p99 |\n|---|---:|---:|---:|---:|---:|---:|'
    : '| operation | embedded p50 (ms) | embedded p99 (ms) |\n|---|---:|---:|';
  const lines = results.map((r) =>
    withNeo4j
      ? `| ${r.operation} | ${r.engines.embedded!.p50} | ${r.engines.embedded!.p99} | ${r.engines.neo4j!.p50} | ${r.engines.neo4j!.p99} | ${r.ratioP50}x | ${r.ratioP99}x |`
      : `| ${r.operation} | ${r.engines.embedded!.p50} | ${r.engines.embedded!.p99} |`,
  );
  const when = new Date().toISOString();
  const markdown = `${header}\n${lines.join('\n')}\n\n${ITERATIONS} requests per operation and engine after ${WARMUP} warm-up requests, interleaved, one at a time over keep-alive on loopback; ${when}.\n`;
  const dir = join(ROOT_DIR, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ when, iterations: ITERATIONS, warmup: WARMUP, node: process.version, results }, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
