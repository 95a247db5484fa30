import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ideEnabled, introspectionEnabled, type Config } from '../config';
import { buildIde, ideIsBuilt } from '../ide/build-ide';
import { exampleTabs, IDE_CONTENT_SECURITY_POLICY, ideAsset, idePage } from '../ide/ide-page';
import {
  EngineUnavailableError,
  errorMessage,
  GraphNotLoadedError,
  QueryTimeoutError,
  type GraphEngine,
  type RequestReader,
} from '../engine/graph-engine';
import { schema } from '../schema';
import { createContext, RequestCancelledError, RequestTimeoutError, type Context } from '../schema/context';
import { createSearch, type SearchService } from '../search/search-service';
import { httpInFlight, httpRequestsTotal, registry, routeLabel } from '../metrics';
import { CompiledExecution } from './compiled-execution';
import { Admission, OverloadedError, sendOverloaded } from './admission';
import { ExportRequestError, exportFile } from './csv-export';
import { httpStatusOf } from './error-status';
import { loadedGraphOnly } from './loaded-graph';
import { readListBounds } from './list-bounds';
import { QUERY_LIMIT_CODES, queryLimits } from './query-limits';
import { defaultSink, logFault, metricsPlugin, requestLogPlugin, type LogSink } from './request-log';
import { sendCompressed } from './compression';
import { AnswerTags, NOT_CACHED } from './etag';
import { errorMediaType, isMutationOverGet, paramsOf, withParams } from './graphql-over-http';
import { resolveDocument, TrustedDocuments } from './trusted-documents';

export const MAX_BODY_BYTES = 1_000_000;
/** A client that has not sent its request's headers within this is cut off (node's default: 60 s). */
const HEADERS_TIMEOUT_MS = 20_000;

export interface AppServer {
  http: Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** The answers' ETags, with the count of conditional requests and of those answered 304. */
  answerTags: AnswerTags;
  /** Engine work admitted (running and queued): see src/server/admission.ts. */
  admission: Admission;
  /** Drains and stops; true when every request was answered before SHUTDOWN_TIMEOUT_MS, false when some were cut off. */
  close(): Promise<boolean>;
}

/**
 * GraphQL errors (bad arguments, unknown keys, invalid operations) are for the client and keep their
 * message and code. Anything else thrown while resolving is an internal error: outside development its
 * message and stack stay in the server's log.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // The database's state, not a fault of ours or the client's: a code a client can retry on, in every mode.
    const engineCode = original instanceof Error ? engineErrorCode(original) : undefined;
    if (original instanceof Error && engineCode)
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: engineCode },
      };
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a query limit keeps its own code.
    const limitCode =
      original instanceof GraphQLError && original.originalError instanceof GraphQLError
        ? original.originalError.extensions.code
        : undefined;
    if (
      formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
      typeof limitCode === 'string' &&
      QUERY_LIMIT_CODES.includes(limitCode)
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
    }
    // graphql-js's own limit on variable errors comes without a code (Apollo files it as internal): it
    // is the client's request all the same.
    if (
      original instanceof GraphQLError &&
      !formatted.path &&
      formatted.message.startsWith('Too many errors processing variables')
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof GraphQLError) return formatted;
    logFault(original, formatted.path);
    if (development) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** The code of an error that is the database's or the request's state of the moment; undefined for any other. */
function engineErrorCode(error: Error): string | undefined {
  if (error instanceof EngineUnavailableError) return 'DATABASE_UNAVAILABLE';
  if (error instanceof QueryTimeoutError) return 'QUERY_TIMEOUT';
  if (error instanceof GraphNotLoadedError) return 'GRAPH_NOT_LOADED';
  if (error instanceof RequestTimeoutError) return 'REQUEST_TIMEOUT';
  if (error instanceof RequestCancelledError) return 'REQUEST_CANCELLED';
  return undefined;
}

export interface ServerOptions {
  /** Where the per-request log lines go (default: standard output). */
  log?: LogSink;
}

