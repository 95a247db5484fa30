import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { loadConfig } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { SeedCache } from '../src/seed/seed-cache';
import { synthesizeSeed } from '../src/seed/synthesize';
import { exampleOperations } from '../tests/utils/operations';
import { localNeo4j, type LocalNeo4j } from '../scripts/neo4j-server/local-neo4j';
import { captureKey, withTypenames, type Captured } from './floor-server';
import type { LatencyJob, LatencyResult, LoadJob, LoadTarget, ThroughputJob, ThroughputResult } from './load';
import { drawStream, MIX_KINDS, MIX_OPERATIONS, mixPopulation, type MixKind, type MixQuestion } from './mix';
import { parityProblem, peerItems, projectItems, type PeerQuestion } from './parity';
import type { PeerSettings } from './peer/peer-server';
import type { ReadyMessage, StatsMessage, TargetSpec } from './target-server';
import {
  markdownReport,
  type BenchReport,
  type FactorResult,
  type MixResult,
  type OperationResult,
  type Percentiles,
  type TargetName,
} from './report';

/**
 * `npm run bench`: the API over HTTP on loopback with keep-alive, at each corpus size (1x is seed/, 10x
 * and 100x are written by `zorginkoop synth`), against five targets, each a server in a process of its own:
 * - embedded: the production configuration (read cache on);
 * - embedded-uncached: the same engine with EMBEDDED_READ_CACHE_ROWS=0, every statement run by LadybugDB;
 * - neo4j: the project on the Neo4j NEO4J_URI names, or on a local one started with the launcher;
 * - peer: @neo4j/graphql 7 on the same Neo4j and database (bench/peer/), for requirements, policyDiff
 *   and regions; before timing, every question it is timed on must return the project's items (parity.ts);
 * - floor: the same Apollo Server and schema answering captured answers from memory.
 * The load generator (bench/load.ts) is a process of its own too; this process only orchestrates.
 *
 * Per size: every example operation (the fixed questions), interleaved target by target, `--iterations`
 * times after `--warmup`; then the varied mix (mix.ts: provider type x insurer and year, every policy
 * pair, every vocabulary name), `--mix` questions of each kind drawn from the whole population and asked
 * once each, with the embedded read cache's hit rate over them; then throughput with autocannon (8
 * connections, `--seconds` one-second slices per target, taken in turn) for the peer's three questions,
 * CompareHospitalRequirements and each kind of the mix (`--mix-throughput` other questions drawn the same
 * way); then the production server's cold start (`node dist/server/main.js`). Every question timed on the
 * peer is checked against the project's answer first.
 * Writes bench/results/latest.{json,md}; --readme also puts the tables in README.md.
 *
 * Options: --factors 1,10,100 (default), --iterations N (200), --warmup N (20), --seconds N (5), --mix N
 * (200), --mix-throughput N (1000), --budget-seconds N (30), --no-neo4j, --no-cold-start, --readme;
 * --quick is --factors 1 --iterations 20 --warmup 5 --seconds 2 --mix 30 --mix-throughput 100
 * --budget-seconds 5 --no-cold-start, for development; --report-only writes the tables again from
 * bench/results/latest.json.
 * --budget-seconds bounds the latency stages: a target whose requests for one operation (or one kind of
 * the mix), warm-up included, have taken N seconds in all is asked no more for it, and the tables mark its
 * figure with the number of requests it rests on (bench/report.ts). Without it, one slow answer at 100x
 * (several seconds, 220 times per target) kept the stage running for hours. What is measured is otherwise
 * the same; a target cut short keeps the samples it gave.
 */

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const valueOf = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const option = (name: string, fallback: number, quick: number) => {
  const raw = valueOf(name);
  const value = raw === undefined ? (QUICK ? quick : fallback) : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number of at least 1 (got ${raw})`);
  return value;
};
const ITERATIONS = option('iterations', 200, 20);
const WARMUP = option('warmup', 20, 5);
const SECONDS = option('seconds', 5, 2);
const MIX = option('mix', 200, 30);
const MIX_THROUGHPUT = option('mix-throughput', 1000, 100);
const BUDGET_SECONDS = option('budget-seconds', 30, 5);
const COLD_START = !QUICK && !args.includes('--no-cold-start');
const FACTORS = (valueOf('factors') ?? (QUICK ? '1' : '1,10,100')).split(',').map((f) => {
  const n = Number(f);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new Error(`--factors takes whole numbers from 1 to 1000, comma-separated (got ${f})`);
  return n;
});
const CONNECTIONS = 8;
/** The questions whose throughput is measured: the three the peer answers, and the comparison. */
const THROUGHPUT = [
  'ZbcRequirementsAtVgz2024',
  'VgzMsz2023To2024',
  'RegionsWithAlliances',
  'CompareHospitalRequirements',
];
const BENCH_CACHE = join(ROOT_DIR, '.cache', 'bench');

const operations = readdirSync(join(ROOT_DIR, 'schema', 'operations'))
  .filter((f) => f.endsWith('.graphql'))
  // Every selection asks __typename, so that the floor can answer abstract types from JSON; all the
  // project's targets get the same text.
  .flatMap((file) =>
    Object.entries(exampleOperations(file)).map(([name, query]) => ({ name, query: withTypenames(query) })),
  );

/** The peer's operations (bench/peer/operations.graphql), each as a document of its own. */
const peerOperations: Record<string, string> = Object.fromEntries(
  parse(readFileSync(join(ROOT_DIR, 'bench', 'peer', 'operations.graphql'), 'utf8'))
    .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => [d.name!.value, print(d)]),
);

/** The example operations the peer is timed on, with its operation and variables for the same question. */
const PEER_FOR: Record<string, { question: PeerQuestion; operation: string; variables: Record<string, unknown> }> = {
  ZbcRequirementsAtVgz2024: {
    question: 'requirements',
    operation: 'PeerRequirements',
    variables: { providerType: 'zbc', insurer: 'vgz', year: 2024, first: 50 },
  },
  VgzMsz2023To2024: {
    question: 'policyDiff',
    operation: 'PeerPolicyVersions',
    variables: { policies: ['vgz-msz-2023', 'vgz-msz-2024'] },
  },
  RegionsWithAlliances: { question: 'regions', operation: 'PeerRegions', variables: {} },
};
const PEER_MIX: Partial<Record<MixKind, { question: PeerQuestion; operation: string }>> = {
  requirements: { question: 'requirements', operation: 'PeerRequirements' },
  policyDiff: { question: 'policyDiff', operation: 'PeerPolicyVersions' },
};

const body = (query: string, operationName?: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, ...(operationName ? { operationName } : {}), ...(variables ? { variables } : {}) });
const mixBody = (q: MixQuestion) =>
  body(withTypenames(MIX_OPERATIONS[q.kind].query), MIX_OPERATIONS[q.kind].name, q.variables);
const peerMixBody = (q: MixQuestion) => {
  const peer = PEER_MIX[q.kind];
  return peer ? body(peerOperations[peer.operation]!, peer.operation, q.peerVariables) : undefined;
};

// ---------------------------------------------------------------------------------------------------------
// Child processes: the targets and the load generator.

const TSX = ['--require', 'tsx/cjs'];

interface ChildTarget {
  name: TargetName;
  url: string;
  how: string;
  stats(): Promise<StatsMessage>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function spawnTarget(name: TargetName, spec: TargetSpec): Promise<ChildTarget> {
  const child = spawn(process.execPath, [...TSX, join(ROOT_DIR, 'bench', 'target-server.ts'), JSON.stringify(spec)], {
    cwd: ROOT_DIR,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    child.once('message', (m: ReadyMessage) => resolve(m));
    child.once('exit', (code) => reject(new Error(`the ${name} server exited (${code}) before it was ready`)));
  });
  return {
    name,
    url: ready.url,
    how: ready.how,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m: StatsMessage) => resolve(m));
        child.send({ type: 'stats' });
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

interface LoadGenerator {
  latency(job: Omit<LatencyJob, 'kind'>): Promise<LatencyResult>;
  throughput(job: Omit<ThroughputJob, 'kind' | 'connections'>): Promise<ThroughputResult>;
  stop(): Promise<void>;
}

function spawnLoad(): LoadGenerator {
  const child = spawn(process.execPath, [...TSX, join(ROOT_DIR, 'bench', 'load.ts')], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const pending = new Map<number, { resolve(r: unknown): void; reject(e: Error): void }>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const waiting = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) waiting?.reject(new Error(`load generator: ${m.error}`));
    else waiting?.resolve(m.result);
  });
  child.once('exit', (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the load generator exited (${code})`));
  });
  const run = <R>(job: LoadJob) =>
    new Promise<R>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      child.send({ id, job });
    });
  return {
    latency: (job) => run<LatencyResult>({ kind: 'latency', ...job }),
    throughput: (job) => run<ThroughputResult>({ kind: 'throughput', connections: CONNECTIONS, ...job }),
    stop: async () => {
      child.disconnect();
      await exited(child);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

async function answer(url: string, requestBody: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody });
  const data = (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (data.errors || !data.data) throw new Error(`${url}: ${data.errors?.map((e) => e.message).join('; ')}`);
  return data.data;
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
    await answer(url, body(operations[0]!.query));
    const firstAnswerMs = Date.now() - started;
    for (const op of operations) await answer(url, body(op.query));
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
    const how = /engine: (.*)/.exec(stderr)?.[1] ?? '';
    return { firstAnswerMs, rssMb: Math.round(rssKb / 1024), how };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 100) / 100;
/** p50 and p99 per target; a target the time budget cut short also says how many samples they rest on. */
function summary(samples: Record<string, number[]>, cutShort: readonly string[] = []): Record<string, Percentiles> {
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const p = { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
      return [name, cutShort.includes(name) ? { ...p, samples: list.length, cutShort: true } : p];
    }),
  );
}

