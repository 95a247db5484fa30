import { engineKindUnderTest } from '../utils/engine';
import { metricValue, scrape } from '../utils/metrics';
import { useTestApi } from '../utils/server';

/** What an operator's Prometheus reads at /metrics after the requests it has served. */
describe('GET /metrics', () => {
  const api = useTestApi();

  it('answers in the Prometheus text format, with the process’s own figures', async () => {
    const res = await fetch(`${api().server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE zorginkoop_graphql_requests_total counter');
    expect(text).toContain('# TYPE zorginkoop_engine_statement_duration_seconds histogram');
    expect(text).toContain('# TYPE zorginkoop_http_requests_in_flight gauge');
    expect(text).toContain('# TYPE zorginkoop_requests_shed_total counter');
    expect(metricValue(text, 'zorginkoop_process_resident_memory_bytes')).toBeGreaterThan(0);
    // The scrape itself is a request in flight.
    expect(metricValue(text, 'zorginkoop_http_requests_in_flight')).toBeGreaterThanOrEqual(1);
  });

  it('counts and times a known operation by its name and outcome, and the statements it sent', async () => {
    const engine = engineKindUnderTest();
    const before = await scrape(api().server.url);
    const ok = await api().query(
      'query MetricsProbePolicy { policy(key: "vgz-msz-2024") { key criteria { totalCount } } }',
    );
    expect(ok.errors).toBeUndefined();
    const missing = await api().query('query MetricsProbeMissing { policy(key: "no-such-policy") { key } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const after = await scrape(api().server.url);

    const delta = (name: string, labels: Record<string, string>) =>
      metricValue(after, name, labels) - metricValue(before, name, labels);
    expect(delta('zorginkoop_graphql_requests_total', { operation: 'MetricsProbePolicy', outcome: 'ok' })).toBe(1);
    expect(
      delta('zorginkoop_graphql_request_duration_seconds_count', { operation: 'MetricsProbePolicy', outcome: 'ok' }),
    ).toBe(1);
    expect(delta('zorginkoop_graphql_requests_total', { operation: 'MetricsProbeMissing', outcome: 'NOT_FOUND' })).toBe(
      1,
    );
    // The statements sent, by name (the embedded engine answers some from its read cache instead).
    const statements = delta('zorginkoop_engine_statement_duration_seconds_count', { engine });
    const lookups = delta('zorginkoop_read_cache_lookups_total', {});
    expect(statements + lookups).toBeGreaterThan(0);
    expect(after).toMatch(
      new RegExp(
        `zorginkoop_engine_statement_duration_seconds_count\\{engine="${engine}",statement="[a-z-]+/[a-z0-9.-]+"\\} \\d+`,
      ),
    );
  });

  it('shows the read cache’s hits on the embedded engine: the same question again is answered from it', async () => {
    const question = 'query MetricsProbeRepeat { providerType(key: "zbc") { criteria { key } } }';
    await api().query(question);
    const before = await scrape(api().server.url);
    await api().query(question);
    const after = await scrape(api().server.url);
    const hits =
      metricValue(after, 'zorginkoop_read_cache_lookups_total', { result: 'hit' }) -
      metricValue(before, 'zorginkoop_read_cache_lookups_total', { result: 'hit' });
    // Neo4j can be written by others: it keeps no answers, and so counts no lookups.
    if (engineKindUnderTest() === 'embedded') expect(hits).toBeGreaterThan(0);
    else expect(hits).toBe(0);
  });

  it('keeps a client’s invented operation names from growing without bound', async () => {
    for (let i = 0; i < 210; i++) await api().query(`query Invented${i} { __typename }`);
    const text = await scrape(api().server.url);
    const names = new Set(
      [...text.matchAll(/zorginkoop_graphql_requests_total\{operation="([^"]*)"/g)].map((m) => m[1]),
    );
    // 200 names, `other` and `(anonymous)`.
    expect(names.size).toBeLessThanOrEqual(202);
    expect(metricValue(text, 'zorginkoop_graphql_requests_total', { operation: 'other' })).toBeGreaterThan(0);
  });
});
