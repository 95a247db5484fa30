import { runLatency, type LoadTarget } from '../../bench/load';
import { markdownReport, type BenchReport, type Percentiles } from '../../bench/report';

// The benchmark's latency stages with a time budget per question and target: a target that has spent it
// is asked no more for that question, the others go on, and the tables say how many requests a figure
// cut short rests on. The requests are stand-ins that report a fixed duration: no server, no clock.

const fast: LoadTarget = { name: 'embedded', url: 'http://fast' };
const slow: LoadTarget = { name: 'neo4j', url: 'http://slow' };

/** A stand-in for the HTTP request: `ms` per target, and a log of what was asked of whom. */
function stand(ms: Record<string, number>) {
  const asked: string[] = [];
  const ask = (target: LoadTarget, body: string) => {
    asked.push(`${target.name}:${body}`);
    return Promise.resolve(ms[target.name]!);
  };
  return { asked, ask };
}

const item = (label: string, body = label) => ({ label, bodies: { embedded: body, neo4j: body } });

describe('the time budget of a latency stage', () => {
  it('stops asking a slow target once its requests for a question have taken the budget, and lets the others finish', async () => {
    const { asked, ask } = stand({ embedded: 2, neo4j: 1000 });
    const result = await runLatency(
      { targets: [fast, slow], items: [item('Coverage'), item('Regions')], warmup: 2, repeat: 10, budgetMs: 3500 },
      ask,
    );
    // 1000 ms a request: after the second warm-up and the first two measured ones it has spent 4000 ms.
    expect(result.samples.Coverage!.neo4j).toEqual([1000, 1000]);
    expect(result.samples.Coverage!.embedded).toHaveLength(10);
    expect(result.cutShort).toEqual({ Coverage: ['neo4j'], Regions: ['neo4j'] });
    // The next question starts with a budget of its own.
    expect(result.samples.Regions!.neo4j).toEqual([1000, 1000]);
    expect(asked.filter((a) => a === 'neo4j:Coverage')).toHaveLength(4);
  });

  it('asks a target cut short during warm-up once more, measured, so that it has a figure', async () => {
    const { asked, ask } = stand({ embedded: 2, neo4j: 5000 });
    const result = await runLatency(
      { targets: [fast, slow], items: [item('Coverage')], warmup: 20, repeat: 200, budgetMs: 1000 },
      ask,
    );
    expect(result.samples.Coverage!.neo4j).toEqual([5000]);
    expect(asked.filter((a) => a === 'neo4j:Coverage')).toHaveLength(2);
    expect(result.cutShort.Coverage).toEqual(['neo4j']);
  });

  it('counts a kind of the mix as one question: its questions share the budget', async () => {
    const { ask } = stand({ embedded: 1, neo4j: 300 });
    const items = Array.from({ length: 10 }, (_, i) => item('requirements', `q${i}`));
    const result = await runLatency({ targets: [fast, slow], items, warmup: 0, repeat: 1, budgetMs: 1000 }, ask);
    expect(result.samples.requirements!.neo4j).toHaveLength(4);
    expect(result.samples.requirements!.embedded).toHaveLength(10);
    expect(result.cutShort).toEqual({ requirements: ['neo4j'] });
  });

  it('does not call a target cut short when its last request is the one that reaches the budget', async () => {
    const { ask } = stand({ embedded: 1, neo4j: 100 });
    const result = await runLatency(
      { targets: [fast, slow], items: [item('Coverage')], warmup: 0, repeat: 10, budgetMs: 1000 },
      ask,
    );
    expect(result.samples.Coverage!.neo4j).toHaveLength(10);
    expect(result.cutShort).toEqual({});
  });

  it('without a budget asks every target every time', async () => {
    const { ask } = stand({ embedded: 1, neo4j: 60_000 });
    const result = await runLatency({ targets: [fast, slow], items: [item('Coverage')], warmup: 1, repeat: 5 }, ask);
    expect(result.samples.Coverage!.neo4j).toHaveLength(5);
    expect(result.cutShort).toEqual({});
  });
});

describe('the tables of a run with figures cut short', () => {
  const figures = (neo4j: Percentiles): Record<string, Percentiles> => ({
    embedded: { p50: 5, p99: 9 },
    'embedded-uncached': { p50: 50, p99: 90 },
    neo4j,
    floor: { p50: 1, p99: 2 },
  });
  const report = (neo4j: Percentiles): BenchReport => ({
    when: '2026-12-07T00:00:00.000Z',
    node: 'v20',
    cpus: 2,
    iterations: 200,
    warmup: 20,
    budgetSeconds: 30,
    seconds: 5,
    factors: [
      {
        factor: 1,
        nodes: 10,
        relationships: 20,
        operations: [
          {
            operation: 'CoverageByInsurerAndCareType',
            engines: figures(neo4j),
            statements: 1,
            neo4jStatements: 1,
            sameAnswerAs1x: true,
            answerBytes: 100,
          },
        ],
        throughput: [],
      },
    ],
  });

  it('marks the figure with the number of requests it rests on, and explains the mark under the table', () => {
    const markdown = markdownReport(report({ p50: 850, p99: 990, samples: 17, cutShort: true }));
    expect(markdown).toContain('| 850 / 990 ‡17 |');
    expect(markdown).toMatch(/‡n: cut short: .*30 s in all .*rests on the n requests it answered/);
  });

  it('has neither mark nor note when the budget cut nothing short', () => {
    const markdown = markdownReport(report({ p50: 12, p99: 20 }));
    expect(markdown).toContain('| 12 / 20 |');
    expect(markdown).not.toContain('‡n: cut short');
  });
});
