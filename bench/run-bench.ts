import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, type Config } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import type { GraphEngine } from '../src/engine/graph-engine';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { SeedCache } from '../src/seed/seed-cache';
import { synthesizeSeed } from '../src/seed/synthesize';
import { startServer } from '../src/server/http-server';
import { openGraph } from '../src/server/open-graph';
import { exampleOperations } from '../tests/utils/operations';
import { localNeo4j, type LocalNeo4j } from '../scripts/neo4j-server/local-neo4j';
import { startFloor, withTypenames } from './floor-server';
import { markdownReport, type BenchReport, type FactorResult, type OperationResult } from './report';

/**
 * `npm run bench`: every example operation (the contract questions) over HTTP on loopback with keep-alive,
 * at each corpus size (1x is seed/, 10x and 100x are written by `zorginkoop synth`), against:
 * - embedded: the production configuration (read cache on, started as `npm start` starts);
 * - embedded-uncached: the same engine with EMBEDDED_READ_CACHE_ROWS=0, what a first question costs;
 * - neo4j: the Neo4j NEO4J_URI names, or a local one started with the launcher of `npm run neo4j`;
 * - floor: the same Apollo Server answering the captured answers from memory.
 * Requests are interleaved (each round asks every target once), so a busy moment hits all of them.
 * Then throughput (autocannon) of the heaviest questions, and the production server's cold start to its
 * first answer (`node dist/server/main.js`) with nothing cached and again from the start-up cache, and its RSS.
 * Writes bench/results/latest.{json,md}; --readme also puts the tables in README.md.
 *
 * Options: --factors 1,10,100 (default), --iterations N (200), --warmup N (20), --seconds N (5),
 * --no-neo4j, --readme; --report-only writes the tables again from bench/results/latest.json.
 */

