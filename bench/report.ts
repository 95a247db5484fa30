/** The benchmark's results, and the Markdown that README.md and bench/results/latest.md show. */

export interface OperationResult {
  operation: string;
  /** p50 and p99 in ms per target: embedded, embedded-uncached, neo4j, floor. */
  engines: Record<string, { p50: number; p99: number }>;
  /** Statements the engine was asked for while answering it once. */
  statements: number;
  sameAnswerAs1x: boolean;
  answerBytes: number;
}

export interface ColdStart {
  firstAnswerMs: number;
  rssMb: number;
  how: string;
}

export interface FactorResult {
  factor: number;
  nodes: number;
  relationships: number;
  operations: OperationResult[];
  throughput: Array<{ operation: string; perSecond: Record<string, number> }>;
  neo4jLoadMs?: number;
  coldStart: { first: ColdStart; later: ColdStart };
}

export interface BenchReport {
  when: string;
  node: string;
  cpus: number;
  iterations: number;
  warmup: number;
  seconds: number;
  factors: FactorResult[];
}

const TARGET_NAMES: Record<string, string> = {
  embedded: 'embedded',
  'embedded-uncached': 'embedded, no read cache',
  neo4j: 'Neo4j',
  floor: 'floor',
};
const ms = (n: number) => `${n} ms`;
const x = (n: number) => `${Math.round(n * 100) / 100}x`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function worst<T>(items: T[], value: (t: T) => number): T {
  return items.reduce((a, b) => (value(b) > value(a) ? b : a));
}

function targetsTable(report: BenchReport): string[] {
  const one = report.factors.find((f) => f.factor === 1)!;
  const largest = report.factors[report.factors.length - 1]!;
  const p50 = (o: OperationResult, t = 'embedded') => o.engines[t]!.p50;
  const slowest = worst(one.operations, (o) => p50(o));
  const slowest99 = worst(one.operations, (o) => o.engines.embedded!.p99);
  const uncached = worst(one.operations, (o) => p50(o, 'embedded-uncached'));
  const rows = [
    '| target | goal | reached | met |',
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
    const uncachedRatio = (o: OperationResult) =>
      p50(o, 'embedded-uncached') /
      p50(
        one.operations.find((b) => b.operation === o.operation)!,
        'embedded-uncached',
      );
    const worstUncached = same.length > 0 ? worst(same, uncachedRatio) : undefined;
    if (worstUncached)
      rows.push(
        `| the same without the read cache | (not a target) | ${x(uncachedRatio(worstUncached))} (${worstUncached.operation}) | |`,
      );
  }
  const floorShare = (r: FactorResult['throughput'][number]) => r.perSecond.embedded! / r.perSecond.floor!;
  const weakest = worst(one.throughput, (r) => -floorShare(r));
  rows.push(
    `| throughput of ${one.throughput.map((r) => r.operation).join(', ')} against the floor, 1x | ≥ 50 % | ${Math.round(100 * floorShare(weakest))} % (${weakest.operation}) | ${yes(floorShare(weakest) >= 0.5)} |`,
    `| cold start to first answer, 1x | ≤ 1.5 s | ${ms(one.coldStart.later.firstAnswerMs)} from the start-up cache; ${ms(one.coldStart.first.firstAnswerMs)} on a first start | ${yes(one.coldStart.later.firstAnswerMs <= 1500)} (first start: ${yes(one.coldStart.first.firstAnswerMs <= 1500)}) |`,
  );
  if (largest.factor > 1) {
    rows.push(
      `| cold start to first answer, ${largest.factor}x | ≤ 15 s${largest.factor === 100 ? '' : ' (the goal for 100x)'} | ${ms(largest.coldStart.later.firstAnswerMs)} from the start-up cache; ${ms(largest.coldStart.first.firstAnswerMs)} on a first start | ${yes(largest.coldStart.later.firstAnswerMs <= 15000)} (first start: ${yes(largest.coldStart.first.firstAnswerMs <= 15000)}) |`,
    );
  }
  rows.push(
    `| RSS after answering every operation, 1x | ≤ 300 MB | ${one.coldStart.later.rssMb} MB (${one.coldStart.first.rssMb} MB after a first start) | ${yes(one.coldStart.later.rssMb <= 300)} |`,
    `| without the read cache (a question not asked since the last load), p50 at 1x | (not a target) | ${ms(p50(uncached, 'embedded-uncached'))} (${uncached.operation}) | |`,
  );
  return rows;
}

/** Start-up's own words without the temporary folders it names. */
const withoutPaths = (how: string) => how.replace(/ \(\/[^)]*\)/g, '').replace(/ (from|of) \/\S+/g, '');

function factorSection(f: FactorResult, names: string[]): string[] {
  const engines = names.filter((n) => n !== 'floor');
  const header = `| operation | statements | same answer as 1x | floor p50 | ${engines.map((n) => `${TARGET_NAMES[n]} p50 / p99`).join(' | ')} | embedded / floor p50 |`;
  const lines = f.operations.map((o) => {
    const cells = engines.map((n) => `${o.engines[n]!.p50} / ${o.engines[n]!.p99}`);
    return `| ${o.operation} | ${o.statements} | ${o.sameAnswerAs1x ? 'yes' : `no (${Math.round(o.answerBytes / 1024)} KB)`} | ${o.engines.floor!.p50} | ${cells.join(' | ')} | ${x(o.engines.embedded!.p50 / o.engines.floor!.p50)} |`;
  });
  const rate = [
    `| question | ${names.map((n) => `${TARGET_NAMES[n]} (req/s)`).join(' | ')} | embedded / floor |`,
    `|---|${names.map(() => '---:').join('|')}|---:|`,
    ...f.throughput.map(
      (r) =>
        `| ${r.operation} | ${names.map((n) => r.perSecond[n]).join(' | ')} | ${Math.round((100 * r.perSecond.embedded!) / r.perSecond.floor!)} % |`,
    ),
  ];
  return [
    `#### ${f.factor}x: ${f.nodes.toLocaleString('en')} nodes, ${f.relationships.toLocaleString('en')} relationships${f.neo4jLoadMs ? ` (Neo4j loaded in ${(f.neo4jLoadMs / 1000).toFixed(1)} s)` : ''}`,
    '',
    header,
    `|---|---:|---|---:|${engines.map(() => '---:').join('|')}|---:|`,
    ...lines,
    '',
    ...rate,
    '',
    `Cold start to first answer: ${ms(f.coldStart.first.firstAnswerMs)} on a first start (${withoutPaths(f.coldStart.first.how)}); ${ms(f.coldStart.later.firstAnswerMs)} on the next (${withoutPaths(f.coldStart.later.how)}). RSS after every operation: ${f.coldStart.later.rssMb} MB.`,
    '',
  ];
}

export function markdownReport(report: BenchReport): string {
  const names = Object.keys(report.factors[0]!.operations[0]!.engines);
  return [
    ...targetsTable(report),
    '',
    `${report.iterations} requests per operation and target after ${report.warmup} warm-up requests, interleaved, one at a time over keep-alive on loopback; p50 / p99 in ms. ` +
      `embedded is the production configuration (read cache on); "no read cache" is what a question costs the first time after a load. The floor is the same Apollo Server answering from memory. ` +
      `Throughput: autocannon, 8 connections, ${report.seconds} s per question and target. Cold start: \`node dist/server/main.js\` (what \`npm start\` runs), embedded and temporary. ` +
      `${report.cpus} CPUs, Node ${report.node}, ${report.when}.`,
    '',
    ...report.factors.flatMap((f) => factorSection(f, names)),
  ].join('\n');
}