export async function startServer(
  engine: GraphEngine,
  config: Config,
  options: ServerOptions = {},
): Promise<AppServer> {
  const development = config.NODE_ENV === 'development';
  const apollo = new ApolloServer<Context>({
    gateway: new CompiledExecution(schema, config.GRAPHQL_COMPILE_AFTER).gateway(),
    introspection: introspectionEnabled(config),
    // Without introspection, "Did you mean …?" in a validation error would give the schema away all the same.
    hideSchemaDetailsFromClientErrors: !introspectionEnabled(config),
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    // A stack trace in every error answer (ten lines under a mistyped argument) only when asked for.
    includeStacktraceInErrorResponses: development && config.DEBUG_ERRORS,
    // Shutdown is ours (src/server/serve.ts): Apollo's own handler would re-raise the signal and kill the
    // process before in-flight requests finish and the database closes.
    stopOnTerminationSignals: false,
    // Documents by id are the manifest's (src/server/trusted-documents.ts): no store of documents that any
    // client can add to, which TRUSTED_DOCUMENTS=only would have to refuse and which grows with every client.
    persistedQueries: false,
    formatError: formatError(development),
    validationRules: [
      queryLimits(
        {
          maxDepth: config.MAX_QUERY_DEPTH,
          maxCost: config.MAX_QUERY_COST,
          maxAliases: config.MAX_QUERY_ALIASES,
          maxDirectives: config.MAX_QUERY_DIRECTIVES,
        },
        readListBounds(),
      ),
    ],
    // No cache hints are set, so Apollo's cache-control plugin would only instrument every field for nothing.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(options.log ?? defaultSink()),
      metricsPlugin(),
    ],
  });
  await apollo.start();
  // The embedded engine's search index is built from the graph once, now that it is loaded.
  const search = await createSearch(engine);
  let ide: string | undefined;
  if (ideEnabled(config)) {
    if (!ideIsBuilt()) await buildIde();
    ide = idePage(exampleTabs());
  }

  const state = { accepting: true };
  const conventions = { tags: new AnswerTags(engine, config), trusted: TrustedDocuments.load(), compressed: new Map() };
  const admission = new Admission(maxConcurrentRequests(config), config.MAX_QUEUED_REQUESTS);
  const http = createServer((req, res) => {
    httpRequestsTotal.inc({ route: routeLabel(req.url) });
    httpInFlight.inc();
    res.once('close', () => httpInFlight.dec());
    handle(req, res, { apollo, engine, search, config, ide, state, conventions, admission }).catch((error: unknown) => {
      // A client that hung up mid-request is nobody's fault: nothing to answer, nothing to log.
      // Refused at once, after its body was read (so req.destroyed is no hang-up here).
      if (error instanceof OverloadedError && !res.headersSent && !res.destroyed) return sendOverloaded(res, error);
      if (req.destroyed || res.destroyed) return;
      logFault(error);
      if (!res.headersSent) send(res, 500, { error: 'Internal server error' });
      else res.end();
    });
  });
  // Bounds on what connections hold (issue 19): how many, how long idle, how long their headers may take.
  http.maxConnections = config.MAX_CONNECTIONS;
  http.keepAliveTimeout = config.KEEP_ALIVE_TIMEOUT_MS;
  http.headersTimeout = Math.max(HEADERS_TIMEOUT_MS, config.KEEP_ALIVE_TIMEOUT_MS + 1000);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return {
    http,
    apollo,
    admission,
    url: `http://${host}:${port}`,
    answerTags: conventions.tags,
    // Stops accepting connections (and says so on /ready at once), closes idle keep-alive connections, lets
    // in-flight requests (queued ones too) finish with `Connection: close`, and past SHUTDOWN_TIMEOUT_MS
    // closes whatever is still open: then the drain did not finish, and the answer is false.
    close: async () => {
      state.accepting = false;
      let drained = true;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const force = setTimeout(() => {
        drained = false;
        http.closeAllConnections();
      }, config.SHUTDOWN_TIMEOUT_MS);
      await closed;
      clearTimeout(force);
      await apollo.stop();
      return drained;
    },
  };
}

