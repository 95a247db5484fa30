/** The benchmark's results, and the Markdown that README.md and bench/results/latest.md show. */

export type TargetName = 'embedded' | 'embedded-uncached' | 'neo4j' | 'peer' | 'floor';

export interface Percentiles {
  p50: number;
  p99: number;
  /** Set when the time budget stopped the target early (`--budget-seconds`): the samples the figure rests on. */
  samples?: number;
  cutShort?: boolean;
}

export interface OperationResult {
  operation: string;
  /** p50 and p99 in ms per target (the peer only for the questions it answers). */
  engines: Record<string, Percentiles>;
  /** Statements the embedded engine was asked for while answering it once. */
  statements: number;
  /** The same on Neo4j, and what @neo4j/graphql sent for its operation of the same question. */
  neo4jStatements?: number;
  peerStatements?: number;
  /** Items the project and the peer both listed (checked equal before timing), for the peer's questions. */
  peerItems?: number;
  sameAnswerAs1x: boolean;
  answerBytes: number;
}

export interface MixResult {
  kind: string;
  /** Questions of this kind the graph allows. */
  population: number;
  /** Questions asked (drawn with replacement), how many distinct, how many with a non-empty answer. */
  asked: number;
  distinct: number;
  withItems: number;
  engines: Record<string, Percentiles>;
  /** Statements per question, per target (peer: what it sent); the share the embedded read cache answered. */
  statements: Record<string, number>;
  cacheHitRate: number | null;
}

export interface ColdStart {
  firstAnswerMs: number;
  rssMb: number;
  how: string;
}

export interface FactorResult {
  factor: number;
  /** CPU busy share of the whole machine before this size started (others' work), and the load average after. */
  machine?: { busyBefore: number; loadAverageAfter: number };
  nodes: number;
  relationships: number;
  operations: OperationResult[];
  mix?: MixResult[];
  throughput: Array<{ operation: string; perSecond: Record<string, number>; cacheHitRate?: number | null }>;
  neo4jLoadMs?: number;
  coldStart?: { first: ColdStart; later: ColdStart };
}

export interface BenchReport {
  when: string;
  node: string;
  cpus: number;
  iterations: number;
  warmup: number;
  /** Time a target may spend on one operation (or kind of the mix) in a latency stage, in seconds. */
  budgetSeconds?: number;
  seconds: number;
  connections?: number;
  /** Questions drawn per kind of the mix, for latency and for throughput. */
  mix?: number;
  mixThroughput?: number;
  factors: FactorResult[];
}

const TARGET_NAMES: Record<string, string> = {
  embedded: 'embedded',
  'embedded-uncached': 'embedded, no read cache',
  neo4j: 'Neo4j',
  peer: '@neo4j/graphql',
  floor: 'floor',
};
/** The targets in the order of the tables' columns, floor apart. */
const ENGINE_ORDER = ['embedded', 'embedded-uncached', 'neo4j', 'peer'];
/** The peer's three questions: the example operations issue 17 compares on. */
const PEER_QUESTIONS: Array<[string, string]> = [
  ['requirements', 'ZbcRequirementsAtVgz2024'],
  ['policyDiff', 'VgzMsz2023To2024'],
  ['regions', 'RegionsWithAlliances'],
];

const ms = (n: number) => `${n} ms`;
const x = (n: number) => (Number.isFinite(n) ? `${Math.round(n * 100) / 100}x` : '—');
const pct = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${Math.round(100 * n)} %`);
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
/** The floor's p50 alone (its column has no p99), marked like any figure the budget cut short. */
const floorCell = (p: Percentiles | undefined) =>
  p ? `${p.p50}${p.cutShort ? ` ${CUT_SHORT}${p.samples ?? '?'}` : ''}` : '—';
/** The mark of a figure the time budget cut short, with the number of requests it rests on. */
export const CUT_SHORT = '‡';
const cell = (p: Percentiles | undefined) =>
  p ? `${p.p50} / ${p.p99}${p.cutShort ? ` ${CUT_SHORT}${p.samples ?? '?'}` : ''}` : '—';

/** The note under a table with figures the budget cut short; none without. */
function cutShortNote(figures: Array<Record<string, Percentiles>>, budgetSeconds: number | undefined): string[] {
  if (!figures.some((engines) => Object.values(engines).some((p) => p.cutShort))) return [];
  const budget = budgetSeconds ? `${budgetSeconds} s` : 'its time budget';
  return [
    '',
    `${CUT_SHORT}n: cut short: the target's requests for this question (in the mix: this kind) had taken ${budget} in all (\`--budget-seconds\`, warm-up included), so it was asked no more; its figure rests on the n requests it answered, not on all asked of the other targets.`,
  ];
}