interface Neo4jTarget {
  env: Record<string, string>;
  peer: PeerSettings;
  own?: LocalNeo4j;
}

async function neo4jTarget(): Promise<Neo4jTarget | undefined> {
  if (args.includes('--no-neo4j')) return undefined;
  const settings = (uri: string, password: string, user = 'neo4j', database = 'neo4j'): Neo4jTarget => ({
    env: {
      GRAPH_ENGINE: 'neo4j',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
      NEO4J_USER: user,
      NEO4J_DATABASE: database,
    },
    peer: { uri, user, password, database },
  });
  if (process.env.NEO4J_URI)
    return settings(
      process.env.NEO4J_URI,
      process.env.NEO4J_PASSWORD ?? '',
      process.env.NEO4J_USER || undefined,
      process.env.NEO4J_DATABASE || undefined,
    );
  console.error('NEO4J_URI is not set: starting a local Neo4j with the launcher of `npm run neo4j`');
  // The launcher's default heap (1 GB) at every size: a load on Neo4j is staged in bounded transactions
  // (src/seed/load-seed.ts), and its one switch transaction fits at 100x (README "Neo4j").
  const own = await localNeo4j();
  await own.start();
  return { ...settings(own.uri, own.password), own };
}

/** Throws when the project and the peer list different items for a question. */
function checkParity(
  what: string,
  question: PeerQuestion,
  project: Record<string, unknown>,
  peer: Record<string, unknown>,
  peerVariables: Record<string, unknown>,
): number {
  const ours = projectItems(question, project);
  const theirs = peerItems(question, peer, peerVariables);
  const problem = parityProblem(ours, theirs);
  if (problem) throw new Error(`parity: ${what}: the project and @neo4j/graphql answer differently: ${problem}`);
  return ours.length;
}

