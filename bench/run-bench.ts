import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import type { GraphEngine } from '../src/engine/graph-engine';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { startServer, type AppServer } from '../src/server/http-server';
import { exampleOperations } from '../tests/utils/operations';
import { localNeo4j, type LocalNeo4j } from '../scripts/neo4j-server/local-neo4j';
import { startFloor, withTypenames } from './floor-server';

/**
 * `npm run bench`: the latency of every example operation (the contract questions) over HTTP on loopback
 * with keep-alive, on the embedded engine and on Neo4j in the same run, requests interleaved so that
 * both see the same machine. Neo4j is the one NEO4J_URI names, or else a local one started with the
 * launcher of `npm run neo4j` (`--no-neo4j` skips it). Writes bench/results/latest.{json,md}.
 *
 * Beside them, a floor: the same Apollo Server answering the captured answers from memory. Throughput
 * of the heaviest questions by autocannon (a few seconds each, several connections), cold start to the
 * first answer of `zorginkoop serve` and its RSS after answering every operation.
 *
 * Options: --iterations N (default 200), --warmup N (default 20), --seconds N (throughput, default 5).
 */

interface Target {
  name: 'embedded' | 'neo4j' | 'floor';
  url: string;
  stop(): Promise<void>;
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
const SECONDS = option('seconds', 5);
/** The questions that read the most: their throughput is what the floor is compared with. */
const THROUGHPUT = ['ZbcRequirementsAtVgz2024', 'CompareHospitalRequirements', 'VgzMsz2023To2024'];

const operationsDir = join(ROOT_DIR, 'schema', 'operations');
const operations = readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  // Every selection asks __typename, so that the floor can answer abstract types from JSON; all targets
  // get the same text.
  .flatMap((file) => Object.entries(exampleOperations(file)).map(([name, query]) => ({ name, file, query: withTypenames(query) })));

async function start(name: 'embedded' | 'neo4j', env: Record<string, string>): Promise<Target> {
  const config = loadConfig({ ...env, PORT: '0', NODE_ENV: 'production', GRAPHQL_IDE: 'false' });
  const engine: GraphEngine = createEngine(config);
  await engine.connect();
  await loadSeed(engine, SEED_DIR);
  const server: AppServer = await startServer(engine, config, { log: () => {} });
  return { name, url: `${server.url}/graphql`, stop: async () => (await server.close(), await engine.close()) };
}

async function answer(url: string, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
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
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return Math.round(result.requests.average);
}

/** The production server on the embedded engine, started as `npm start` starts it (compiled, plain node): time to its first answer, RSS after every operation once. */
async function coldStart(): Promise<{ firstAnswerMs: number; rssMb: number }> {
  execFileSync(process.execPath, [join(ROOT_DIR, 'scripts', 'ensure-build.js')], { stdio: 'inherit' });
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT_DIR, 'dist', 'server', 'main.js')], { env: { PATH: process.env.PATH, PORT: '0', GRAPHQL_IDE: 'false', NODE_ENV: 'production' } });
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
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { firstAnswerMs, rssMb: Math.round(rssKb / 1024) };
  } finally {
    child.kill('SIGTERM');
  }
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
  const captured = Object.fromEntries(await Promise.all(operations.map(async (op) => [op.name, await answer(targets[0]!.url, op.query)] as const)));
  const floor = await startFloor(captured);
  targets.push({ name: 'floor', url: floor.url, stop: floor.stop });

  const results: Array<{ operation: string; file: string; engines: Record<string, { p50: number; p99: number; mean: number }>; ratioP50?: number; ratioP99?: number }> = [];
  const rates: Array<{ operation: string; perSecond: Record<string, number> }> = [];
  let cold: { firstAnswerMs: number; rssMb: number } | undefined;
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
    for (const name of THROUGHPUT) {
      const op = operations.find((o) => o.name === name)!;
      const perSecond: Record<string, number> = {};
      for (const t of targets) perSecond[t.name] = await throughput(t, op.query);
      rates.push({ operation: name, perSecond });
      console.error(`${name}: ${Object.entries(perSecond).map(([n, r]) => `${n} ${r} req/s`).join(', ')}`);
    }
    cold = await coldStart();
  } finally {
    for (const t of targets) await t.stop();
    await ownNeo4j?.stop();
  }

  const withNeo4j = targets.some((t) => t.name === 'neo4j');
  const header = withNeo4j
    ? '| operation | embedded p50 (ms) | embedded p99 (ms) | Neo4j p50 (ms) | Neo4j p99 (ms) | Neo4j / embedded p50 | Neo4j / embedded p99 |\n|---|---:|---:|---:|---:|---:|---:|'
    : '| operation | embedded p50 (ms) | embedded p99 (ms) |\n|---|---:|---:|';
  const lines = results.map((r) =>
    withNeo4j
      ? `| ${r.operation} | ${r.engines.embedded!.p50} | ${r.engines.embedded!.p99} | ${r.engines.neo4j!.p50} | ${r.engines.neo4j!.p99} | ${r.ratioP50}x | ${r.ratioP99}x |`
      : `| ${r.operation} | ${r.engines.embedded!.p50} | ${r.engines.embedded!.p99} |`,
  );
  const when = new Date().toISOString();
  const floorCol = (r: (typeof results)[number]) => `${r.engines.floor!.p50}`;
  const names = targets.map((t) => t.name);
  const rateHeader = `| question | ${names.map((n) => `${n} (req/s)`).join(' | ')} | embedded / floor${withNeo4j ? ' | Neo4j / floor' : ''} |\n|---|${names.map(() => '---:').join('|')}|---:|${withNeo4j ? '---:|' : ''}`;
  const rateLines = rates.map((r) => {
    const pct = (n: string) => `${Math.round((100 * r.perSecond[n]!) / r.perSecond.floor!)} %`;
    return `| ${r.operation} | ${names.map((n) => r.perSecond[n]).join(' | ')} | ${pct('embedded')}${withNeo4j ? ` | ${pct('neo4j')}` : ''} |`;
  });
  const markdown = [
    `${header.replace('| operation |', '| operation | floor p50 (ms) |').replace('|---|', '|---|---:|')}`,
    ...lines.map((l, i) => l.replace(/^\| ([^|]+) \|/, `| $1 | ${floorCol(results[i]!)} |`)),
    '',
    `${ITERATIONS} requests per operation and target after ${WARMUP} warm-up requests, interleaved, one at a time over keep-alive on loopback. The floor is the same Apollo Server answering from memory.`,
    '',
    rateHeader,
    ...rateLines,
    '',
    `Throughput: autocannon, 8 connections, ${SECONDS} s per question and target. Cold start of the production server (\`npm start\`: compiled, plain node; embedded, temporary, seeded at start) to its first answer: ${cold?.firstAnswerMs} ms; RSS after answering every operation once: ${cold?.rssMb} MB. ${when}.`,
    '',
  ].join('\n');
  const dir = join(ROOT_DIR, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ when, iterations: ITERATIONS, warmup: WARMUP, node: process.version, results, throughput: rates, coldStart: cold }, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  console.log(markdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