interface Target {
  name: 'embedded' | 'embedded-uncached' | 'neo4j' | 'floor';
  url: string;
  engine?: GraphEngine;
  stop(): Promise<void>;
}

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const option = (name: string, fallback: number) => {
  const raw = valueOf(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number of at least 1 (got ${raw})`);
  return value;
};
const ITERATIONS = option('iterations', 200);
const WARMUP = option('warmup', 20);
const SECONDS = option('seconds', 5);
const FACTORS = (valueOf('factors') ?? '1,10,100').split(',').map((f) => {
  const n = Number(f);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new Error(`--factors takes whole numbers from 1 to 1000, comma-separated (got ${f})`);
  return n;
});
/** The questions that read the most: their throughput is what the floor is compared with. */
const THROUGHPUT = ['ZbcRequirementsAtVgz2024', 'CompareHospitalRequirements', 'VgzMsz2023To2024'];
const BENCH_CACHE = join(ROOT_DIR, '.cache', 'bench');

const operations = readdirSync(join(ROOT_DIR, 'schema', 'operations'))
  .filter((f) => f.endsWith('.graphql'))
  // Every selection asks __typename, so that the floor can answer abstract types from JSON; all targets
  // get the same text.
  .flatMap((file) =>
    Object.entries(exampleOperations(file)).map(([name, query]) => ({ name, file, query: withTypenames(query) })),
  );

const benchConfig = (env: Record<string, string>): Config =>
  loadConfig({ PORT: '0', NODE_ENV: 'production', GRAPHQL_IDE: 'false', ...env });

async function serveEngine(name: Target['name'], engine: GraphEngine, config: Config): Promise<Target> {
  const server = await startServer(engine, config, { log: () => {} });
  return { name, engine, url: `${server.url}/graphql`, stop: async () => (await server.close(), await engine.close()) };
}

async function answer(url: string, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (body.errors || !body.data) throw new Error(`${url}: ${body.errors?.map((e) => e.message).join('; ')}`);
  return body.data;
}

async function ask(target: Target, query: string): Promise<number> {
  const started = process.hrtime.bigint();
  await answer(target.url, query);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Requests per second over SECONDS with 8 keep-alive connections; errors make it fail. */
async function throughput(target: Target, query: string): Promise<number> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections: 8,
    duration: SECONDS,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return Math.round(result.requests.average);
}

/** The production server as `npm start` runs it: time to its first answer and what start-up did; RSS after every operation once. */
async function coldStart(env: Record<string, string>): Promise<{ firstAnswerMs: number; rssMb: number; how: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT_DIR, 'dist', 'server', 'main.js')], {
    env: { PATH: process.env.PATH, PORT: '0', GRAPHQL_IDE: 'false', NODE_ENV: 'production', ...env },
  });
  try {
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /(http:\/\/\S+\/graphql)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
    });
    await answer(url, operations[0]!.query);
    const firstAnswerMs = Date.now() - started;
    for (const op of operations) await answer(url, op.query);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
    const how = /engine: (.*)/.exec(stderr)?.[1] ?? '';
    return { firstAnswerMs, rssMb: Math.round(rssKb / 1024), how };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function neo4jEnv(): Promise<{ env: Record<string, string>; own?: LocalNeo4j } | undefined> {
  if (args.includes('--no-neo4j')) return undefined;
  if (process.env.NEO4J_URI) {
    return {
      env: {
        GRAPH_ENGINE: 'neo4j',
        NEO4J_URI: process.env.NEO4J_URI,
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
        NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
        NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
      },
    };
  }
  console.error('NEO4J_URI is not set: starting a local Neo4j with the launcher of `npm run neo4j`');
  // A load is one transaction, all or nothing; Neo4j caps a transaction's memory at 70 % of the heap,
  // and the 100x load needs more than the launcher's default 1 GB heap gives it.
  const own = await localNeo4j(undefined, Math.max(...FACTORS) > 10 ? '-Xms1g -Xmx4g' : undefined);
  await own.start();
  return { env: { GRAPH_ENGINE: 'neo4j', NEO4J_URI: own.uri, NEO4J_PASSWORD: own.password }, own };
}

async function benchFactor(
  factor: number,
  neo4j: Record<string, string> | undefined,
  baseline: Map<string, string>,
): Promise<FactorResult> {
  const work = mkdtempSync(join(tmpdir(), `zorginkoop-bench-${factor}x-`));
  const seedDir = factor === 1 ? SEED_DIR : join(work, 'seed');
  if (factor > 1) synthesizeSeed(SEED_DIR, seedDir, factor);
  const targets: Target[] = [];
  try {
    const validation = new SeedCache(BENCH_CACHE).validated(seedDir);
    if (validation.problems.length > 0)
      throw new Error(`the ${factor}x seed has ${validation.problems.length} problem(s)`);
    const nodes = Object.values(validation.graph.nodes).reduce((n, rows) => n + rows.length, 0);
    const relationships = validation.graph.relationships.reduce((n, b) => n + b.rows.length, 0);
    const embeddedEnv = { GRAPH_ENGINE: 'embedded', SEED_DIR: seedDir, SEED_CACHE_DIR: BENCH_CACHE };
    let t = Date.now();
    const opened = await openGraph(benchConfig(embeddedEnv));
    const embeddedStartMs = Date.now() - t;
    targets.push(await serveEngine('embedded', opened.engine, benchConfig(embeddedEnv)));
    const uncachedConfig = benchConfig({ ...embeddedEnv, EMBEDDED_READ_CACHE_ROWS: '0' });
    targets.push(await serveEngine('embedded-uncached', (await openGraph(uncachedConfig)).engine, uncachedConfig));
    let neo4jLoadMs: number | undefined;
    if (neo4j) {
      const config = benchConfig({ ...neo4j, SEED_DIR: seedDir });
      const engine = createEngine(config);
      await engine.connect();
      t = Date.now();
      await loadSeed(engine, seedDir, undefined, validation);
      neo4jLoadMs = Date.now() - t;
      targets.push(await serveEngine('neo4j', engine, config));
    }
    console.error(
      `${factor}x: embedded ready in ${embeddedStartMs} ms (${opened.how})${neo4jLoadMs ? `; Neo4j loaded in ${neo4jLoadMs} ms` : ''}`,
    );

    const captured: Record<string, Record<string, unknown>> = {};
    const statements: Record<string, number> = {};
    for (const op of operations) {
      const engine = targets[1]!.engine!;
      const before = engine.calls;
      captured[op.name] = await answer(targets[1]!.url, op.query);
      statements[op.name] = engine.calls - before;
      const json = JSON.stringify(captured[op.name]);
      if (factor === 1) baseline.set(op.name, json);
      for (const other of targets) {
        if (other.name === 'embedded-uncached') continue;
        const theirs = JSON.stringify(await answer(other.url, op.query));
        if (theirs !== json && !op.name.startsWith('Search'))
          console.error(`warning: ${op.name} at ${factor}x: ${other.name} answers differently from embedded-uncached`);
      }
    }
    const floor = await startFloor(captured);
    targets.push({ name: 'floor', url: floor.url, stop: () => floor.stop() });

    const results: OperationResult[] = [];
    for (const op of operations) {
      for (let i = 0; i < WARMUP; i++) for (const target of targets) await ask(target, op.query);
      const samples: Record<string, number[]> = Object.fromEntries(targets.map((target) => [target.name, []]));
      for (let i = 0; i < ITERATIONS; i++)
        for (const target of targets) samples[target.name]!.push(await ask(target, op.query));
      const engines: OperationResult['engines'] = {};
      for (const [name, list] of Object.entries(samples)) {
        const sorted = [...list].sort((a, b) => a - b);
        engines[name] = { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
      }
      const sameAnswerAs1x = baseline.get(op.name) === JSON.stringify(captured[op.name]);
      results.push({
        operation: op.name,
        engines,
        statements: statements[op.name]!,
        sameAnswerAs1x,
        answerBytes: JSON.stringify(captured[op.name]).length,
      });
      console.error(
        `${factor}x ${op.name}: ${Object.entries(engines)
          .map(([n, e]) => `${n} ${e.p50}/${e.p99} ms`)
          .join(', ')}`,
      );
    }
    const rates: FactorResult['throughput'] = [];
    for (const name of THROUGHPUT) {
      const op = operations.find((o) => o.name === name)!;
      const perSecond: Record<string, number> = {};
      for (const target of targets) perSecond[target.name] = await throughput(target, op.query);
      rates.push({ operation: name, perSecond });
      console.error(
        `${factor}x ${name}: ${Object.entries(perSecond)
          .map(([n, r]) => `${n} ${r} req/s`)
          .join(', ')}`,
      );
    }
    for (const target of targets.splice(0)) await target.stop();

    // Cold start of the production server: first with a cache of its own that is empty (it validates,
    // loads and snapshots), then again (it starts from that snapshot).
    const startCache = join(work, 'start-cache');
    const env = { SEED_DIR: seedDir, SEED_CACHE_DIR: startCache };
    const first = await coldStart(env);
    const later = await coldStart(env);
    console.error(
      `${factor}x cold start: ${first.firstAnswerMs} ms (${first.how}), then ${later.firstAnswerMs} ms (${later.how}); RSS ${later.rssMb} MB`,
    );
    return {
      factor,
      nodes,
      relationships,
      operations: results,
      throughput: rates,
      neo4jLoadMs,
      coldStart: { first, later },
    };
  } finally {
    for (const target of targets) await target.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The README block and latest.md, written from a report. */
function writeReport(report: BenchReport): string {
  const markdown = markdownReport(report);
  const dir = join(ROOT_DIR, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  if (args.includes('--readme')) {
    const readme = join(ROOT_DIR, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = text.indexOf('<!-- bench:start -->');
    const end = text.indexOf('<!-- bench:end -->');
    if (start < 0 || end < start) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
    writeFileSync(readme, `${text.slice(0, start)}<!-- bench:start -->\n${markdown}\n${text.slice(end)}`);
  }
  return markdown;
}

async function main() {
  if (args.includes('--report-only')) {
    console.log(
      writeReport(JSON.parse(readFileSync(join(ROOT_DIR, 'bench', 'results', 'latest.json'), 'utf8')) as BenchReport),
    );
    return;
  }
  execFileSync(process.execPath, [join(ROOT_DIR, 'scripts', 'ensure-build.js')], { stdio: 'inherit' });
  const neo4j = await neo4jEnv();
  const factors: FactorResult[] = [];
  const baseline = new Map<string, string>();
  try {
    // 1x always, first: the other sizes are compared with it.
    for (const factor of [...new Set([1, ...FACTORS])].sort((a, b) => a - b))
      factors.push(await benchFactor(factor, neo4j?.env, baseline));
  } finally {
    await neo4j?.own?.stop();
  }
  const report: BenchReport = {
    when: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    iterations: ITERATIONS,
    warmup: WARMUP,
    seconds: SECONDS,
    factors,
  };
  const markdown = writeReport(report);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