/** The share of all CPUs' time spent busy over `ms` (from /proc/stat), 0 to 1. */
async function machineBusy(ms: number): Promise<number> {
  const sample = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  const a = sample();
  await new Promise((r) => setTimeout(r, ms));
  const b = sample();
  return Math.round((1 - (b.idle - a.idle) / Math.max(1, b.total - a.total)) * 100) / 100;
}

/** Whether a mix answer lists anything (many provider type x insurer x year questions have no answer). */
function hasItems(kind: MixKind, data: Record<string, unknown>): boolean {
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  if (kind === 'policyDiff') {
    const d = (data.policyDiff ?? {}) as Record<string, unknown>;
    return count(d.added) + count(d.removed) + count(d.changed) > 0;
  }
  const connection = (data[kind] ?? {}) as { totalCount?: number };
  return (connection.totalCount ?? 0) > 0;
}

async function benchFactor(
  factor: number,
  neo4j: Neo4jTarget | undefined,
  baseline: Map<string, string>,
): Promise<FactorResult> {
  const work = mkdtempSync(join(tmpdir(), `zorginkoop-bench-${factor}x-`));
  const seedDir = factor === 1 ? SEED_DIR : join(work, 'seed');
  if (factor > 1) synthesizeSeed(SEED_DIR, seedDir, factor);
  const targets: ChildTarget[] = [];
  let load: LoadGenerator | undefined;
  const log = (line: string) => console.error(`${factor}x ${line}`);
  // Other work on the machine shows in the figures: how busy it is before this size starts (nothing of
  // the benchmark runs then but an idle Neo4j), and the 1-minute load average at the end.
  const busyBefore = await machineBusy(3000);
  try {
    const validation = new SeedCache(BENCH_CACHE).validated(seedDir);
    if (validation.problems.length > 0)
      throw new Error(`the ${factor}x seed has ${validation.problems.length} problem(s)`);
    const nodes = Object.values(validation.graph.nodes).reduce((n, rows) => n + rows.length, 0);
    const relationships = validation.graph.relationships.reduce((n, b) => n + b.rows.length, 0);

    // The embedded targets one after the other: the second starts from the snapshot the first left.
    const embeddedEnv = { GRAPH_ENGINE: 'embedded', SEED_DIR: seedDir, SEED_CACHE_DIR: BENCH_CACHE };
    let t = Date.now();
    const embedded = await spawnTarget('embedded', { kind: 'engine', env: embeddedEnv, load: true });
    targets.push(embedded);
    log(`embedded ready in ${Date.now() - t} ms (${embedded.how.replace(/ \(\/[^)]*\)/g, '')})`);
    const uncached = await spawnTarget('embedded-uncached', {
      kind: 'engine',
      env: { ...embeddedEnv, EMBEDDED_READ_CACHE_ROWS: '0' },
      load: true,
    });
    targets.push(uncached);
    let neo4jLoadMs: number | undefined;
    let project: ChildTarget | undefined;
    let peer: ChildTarget | undefined;
    if (neo4j) {
      const config = loadConfig({ ...neo4j.env, SEED_DIR: seedDir, NODE_ENV: 'production' });
      const engine = createEngine(config);
      await engine.connect();
      try {
        t = Date.now();
        await loadSeed(engine, seedDir, undefined, validation);
        neo4jLoadMs = Date.now() - t;
      } finally {
        await engine.close();
      }
      log(`Neo4j loaded in ${neo4jLoadMs} ms`);
      project = await spawnTarget('neo4j', { kind: 'engine', env: { ...neo4j.env, SEED_DIR: seedDir }, load: false });
      targets.push(project);
      peer = await spawnTarget('peer', { kind: 'peer', settings: neo4j.peer });
      targets.push(peer);
      // Its first request also asks the server's version, once: not a statement of any question.
      await answer(peer.url, body(peerOperations.PeerRegions!, 'PeerRegions'));
    }

    // Capture every answer once from the uncached engine (the floor serves them), count statements, and
    // check the other targets against it; then the peer against the project on the same Neo4j.
    const captured: Captured = {};
    const statements: Record<string, { embedded: number; neo4j?: number; peer?: number }> = {};
    const items: Record<string, number> = {};
    for (const op of operations) {
      const before = (await uncached.stats()).calls;
      const data = await answer(uncached.url, body(op.query));
      statements[op.name] = { embedded: (await uncached.stats()).calls - before };
      captured[captureKey(op.name)] = data;
      const json = JSON.stringify(data);
      if (factor === 1) baseline.set(op.name, json);
      for (const other of [embedded, project]) {
        if (!other) continue;
        const calls = (await other.stats()).calls;
        const theirs = await answer(other.url, body(op.query));
        if (other === project) statements[op.name]!.neo4j = (await other.stats()).calls - calls;
        if (JSON.stringify(theirs) !== json && !op.name.startsWith('Search'))
          console.error(`warning: ${op.name} at ${factor}x: ${other.name} answers differently from embedded-uncached`);
        const peerOp = PEER_FOR[op.name];
        if (other === project && peer && peerOp) {
          const peerCalls = (await peer.stats()).calls;
          const peerData = await answer(
            peer.url,
            body(peerOperations[peerOp.operation]!, peerOp.operation, peerOp.variables),
          );
          statements[op.name]!.peer = (await peer.stats()).calls - peerCalls;
          items[op.name] = checkParity(op.name, peerOp.question, theirs, peerData, peerOp.variables);
        }
      }
    }

    // The mix: per kind, a stream for latency and a longer one for throughput, drawn from the whole
    // population; every distinct question captured, and the peer checked against the project on it.
    const population = mixPopulation(validation.graph, seedDir);
    const draw = (count: number, seed: number) =>
      Object.fromEntries(MIX_KINDS.map((kind, i) => [kind, drawStream(population[kind], count, seed + i)])) as Record<
        MixKind,
        MixQuestion[]
      >;
    const streams = draw(MIX, 17);
    const throughputStreams = draw(MIX_THROUGHPUT, 117);
    const nonEmpty: Record<string, number> = {};
    for (const kind of MIX_KINDS) {
      const distinct = [...new Map(streams[kind].map((q) => [q.id, q])).values()];
      const all = [...new Map([...streams[kind], ...throughputStreams[kind]].map((q) => [q.id, q])).values()];
      const inLatency = new Set(distinct.map((q) => q.id));
      let withItems = 0;
      for (const q of all) {
        const data = await answer(uncached.url, mixBody(q));
        captured[captureKey(MIX_OPERATIONS[kind].name, q.variables)] = data;
        if (inLatency.has(q.id) && hasItems(kind, data)) withItems += 1;
        const peerMix = PEER_MIX[kind];
        if (project && peer && peerMix) {
          const ours = await answer(project.url, mixBody(q));
          const theirs = await answer(peer.url, peerMixBody(q)!);
          checkParity(q.id, peerMix.question, ours, theirs, q.peerVariables ?? {});
        }
      }
      nonEmpty[kind] = withItems;
      log(
        `mix ${kind}: ${streams[kind].length} questions, ${distinct.length} distinct, ${withItems} with items; ${all.length} distinct with the throughput stream${peer && PEER_MIX[kind] ? ', the same items on the peer' : ''}`,
      );
    }
    const capturedFile = join(work, 'captured.json');
    writeFileSync(capturedFile, JSON.stringify(captured));
    targets.push(await spawnTarget('floor', { kind: 'floor', capturedFile }));
    const loadTargets: LoadTarget[] = targets.map((x) => ({ name: x.name, url: x.url }));
    const projectTargets = targets.filter((x) => x.name !== 'peer');
    load = spawnLoad();

    // Fixed questions, interleaved.
    const latency = await load.latency({
      targets: loadTargets,
      items: operations.map((op) => {
        const bodies: Record<string, string> = Object.fromEntries(projectTargets.map((x) => [x.name, body(op.query)]));
        const peerOp = PEER_FOR[op.name];
        if (peer && peerOp) bodies.peer = body(peerOperations[peerOp.operation]!, peerOp.operation, peerOp.variables);
        return { label: op.name, bodies };
      }),
      warmup: WARMUP,
      repeat: ITERATIONS,
      budgetMs: BUDGET_SECONDS * 1000,
    });
    const results: OperationResult[] = operations.map((op) => {
      const json = JSON.stringify(captured[captureKey(op.name)]);
      return {
        operation: op.name,
        engines: summary(latency.samples[op.name]!, latency.cutShort[op.name]),
        statements: statements[op.name]!.embedded,
        neo4jStatements: statements[op.name]!.neo4j,
        peerStatements: statements[op.name]!.peer,
        peerItems: items[op.name],
        sameAnswerAs1x: baseline.get(op.name) === json,
        answerBytes: json.length,
      };
    });
    for (const r of results)
      log(
        `${r.operation}: ${Object.entries(r.engines)
          .map(([n, e]) => `${n} ${e.p50}/${e.p99} ms${e.cutShort ? ` (cut short: ${e.samples} samples)` : ''}`)
          .join(', ')}`,
      );

    // The mix, kind by kind (each question once per target), with the embedded read cache's hit rate.
    const mix: MixResult[] = [];
    const counted = targets.filter((x) => x.name !== 'floor');
    const allStats = async () =>
      new Map(await Promise.all(counted.map(async (x) => [x.name, await x.stats()] as const)));
    for (const kind of MIX_KINDS) {
      const beforeAll = await allStats();
      const before = beforeAll.get('embedded')!;
      const samples = await load.latency({
        targets: loadTargets,
        items: streams[kind].map((q) => {
          const bodies: Record<string, string> = Object.fromEntries(projectTargets.map((x) => [x.name, mixBody(q)]));
          const peerBody = peer ? peerMixBody(q) : undefined;
          if (peerBody) bodies.peer = peerBody;
          return { label: kind, bodies };
        }),
        warmup: 0,
        repeat: 1,
        budgetMs: BUDGET_SECONDS * 1000,
      });
      const afterAll = await allStats();
      const after = afterAll.get('embedded')!;
      const reads = after.calls - before.calls;
      const perQuestion = Object.fromEntries(
        [...afterAll].map(([name, a]) => [name, round((a.calls - beforeAll.get(name)!.calls) / streams[kind].length)]),
      );
      mix.push({
        kind,
        population: population[kind].length,
        asked: streams[kind].length,
        distinct: new Set(streams[kind].map((q) => q.id)).size,
        withItems: nonEmpty[kind]!,
        engines: summary(samples.samples[kind] ?? {}, samples.cutShort[kind]),
        statements: perQuestion,
        cacheHitRate:
          after.cacheHits === null || before.cacheHits === null || reads === 0
            ? null
            : (after.cacheHits - before.cacheHits) / reads,
      });
      const m = mix[mix.length - 1]!;
      log(
        `mix ${kind}: ${Object.entries(m.engines)
          .map(([n, e]) => `${n} ${e.p50}/${e.p99} ms${e.cutShort ? ` (cut short: ${e.samples} samples)` : ''}`)
          .join(', ')}; read-cache hits ${m.cacheHitRate === null ? 'n/a' : `${Math.round(100 * m.cacheHitRate)} %`}`,
      );
    }

    // Throughput: the fixed questions, then each kind of the mix (its throughput stream). Each target
    // gets SECONDS one-second slices, taken in turn with the other targets, so that a busy moment of the
    // machine falls on all of them alike.
    const rates: FactorResult['throughput'] = [];
    const measure = async (label: string, bodiesOf: (target: ChildTarget) => string[] | undefined) => {
      const runs = targets.flatMap((target) => {
        const bodies = bodiesOf(target);
        return bodies && bodies.length > 0 ? [{ target, bodies, next: 0, requests: 0, seconds: 0 }] : [];
      });
      const before = await embedded.stats();
      for (let slice = 0; slice < SECONDS; slice++)
        for (let k = 0; k < runs.length; k++) {
          const run = runs[(slice + k) % runs.length]!;
          const result = await load!.throughput({
            url: run.target.url,
            bodies: run.bodies,
            start: run.next,
            seconds: 1,
          });
          run.next = result.next;
          run.requests += result.requests;
          run.seconds += result.seconds;
        }
      const after = await embedded.stats();
      const reads = after.calls - before.calls;
      const perSecond = Object.fromEntries(runs.map((r) => [r.target.name, Math.round(r.requests / r.seconds)]));
      const hitRate =
        after.cacheHits !== null && before.cacheHits !== null && reads > 0
          ? (after.cacheHits - before.cacheHits) / reads
          : null;
      rates.push({ operation: label, perSecond, cacheHitRate: hitRate });
      log(
        `${label}: ${Object.entries(perSecond)
          .map(([n, r]) => `${n} ${r} req/s`)
          .join(', ')}`,
      );
    };
    for (const name of THROUGHPUT) {
      const op = operations.find((o) => o.name === name)!;
      const peerOp = PEER_FOR[name];
      await measure(name, (target) =>
        target.name !== 'peer'
          ? [body(op.query)]
          : peerOp
            ? [body(peerOperations[peerOp.operation]!, peerOp.operation, peerOp.variables)]
            : undefined,
      );
    }
    for (const kind of MIX_KINDS)
      await measure(`mix: ${kind}`, (target) =>
        target.name !== 'peer'
          ? throughputStreams[kind].map(mixBody)
          : PEER_MIX[kind]
            ? throughputStreams[kind].map((q) => peerMixBody(q)!)
            : undefined,
      );
    await load.stop();
    load = undefined;
    for (const target of targets.splice(0)) await target.stop();

    let cold: FactorResult['coldStart'];
    if (COLD_START) {
      // Cold start of the production server: first with a cache of its own that is empty (it validates,
      // loads and snapshots), then again (it starts from that snapshot).
      const startCache = join(work, 'start-cache');
      const env = { SEED_DIR: seedDir, SEED_CACHE_DIR: startCache };
      const first = await coldStart(env);
      const later = await coldStart(env);
      log(
        `cold start: ${first.firstAnswerMs} ms (${first.how}), then ${later.firstAnswerMs} ms (${later.how}); RSS ${later.rssMb} MB`,
      );
      cold = { first, later };
    }
    return {
      factor,
      machine: { busyBefore, loadAverageAfter: Math.round(loadavg()[0]! * 100) / 100 },
      nodes,
      relationships,
      operations: results,
      mix,
      throughput: rates,
      neo4jLoadMs,
      coldStart: cold,
    };
  } finally {
    await load?.stop();
    for (const target of targets) await target.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The README block and latest.md, written from a report. */
function writeReport(report: BenchReport, readme = args.includes('--readme')): string {
  const markdown = markdownReport(report);
  const dir = join(ROOT_DIR, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
  if (readme) {
    const readmeFile = join(ROOT_DIR, 'README.md');
    const text = readFileSync(readmeFile, 'utf8');
    const start = text.indexOf('<!-- bench:start -->');
    const end = text.indexOf('<!-- bench:end -->');
    if (start < 0 || end < start) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
    writeFileSync(readmeFile, `${text.slice(0, start)}<!-- bench:start -->\n${markdown}\n${text.slice(end)}`);
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
  const neo4j = await neo4jTarget();
  const factors: FactorResult[] = [];
  const baseline = new Map<string, string>();
  const report = (): BenchReport => ({
    when: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    iterations: ITERATIONS,
    warmup: WARMUP,
    budgetSeconds: BUDGET_SECONDS,
    seconds: SECONDS,
    connections: CONNECTIONS,
    mix: MIX,
    mixThroughput: MIX_THROUGHPUT,
    factors,
  });
  try {
    // 1x always, first: the other sizes are compared with it. The results so far are written after each
    // size, so that a size that fails (a larger one, hours in) leaves the others in latest.json.
    for (const factor of [...new Set([1, ...FACTORS])].sort((a, b) => a - b)) {
      factors.push(await benchFactor(factor, neo4j, baseline));
      writeReport(report(), false);
    }
  } finally {
    await neo4j?.own?.stop();
  }
  console.log(writeReport(report()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
