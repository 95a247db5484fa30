/** The one small interface both engines implement; everything above it is engine-agnostic. */
import type { AnyStatement, ReadArgs, RowOf, RunArgs } from './statements';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * Runs named statements (files under cypher/) and returns rows of plain values, typed as the statement
 * declares (src/engine/statements.generated.ts).
 */
export interface QueryRunner {
  run<N extends AnyStatement>(query: N, ...args: RunArgs<N>): Promise<Array<RowOf<N>>>;
}

/** The read side alone: what request handling needs. */
export interface Reader {
  /** `signal`: the request gave up (its deadline passed): a statement not yet sent is not sent. */
  read<N extends AnyStatement>(query: N, ...args: ReadArgs<N>): Promise<Array<RowOf<N>>>;
}

/**
 * The reads of one request: on Neo4j one session for all its statements, opened at its first statement and
 * ended by `close()`, which the request's owner calls once it has its answer.
 */
export interface RequestReader extends Reader {
  /** GraphEngine.nestedReads of the engine behind it. */
  readonly nestedReads: boolean;
  /** Ends the request's session; never throws (the answer is already made). */
  close(): Promise<void>;
}

export type EngineKind = 'embedded' | 'neo4j';

export interface EngineHealth {
  engine: EngineKind;
  reachable: boolean;
  detail?: string;
}

/**
 * Where full-text search runs: in this process, over an index built from the graph's texts, or in the
 * database, through its own full-text index.
 */
export type FullTextSearch = 'in-process' | 'database';

export interface GraphEngine {
  readonly kind: EngineKind;
  readonly fullTextSearch: FullTextSearch;
  /**
   * Whether read answers are kept until the engine's own next write: true only where nothing else can
   * change the database. Layers above keep what they derive from reads on the same terms.
   */
  readonly cachesReads: boolean;
  /**
   * Whether one statement can return nodes with their links nested in them (map projections and pattern
   * comprehensions): then a question is answered in one statement that primes the request's loaders.
   */
  readonly nestedReads: boolean;
  /** A reader for one request's statements; the caller closes it when the request is answered. */
  openRequest(): RequestReader;
  /**
   * How a seed load replaces the graph (src/seed/load-seed.ts): `'one-transaction'`, all of it in one
   * write; `'staged'`, a new generation written in transactions of bounded size where no read sees it, then
   * switched in by one transaction of label changes only, so that a large graph loads with a small heap.
   */
  readonly loads: 'one-transaction' | 'staged';
  /** Runs one named read statement; not at all when `signal` has aborted by the time it could. */
  read<N extends AnyStatement>(query: N, ...args: ReadArgs<N>): Promise<Array<RowOf<N>>>;
  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** Creates the tables (embedded) or constraints and indexes (Neo4j) the model declares. */
  applySchema(): Promise<void>;
  health(): Promise<EngineHealth>;
  /**
   * The load the graph holds, from its load marker (src/model/graph-model.ts loadMarker); undefined when the
   * database holds no complete load (never loaded, or emptied). Cheap enough for every request: the engine
   * keeps the answer until its own next write (Neo4j, which others can load, at most LOADED_GRAPH_TTL_MS).
   * Throws EngineUnavailableError when the database cannot be reached. Not counted in `calls`.
   */
  loadedGraph(): Promise<LoadedGraph | undefined>;
  /**
   * An identity of the graph as it is now: its load marker's fingerprint and load time (src/engine/graph-version.ts),
   * what an answer's ETag is made of (src/server/etag.ts). Undefined when the graph holds no load or the
   * database cannot be reached: then no answer is named and none is taken as unchanged.
   */
  graphVersion(): Promise<string | undefined>;
  /** Checks at start-up that the database answers and accepts the credentials; throws EngineStartError. */
  connect(): Promise<void>;
  close(): Promise<void>;
  /** Statements sent to the database so far: how tests see that a request's cost does not grow with its answer. */
  readonly calls: number;
}

/** What a thrown value says: its message if it is an Error, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` a driver gives its errors (Neo4j's `Neo.ClientError.…`, `ServiceUnavailable`); undefined without one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** What the load marker says: which graph is loaded (its fingerprint, for an ETag) and when. */
export interface LoadedGraph {
  fingerprint: string;
  loadedAt: string;
  nodeCount: number;
  relationshipCount: number;
}

/** How long Neo4j's engine trusts a load marker it read: another process may load the database meanwhile. */
export const LOADED_GRAPH_TTL_MS = 1000;

/** The database holds no complete load: nothing to answer from until `zorginkoop seed` (or start-up) loads one. */
export class GraphNotLoadedError extends Error {
  constructor(detail = 'the database holds no complete load of the graph') {
    super(`graph not loaded: ${detail}; load it with \`zorginkoop seed\` (or start the server with SEED_ON_START)`);
    this.name = 'GraphNotLoadedError';
  }
}

export class QueryTimeoutError extends Error {
  constructor(query: string, ms: number) {
    super(`query ${query} did not finish within ${ms} ms`);
    this.name = 'QueryTimeoutError';
  }
}

/** The database cannot be reached (down, restarting, network): a fault of the moment, not of the request. */
export class EngineUnavailableError extends Error {
  constructor(
    readonly engine: EngineKind,
    detail: string,
  ) {
    super(`the ${engine} database is unavailable: ${detail}`);
    this.name = 'EngineUnavailableError';
  }
}

/** Start-up cannot go on: one line that says what to fix. */
export class EngineStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineStartError';
  }
}

/**
 * How long a load's write may take: a whole load on Neo4j (one transaction, timed as such), a statement of
 * thousands of rows on the embedded engine. Reads keep QUERY_TIMEOUT_MS.
 */
export function writeTimeoutMs(queryTimeoutMs: number): number {
  return Math.max(300_000, queryTimeoutMs * 10);
}
