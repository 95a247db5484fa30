import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What an operator scrapes from /metrics (Prometheus text format): one registry for the process, since the
 * engines observe their statements here as the server observes its requests. Every metric counts from the
 * process's start; a test reads the change a request makes, not an absolute value.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'zorginkoop_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

export const requestsTotal = new Counter({
  name: 'zorginkoop_graphql_requests_total',
  help: 'GraphQL operations answered (CSV and calendar exports included), by operation name and outcome: ok, or the first error code.',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

export const requestSeconds = new Histogram({
  name: 'zorginkoop_graphql_request_duration_seconds',
  help: 'Time from the start of a GraphQL operation to its answer, by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const statementSeconds = new Histogram({
  name: 'zorginkoop_engine_statement_duration_seconds',
  help: 'Time the database took for one statement (a file under cypher/) that succeeded, reads and a load’s writes, by engine and statement name; answers from the embedded read cache are not counted here.',
  labelNames: ['engine', 'statement'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const readCacheLookups = new Counter({
  name: 'zorginkoop_read_cache_lookups_total',
  help: 'Read statements looked up in the embedded engine’s read cache, by result (hit or miss); the hit rate is hit / (hit + miss).',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const documentsCompiled = new Counter({
  name: 'zorginkoop_graphql_documents_compiled_total',
  help: 'GraphQL documents compiled to JavaScript (graphql-jit) because clients asked them GRAPHQL_COMPILE_AFTER times; by result: compiled, or graphql-js when one would not compile.',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const httpRequestsTotal = new Counter({
  name: 'zorginkoop_http_requests_received_total',
  help: 'HTTP requests received, by route: graphql, export, metrics, health, ready, ide or other.',
  labelNames: ['route'] as const,
  registers: [registry],
});

/** The route of a request path, as a label of few values. */
export function routeLabel(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0]!;
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/graphql/ide/')) return 'ide';
  if (path.startsWith('/export/')) return 'export';
  if (path === '/metrics' || path === '/health' || path === '/ready') return path.slice(1);
  return 'other';
}

export const httpInFlight = new Gauge({
  name: 'zorginkoop_http_requests_in_flight',
  help: 'HTTP requests received and not yet answered, of every path.',
  registers: [registry],
});

export const engineRequests = new Gauge({
  name: 'zorginkoop_engine_requests',
  help: 'Requests that take engine work (/graphql and /export), by state: running (holding one of MAX_CONCURRENT_REQUESTS) or queued (waiting for one).',
  labelNames: ['state'] as const,
  registers: [registry],
});

export const shedTotal = new Counter({
  name: 'zorginkoop_requests_shed_total',
  help: 'Requests answered 503 OVERLOADED at once, because MAX_CONCURRENT_REQUESTS were running and MAX_QUEUED_REQUESTS waiting.',
  registers: [registry],
});

/** Seconds since `started` (from process.hrtime.bigint()). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * An operation name as a label: a client chooses it, so only a bounded number of distinct names become
 * series of their own (the first ones seen); any other is `other`, so that no client can grow the
 * process's memory by inventing names.
 */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();
export function operationLabel(name: string | null | undefined): string {
  if (!name) return '(anonymous)';
  if (operationNames.has(name)) return name;
  if (name.length > 100 || operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}