function worst<T>(items: T[], value: (t: T) => number): T {
  return items.reduce((a, b) => (value(b) > value(a) ? b : a));
}

/** The goals of issue 11 (the embedded engine) that this run measured. */
function targetsTable(report: BenchReport): string[] {
  const one = report.factors.find((f) => f.factor === 1)!;
  const largest = report.factors[report.factors.length - 1]!;
  const p50 = (o: OperationResult, t = 'embedded') => o.engines[t]!.p50;
  const slowest = worst(one.operations, (o) => p50(o));
  const slowest99 = worst(one.operations, (o) => o.engines.embedded!.p99);
  const uncached = worst(one.operations, (o) => p50(o, 'embedded-uncached'));
  const rows = [
    '| target (issue 11) | goal | reached | met |',
    '|---|---|---|---|',
    `| p50 of every example operation at 1x (embedded) | ≤ 5 ms | ${ms(p50(slowest))} (${slowest.operation}) | ${yes(p50(slowest) <= 5)} |`,
    `| p99 of every example operation at 1x (embedded) | ≤ 20 ms | ${ms(slowest99.engines.embedded!.p99)} (${slowest99.operation}) | ${yes(slowest99.engines.embedded!.p99 <= 20)} |`,
  ];
  if (largest.factor > 1) {
    const same = largest.operations.filter((o) => o.sameAnswerAs1x);
    const ratio = (o: OperationResult) => p50(o) / p50(one.operations.find((b) => b.operation === o.operation)!);
    const worstRatio = same.length > 0 ? worst(same, ratio) : undefined;
    rows.push(
      `| p50 at ${largest.factor}x / p50 at 1x, for the ${same.length} of ${largest.operations.length} operations whose answer is the same at both sizes | ≤ 2x | ${worstRatio ? `${x(ratio(worstRatio))} (${worstRatio.operation})` : 'none the same'} | ${yes(!worstRatio || ratio(worstRatio) <= 2)} |`,
    );
  }
  const fixed = one.throughput.filter((r) => !r.operation.startsWith('mix') && r.perSecond.floor);
  if (fixed.length > 0) {
    const floorShare = (r: FactorResult['throughput'][number]) => r.perSecond.embedded! / r.perSecond.floor!;
    const weakest = worst(fixed, (r) => -floorShare(r));
    rows.push(
      `| throughput of ${fixed.map((r) => r.operation).join(', ')} against the floor, 1x (embedded) | ≥ 50 % | ${Math.round(100 * floorShare(weakest))} % (${weakest.operation}) | ${yes(floorShare(weakest) >= 0.5)} |`,
    );
  }
  if (one.coldStart)
    rows.push(
      `| cold start to first answer, 1x | ≤ 1.5 s | ${ms(one.coldStart.later.firstAnswerMs)} from the start-up cache; ${ms(one.coldStart.first.firstAnswerMs)} on a first start | ${yes(one.coldStart.later.firstAnswerMs <= 1500)} (first start: ${yes(one.coldStart.first.firstAnswerMs <= 1500)}) |`,
    );
  if (largest.factor > 1 && largest.coldStart)
    rows.push(
      `| cold start to first answer, ${largest.factor}x | ≤ 15 s${largest.factor === 100 ? '' : ' (the goal for 100x)'} | ${ms(largest.coldStart.later.firstAnswerMs)} from the start-up cache; ${ms(largest.coldStart.first.firstAnswerMs)} on a first start | ${yes(largest.coldStart.later.firstAnswerMs <= 15000)} (first start: ${yes(largest.coldStart.first.firstAnswerMs <= 15000)}) |`,
    );
  if (one.coldStart)
    rows.push(
      `| RSS after answering every operation, 1x | ≤ 300 MB | ${one.coldStart.later.rssMb} MB (${one.coldStart.first.rssMb} MB after a first start) | ${yes(one.coldStart.later.rssMb <= 300)} |`,
    );
  rows.push(
    `| without the read cache (a question not asked since the last load), p50 at 1x | (not a target) | ${ms(p50(uncached, 'embedded-uncached'))} (${uncached.operation}) | |`,
  );
  return rows;
}