interface Handlers {
  apollo: ApolloServer<Context>;
  engine: GraphEngine;
  search: SearchService;
  config: Config;
  /** The IDE page, when the IDE is on. */
  ide?: string;
  /** False once shutdown has begun: /ready then says so, so a load balancer stops sending traffic. */
  state: { accepting: boolean };
  /** ETags, trusted documents, compressed IDE assets (README "Operating it"). */
  conventions: { tags: AnswerTags; trusted: TrustedDocuments; compressed: Map<string, Promise<Buffer>> };
  admission: Admission;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  { apollo, engine, search, config, ide, state, conventions, admission }: Handlers,
) {
  // Once shutdown has begun, a keep-alive client is told to take its next request elsewhere.
  if (!state.accepting) res.setHeader('connection', 'close');
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (ide && req.method === 'GET' && url.pathname.startsWith('/graphql/ide/')) {
    const asset = ideAsset(url.pathname.slice('/graphql/ide/'.length));
    if (!asset) return send(res, 404, { error: `Not found: ${url.pathname}` });
    setHeaders(res, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' });
    const keep = { cache: conventions.compressed, key: url.pathname };
    await sendCompressed(req, res, asset.body, config.COMPRESSION_MIN_BYTES, keep);
    return;
  }
  if (ide && req.method === 'GET' && url.pathname === '/graphql' && !url.search && prefersHtml(req)) {
    setHeaders(res, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
    });
    await sendCompressed(req, res, ide, config.COMPRESSION_MIN_BYTES, {
      cache: conventions.compressed,
      key: '/graphql',
    });
    return;
  }
  if (url.pathname === '/ready' && req.method === 'GET') {
    const health = await engine.health();
    // Ready means answering questions: the database reachable and holding a complete load (its marker).
    const loaded = health.reachable ? await engine.loadedGraph().catch(() => undefined) : undefined;
    const ready = state.accepting && health.reachable && loaded !== undefined;
    const reason = !state.accepting
      ? 'shutting down'
      : !health.reachable
        ? 'database unreachable'
        : !loaded
          ? 'graph not loaded'
          : undefined;
    send(res, ready ? 200 : 503, {
      ready,
      ...(reason ? { reason } : {}),
      engine: health.engine,
      reachable: health.reachable,
      accepting: state.accepting,
      loaded: loaded !== undefined,
      ...(loaded ? { graph: { fingerprint: loaded.fingerprint, loadedAt: loaded.loadedAt } } : {}),
    });
    return;
  }
  // For Prometheus: never shed, never waiting for the engine.
  if (url.pathname === '/metrics' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(await registry.metrics());
    return;
  }
  if (url.pathname === '/health' && req.method === 'GET') {
    const health = await engine.health();
    send(res, health.reachable ? 200 : 503, { status: health.reachable ? 'ok' : 'unavailable', ...health });
    return;
  }
  // Answers as files: a spreadsheet's CSV, a calendar's iCalendar feed (src/server/csv-export.ts).
  const file = /^\/export\/([a-z-]+\.(?:csv|ics))$/.exec(url.pathname)?.[1];
  if (file !== undefined && req.method === 'GET') {
    const tag = await conventions.tags.tag(['export', file, [...url.searchParams].sort()]);
    if (tag && conventions.tags.notModified(req, tag)) {
      res.writeHead(304, { ...conventions.tags.cacheHeaders(tag), vary: 'Accept-Encoding' });
      res.end();
      return;
    }
    try {
      const answer = await withinDeadline(res, config, (signal) =>
        admission.run(signal, () =>
          oneRequest(engine, (reader) =>
            exportFile(apollo, file, url.searchParams, () => createContext(reader, search, config, signal)),
          ),
        ),
      );
      if (answer === undefined) return;
      setHeaders(res, 200, {
        'content-type': answer.contentType,
        'content-disposition': `attachment; filename="${file}"`,
        ...(tag ? conventions.tags.cacheHeaders(tag) : NOT_CACHED),
      });
      await sendCompressed(req, res, answer.body, config.COMPRESSION_MIN_BYTES);
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      res.setHeader('cache-control', NOT_CACHED['cache-control']);
      send(res, error.status, error.body);
    }
    return;
  }
  if (url.pathname !== '/graphql') {
    send(res, 404, { error: `Not found: ${url.pathname}. The API is at /graphql.` });
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    send(res, 413, { error: `Request body larger than ${MAX_BODY_BYTES} bytes` });
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let parsed: unknown = body;
  if (headers.get('content-type')?.includes('application/json') && body.length > 0) {
    try {
      parsed = JSON.parse(body);
    } catch {
      send(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }
  // Trusted documents by id, a mutation over GET, ETag and 304 (src/server/graphql-over-http.ts, trusted-documents.ts, etag.ts).
  const method = req.method ?? 'GET';
  let request = { search: url.search, body: parsed };
  let tag: string | undefined;
  const sent = paramsOf(method, url.searchParams, parsed);
  if (sent) {
    const resolved = resolveDocument(sent, conventions.trusted, config.TRUSTED_DOCUMENTS);
    if ('refusal' in resolved) {
      const { status, code, message } = resolved.refusal;
      return sendGraphQLError(req, res, status, code, message);
    }
    const { params } = resolved;
    if (isMutationOverGet(method, params, config.MAX_QUERY_TOKENS)) {
      res.setHeader('allow', 'POST');
      return sendGraphQLError(req, res, 405, 'READ_ONLY', 'This API is read-only, and a mutation is never sent by GET');
    }
    request = withParams(method, url.search, parsed, params);
    const { query, variables, operationName } = params;
    tag = await conventions.tags.tag(['graphql', query, variables, operationName, req.headers.accept ?? '']);
    // A conditional GET is answered from the tag alone; a POST's precondition is not evaluated (RFC 9110 would
    // have a POST whose If-None-Match matches answered 412, which helps no client): its answer is run and sent.
    if (tag && method === 'GET' && conventions.tags.notModified(req, tag)) {
      res.writeHead(304, { ...conventions.tags.cacheHeaders(tag), vary: 'Accept, Accept-Encoding' });
      res.end();
      return;
    }
  }
  const response = await withinDeadline(res, config, (signal) =>
    admission.run(signal, () =>
      oneRequest(engine, (reader) =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method, headers, search: request.search, body: request.body },
          context: () => Promise.resolve(createContext(reader, search, config, signal)),
        }),
      ),
    ),
  );
  if (response === undefined) return;
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (!state.accepting) res.setHeader('connection', 'close');
  res.setHeader('vary', 'Accept');
  if (response.body.kind === 'complete') {
    // Only an answer with data and no error is kept: Apollo writes `errors` first when there are any.
    const kept = res.statusCode === 200 && response.body.string.startsWith('{"data":') ? tag : undefined;
    for (const [name, value] of Object.entries(kept ? conventions.tags.cacheHeaders(kept) : NOT_CACHED))
      res.setHeader(name, value);
    await sendCompressed(req, res, response.body.string, config.COMPRESSION_MIN_BYTES);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * One request's reads through one RequestReader (on Neo4j: one session), ended as soon as the answer is
 * made: closing it is not waited for before the answer is sent.
 */
async function oneRequest<T>(engine: GraphEngine, work: (reader: RequestReader) => Promise<T>): Promise<T> {
  const reader = loadedGraphOnly(engine, engine.openRequest());
  try {
    return await work(reader);
  } finally {
    void reader.close();
  }
}

/**
 * Runs one request's work under REQUEST_TIMEOUT_MS. Past it the client is answered 503 REQUEST_TIMEOUT
 * at once (and undefined returned), and the work is aborted: its statements not yet sent, queued for a
 * connection included, are never sent, so the server is free for others. A client that hangs up aborts
 * its request the same way.
 */
async function withinDeadline<T>(
  res: ServerResponse,
  config: Config,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T | undefined> {
  const abort = new AbortController();
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    abort.signal.addEventListener('abort', () => resolve(TIMED_OUT), { once: true });
  });
  const timer = setTimeout(
    () => abort.abort(new RequestTimeoutError(config.REQUEST_TIMEOUT_MS)),
    config.REQUEST_TIMEOUT_MS,
  );
  res.once('close', () => {
    if (!res.writableFinished) abort.abort(new RequestCancelledError());
  });
  const running = work(abort.signal);
  const outcome = await Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
  if (outcome !== TIMED_OUT) return outcome;
  running.catch(() => {});
  if (!res.writableEnded && !res.destroyed) {
    const reason: unknown = abort.signal.reason;
    send(res, httpStatusOf(['REQUEST_TIMEOUT']), {
      errors: [{ message: errorMessage(reason), extensions: { code: 'REQUEST_TIMEOUT' } }],
    });
  }
  return undefined;
}

const TIMED_OUT = Symbol('timed out');

/**
 * MAX_CONCURRENT_REQUESTS, or the engine's own default: twice the embedded connection pool (a request
 * alternates between its statements and JavaScript work), 16 on Neo4j (measured: the throughput peak on
 * two cores; see README "Load shedding").
 */
function maxConcurrentRequests(config: Config): number {
  return config.MAX_CONCURRENT_REQUESTS ?? (config.GRAPH_ENGINE === 'embedded' ? 2 * config.EMBEDDED_POOL_SIZE : 16);
}

/** A browser asking for the page, rather than a client asking for JSON. */
function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The status and headers of an answer whose body is still to come (sendCompressed adds its own). */
function setHeaders(res: ServerResponse, status: number, headers: Record<string, string>) {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** A GraphQL error answer of our own, in the media type the client accepts, never kept by a cache. */
function sendGraphQLError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', errorMediaType(req));
  res.setHeader('cache-control', NOT_CACHED['cache-control']);
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
