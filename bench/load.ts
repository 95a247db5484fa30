import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

/**
 * The load generator, in a process of its own: run-bench.ts spawns it with an IPC channel and sends it
 * jobs; it answers each with its measurements. Its CPU (building requests, reading answers, autocannon's
 * bookkeeping) never shares an event loop with a server it measures.
 *
 * - latency: one request at a time over keep-alive, per item `warmup` unmeasured rounds and then `repeat`
 *   measured ones; a round asks every target that has a body for the item once, starting with a
 *   different target each round, so that a busy moment of the machine falls on all of them alike. With
 *   `budgetMs`, a target whose requests for a label (warm-up ones included) have taken that long in all
 *   is asked no more for it (its figure rests on the samples it gave, and at least one: a target cut
 *   short during warm-up is asked once more, measured); the others go on.
 * - throughput: autocannon, `connections` keep-alive connections for `seconds`, the bodies asked in turn
 *   from `start` (one shared turn over all connections, so that eight connections ask eight different
 *   questions); the parent runs it in slices, target after target.
 * Every answer must be 200 without GraphQL errors, or the job fails.
 */

export interface LoadTarget {
  name: string;
  url: string;
}

export interface LatencyJob {
  kind: 'latency';
  targets: LoadTarget[];
  /** `label` groups samples (an operation, or a kind of the mix); bodies by target name. */
  items: Array<{ label: string; bodies: Record<string, string> }>;
  warmup: number;
  repeat: number;
  /** Time a target may spend on one label in all, in ms; unlimited without it. */
  budgetMs?: number;
}
export interface LatencyResult {
  /** Milliseconds per label and target, in the order asked. */
  samples: Record<string, Record<string, number[]>>;
  /** Per label, the targets that the budget stopped before they gave every sample asked for. */
  cutShort: Record<string, string[]>;
}

export interface ThroughputJob {
  kind: 'throughput';
  url: string;
  bodies: string[];
  /** Where in `bodies` to begin: a run in slices goes on where the last slice ended. */
  start: number;
  connections: number;
  seconds: number;
}
export interface ThroughputResult {
  /** Answers received, and over how many seconds. */
  requests: number;
  seconds: number;
  /** Where the next slice begins in `bodies`. */
  next: number;
}

export type LoadJob = LatencyJob | ThroughputJob;

/** An answer counts when it is 200 and carries no GraphQL errors (Apollo puts `errors` first). */
const failed = (status: number, body: string) => status !== 200 || body.startsWith('{"errors"');

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          if (failed(res.statusCode ?? 0, text))
            reject(new Error(`${url.href} answered ${res.statusCode}: ${text.slice(0, 500)}`));
          else resolve(ms);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The latency job with the request left to the caller (`ask` answers how long a request took, in ms), so
 * that the order of requests and the budget can be tested without a server.
 */
export async function runLatency(
  job: Omit<LatencyJob, 'kind'>,
  ask: (target: LoadTarget, body: string) => Promise<number>,
): Promise<LatencyResult> {
  const samples: LatencyResult['samples'] = {};
  const cutShort: LatencyResult['cutShort'] = {};
  const id = (label: string, target: LoadTarget) => `${label}\u0000${target.name}`;
  // Per label and target, the time its requests took so far, and how many it is still to be asked.
  const spent = new Map<string, number>();
  const left = new Map<string, number>();
  for (const item of job.items)
    for (const t of job.targets)
      if (item.bodies[t.name] !== undefined)
        left.set(id(item.label, t), (left.get(id(item.label, t)) ?? 0) + job.warmup + job.repeat);
  const cut = new Set<string>();
  let round = 0;
  for (const item of job.items) {
    const measured = (samples[item.label] ??= {});
    const targets = job.targets.filter((t) => item.bodies[t.name] !== undefined);
    for (let i = 0; i < job.warmup + job.repeat; i++, round++) {
      for (let k = 0; k < targets.length; k++) {
        const target = targets[(round + k) % targets.length]!;
        const key = id(item.label, target);
        if (cut.has(key)) continue;
        const ms = await ask(target, item.bodies[target.name]!);
        if (i >= job.warmup) (measured[target.name] ??= []).push(ms);
        const total = (spent.get(key) ?? 0) + ms;
        spent.set(key, total);
        left.set(key, left.get(key)! - 1);
        if (job.budgetMs === undefined || total < job.budgetMs || left.get(key) === 0) continue;
        // Out of time: one measured request still when there is none yet, so that every target has a figure.
        if (!measured[target.name]) (measured[target.name] ??= []).push(await ask(target, item.bodies[target.name]!));
        cut.add(key);
        (cutShort[item.label] ??= []).push(target.name);
      }
    }
  }
  return { samples, cutShort };
}

async function latency(job: LatencyJob): Promise<LatencyResult> {
  const agents = new Map(job.targets.map((t) => [t.name, new Agent({ keepAlive: true, maxSockets: 1 })]));
  const urls = new Map(job.targets.map((t) => [t.name, new URL(t.url)]));
  try {
    return await runLatency(job, (target, body) => post(agents.get(target.name)!, urls.get(target.name)!, body));
  } finally {
    for (const agent of agents.values()) agent.destroy();
  }
}

async function throughput(job: ThroughputJob): Promise<ThroughputResult> {
  let turn = job.start;
  let bad = '';
  const result = await autocannon({
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: job.connections,
    duration: job.seconds,
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: job.bodies[turn++ % job.bodies.length] }),
        onResponse: (status, body) => {
          if (!bad && failed(status, body)) bad = `${status}: ${body.slice(0, 500)}`;
        },
      },
    ],
  });
  if (bad || result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${job.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts ${bad}`,
    );
  return { requests: result.requests.total, seconds: result.duration, next: turn % job.bodies.length };
}

if (require.main === module) {
  process.on('message', (message: { id: number; job: LoadJob }) => {
    const run = message.job.kind === 'latency' ? latency(message.job) : throughput(message.job);
    run.then(
      (result) => process.send?.({ id: message.id, result }),
      (error: unknown) =>
        process.send?.({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