/** Issue 17: the project on Neo4j against @neo4j/graphql on the same Neo4j, at 1x and 10x (and any other size run). */
function peerTable(report: BenchReport): string[] {
  const rows: string[] = [];
  for (const f of report.factors) {
    for (const [question, operation] of PEER_QUESTIONS) {
      const rate = f.throughput.find((r) => r.operation === operation)?.perSecond;
      const latency = f.operations.find((o) => o.operation === operation)?.engines;
      if (!rate?.neo4j || !rate.peer || !latency?.neo4j || !latency.peer) continue;
      const ratio = rate.neo4j / rate.peer;
      rows.push(
        `| ${question} (${operation}) | ${f.factor}x | ${rate.neo4j} / ${rate.peer} = ${x(ratio)} | ${yes(ratio >= 1.5)} | ${latency.neo4j.p50} / ${latency.peer.p50} ms | ${yes(latency.neo4j.p50 <= latency.peer.p50)} |`,
      );
    }
    for (const m of f.mix ?? []) {
      const rate = f.throughput.find((r) => r.operation === `mix: ${m.kind}`)?.perSecond;
      if (!rate?.neo4j || !rate.peer || !m.engines.neo4j || !m.engines.peer) continue;
      rows.push(
        `| ${m.kind}, the mix (not a goal) | ${f.factor}x | ${rate.neo4j} / ${rate.peer} = ${x(rate.neo4j / rate.peer)} | | ${m.engines.neo4j.p50} / ${m.engines.peer.p50} ms | |`,
      );
    }
  }
  if (rows.length === 0) return [];
  return [
    '| question (issue 17) | size | req/s, Neo4j / @neo4j/graphql, 8 connections | ≥ 1.5x | p50, Neo4j / @neo4j/graphql, 1 connection | ≤ |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** Start-up's own words without the temporary folders it names. */
const withoutPaths = (how: string) => how.replace(/ \(\/[^)]*\)/g, '').replace(/ (from|of) \/\S+/g, '');

function factorSection(f: FactorResult, budgetSeconds?: number): string[] {
  const present = new Set(f.operations.flatMap((o) => Object.keys(o.engines)));
  const engines = ENGINE_ORDER.filter((n) => present.has(n));
  const ratio = (e: Record<string, Percentiles>, a: string, b: string) => (e[a] && e[b] ? x(e[a].p50 / e[b].p50) : '—');
  const hasNeo4j = present.has('neo4j');
  const hasPeer = present.has('peer');
  const ratioHeads = [
    ...(hasPeer ? ['Neo4j ÷ peer p50'] : []),
    'embedded ÷ floor p50',
    ...(hasNeo4j ? ['Neo4j ÷ floor p50'] : []),
  ];
  const ratios = (e: Record<string, Percentiles>) => [
    ...(hasPeer ? [ratio(e, 'neo4j', 'peer')] : []),
    ratio(e, 'embedded', 'floor'),
    ...(hasNeo4j ? [ratio(e, 'neo4j', 'floor')] : []),
  ];
  const latency = [
    `| operation | statements${hasNeo4j ? ` (embedded / Neo4j${hasPeer ? ' / peer' : ''})` : ''} | same answer as 1x | floor p50 | ${engines.map((n) => `${TARGET_NAMES[n]} p50 / p99`).join(' | ')} | ${ratioHeads.join(' | ')} |`,
    `|---|---:|---|---:|${engines.map(() => '---:').join('|')}|${ratioHeads.map(() => '---:').join('|')}|`,
    ...f.operations.map(
      (o) =>
        `| ${o.operation}${o.peerItems !== undefined ? ` (${o.peerItems} items = peer)` : ''} | ${o.statements}${hasNeo4j ? ` / ${o.neo4jStatements ?? '—'}` : ''}${hasPeer ? ` / ${o.peerStatements ?? '—'}` : ''} | ${o.sameAnswerAs1x ? 'yes' : `no (${Math.round(o.answerBytes / 1024)} KB)`} | ${floorCell(o.engines.floor)} | ${engines.map((n) => cell(o.engines[n])).join(' | ')} | ${ratios(o.engines).join(' | ')} |`,
    ),
    ...cutShortNote(
      f.operations.map((o) => o.engines),
      budgetSeconds,
    ),
  ];
  const mix = (f.mix ?? []).length
    ? [
        '',
        `| mix | questions | asked (distinct, with items) | statements per question (${engines.map((n) => TARGET_NAMES[n]).join(' / ')}) | embedded read-cache hits | floor p50 | ${engines.map((n) => `${TARGET_NAMES[n]} p50 / p99`).join(' | ')} | ${ratioHeads.join(' | ')} |`,
        `|---|---:|---:|---:|---:|---:|${engines.map(() => '---:').join('|')}|${ratioHeads.map(() => '---:').join('|')}|`,
        ...f.mix!.map(
          (m) =>
            `| ${m.kind} | ${m.population.toLocaleString('en')} | ${m.asked} (${m.distinct}, ${m.withItems}) | ${engines.map((n) => (n in m.engines ? (m.statements[n] ?? '—') : '—')).join(' / ')} | ${pct(m.cacheHitRate)} | ${floorCell(m.engines.floor)} | ${engines.map((n) => cell(m.engines[n])).join(' | ')} | ${ratios(m.engines).join(' | ')} |`,
        ),
        ...cutShortNote(
          f.mix!.map((m) => m.engines),
          budgetSeconds,
        ),
      ]
    : [];
  const names = [...engines, 'floor'];
  const rate = [
    '',
    `| question, req/s | ${names.map((n) => TARGET_NAMES[n]).join(' | ')} |${hasPeer ? ' Neo4j ÷ peer |' : ''} embedded ÷ floor | embedded read-cache hits |`,
    `|---|${names.map(() => '---:').join('|')}|${hasPeer ? '---:|' : ''}---:|---:|`,
    ...f.throughput.map((r) => {
      const p = r.perSecond;
      const div = (a?: number, b?: number) => (a && b ? x(a / b) : '—');
      return `| ${r.operation} | ${names.map((n) => p[n] ?? '—').join(' | ')} |${hasPeer ? ` ${div(p.neo4j, p.peer)} |` : ''} ${div(p.embedded, p.floor)} | ${pct(r.cacheHitRate)} |`;
    }),
  ];
  const machine = f.machine
    ? ` The machine was ${Math.round(100 * f.machine.busyBefore)} % busy before this size started (others' work); load average ${f.machine.loadAverageAfter} at its end.`
    : '';
  return [
    `#### ${f.factor}x: ${f.nodes.toLocaleString('en')} nodes, ${f.relationships.toLocaleString('en')} relationships${f.neo4jLoadMs ? ` (Neo4j loaded in ${(f.neo4jLoadMs / 1000).toFixed(1)} s)` : ''}`,
    '',
    ...(machine ? [machine.trim(), ''] : []),
    ...latency,
    ...mix,
    ...rate,
    '',
    ...(f.coldStart
      ? [
          `Cold start to first answer: ${ms(f.coldStart.first.firstAnswerMs)} on a first start (${withoutPaths(f.coldStart.first.how)}); ${ms(f.coldStart.later.firstAnswerMs)} on the next (${withoutPaths(f.coldStart.later.how)}). RSS after every operation: ${f.coldStart.later.rssMb} MB.`,
          '',
        ]
      : []),
  ];
}

export function markdownReport(report: BenchReport): string {
  return [
    ...peerTable(report),
    ...targetsTable(report),
    '',
    `Fixed questions: ${report.iterations} requests per operation and target after ${report.warmup} warm-up requests, interleaved, one at a time over keep-alive on loopback; p50 / p99 in ms. ` +
      (report.mix
        ? `Mix: ${report.mix} questions of each kind drawn from all the graph allows, each asked once per target, interleaved. `
        : '') +
      (report.budgetSeconds
        ? `Time budget: ${report.budgetSeconds} s per question (or kind of the mix) and target, warm-up included; a target that used it up was asked no more for it (${CUT_SHORT}n: its figure rests on n requests). `
        : '') +
      `Throughput: autocannon, ${report.connections ?? 8} connections, ${report.seconds} s per question and target in one-second slices taken in turn with the other targets${report.mixThroughput ? `; a mix: ${report.mixThroughput} other questions drawn the same way, asked in turn` : ''}. ` +
      `Every target and the load generator run in processes of their own. ${report.cpus} CPUs, Node ${report.node}, ${report.when}.`,
    '',
    ...report.factors.flatMap((f) => factorSection(f, report.budgetSeconds)),
  ].join('\n');
}
