import { versionOf } from './graph-version';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, Database, type LbugValue, type PreparedStatement } from '@ladybugdb/core';
import { cypherStatements, hasCypher, statementText } from './cypher';
import type { EngineHealth, GraphEngine, LoadedGraph, Params, QueryRunner, RequestReader, Row } from './graph-engine';
import { EngineUnavailableError, QueryTimeoutError, errorMessage, writeTimeoutMs } from './graph-engine';
import { writeSubtypeClosure } from './subtype-closure';
import { declaredRows, type AnyStatement, type ReadArgs, type RowOf } from './statements';
import { isoDate, nodeValue, relationshipValue } from './normalize';
import { loadMarker } from '../model/graph-model';
import { ReadCache } from './read-cache';
import { secondsSince, statementSeconds } from '../metrics';

export interface EmbeddedOptions {
  /** Directory of a persistent database; undefined for a temporary one, removed at close. */
  path?: string;
  poolSize: number;
  queryTimeoutMs: number;
  /** Rows of read answers kept between loads (see ReadCache); 0 turns the cache off. */
  readCacheRows: number;
  /** LadybugDB's page cache; undefined for its default (80 % of the machine's memory). */
  bufferPoolMb?: number;
  /** For a temporary database: a snapshot (see snapshotTo) it starts as a copy of, instead of empty. */
  startFrom?: string;
}

/** A connection with the statements it has prepared: LadybugDB prepares per connection. */
class PooledConnection {
  readonly prepared = new Map<string, PreparedStatement>();
  constructor(readonly connection: Connection) {}
}

/**
 * The most a database file may grow to: 128 GB, hundreds of times the 100x corpus. LadybugDB reserves this much
 * address space per open database and does not give it back at close; at its default (8 TB) a process can
 * open only about nine databases in its life (the test suite opens more), at 128 GB a thousand.
 */
export const MAX_DATABASE_BYTES = 2 ** 37;

/**
 * LadybugDB, in-process. One Database per process, a small pool of connections, prepared statements
 * cached per connection and query name. Writes take one connection for the whole transaction.
 */
export class EmbeddedEngine implements GraphEngine {
  readonly kind = 'embedded' as const;
  readonly fullTextSearch = 'in-process' as const;
  /** LadybugDB has no pattern comprehension: a question's links come through the loaders' batches. */
  readonly nestedReads = false;
  readonly loads = 'one-transaction' as const;
  private readonly database: Database;
  private readonly idle: PooledConnection[] = [];
  private readonly waiting: Array<{ resolve: (c: PooledConnection) => void; reject: (error: Error) => void }> = [];
  /** Called as a connection comes back while close() waits for the last of them. */
  private returned: (() => void) | undefined;
  private created = 0;
  private closed = false;
  private callCount = 0;
  private writing = 0;
  readonly cache: ReadCache;
  /** The load marker as last read, until the next write (only this engine writes the database). */
  private marker: Promise<LoadedGraph | undefined> | undefined;

  /** The temporary directory of a database that lives only as long as this engine (none for a persistent one). */
  readonly scratchDir?: string;

  constructor(private readonly options: EmbeddedOptions) {
    // Without a path the database still lives on disk, in a temporary directory removed at close:
    // LadybugDB's ':memory:' mode keeps every page in process memory (about 800 MB RSS for this graph,
    // against about 350 MB on disk, checkpointed, with the buffer pool caching the same pages).
    const scratchDir = options.path ? undefined : mkdtempSync(join(tmpdir(), 'zorginkoop-graph-'));
    this.scratchDir = scratchDir;
    if (options.startFrom) {
      if (!scratchDir) throw new Error('startFrom is for a temporary database; a persistent one keeps its own content');
      try {
        copyFileSync(options.startFrom, databaseFileIn(scratchDir));
      } catch (error) {
        rmSync(scratchDir, { recursive: true, force: true });
        throw error;
      }
    }
    // A bounded buffer pool: LadybugDB's default, most of the machine's memory, costs about 40 MB of
    // resident bookkeeping for pages this graph never fills (1 GB holds the 100x corpus several times).
    this.database = new Database(
      options.path ?? databaseFileIn(scratchDir ?? ''),
      options.bufferPoolMb ? options.bufferPoolMb * 1024 * 1024 : 0,
      true,
      false,
      MAX_DATABASE_BYTES,
    );
    this.cache = new ReadCache(options.readCacheRows);
  }

  /**
   * Copies the temporary database to `path`, for a later engine to start from. Only between writes: every
   * write ends with a checkpoint, which leaves the whole database in its one file and no write-ahead log.
   */
  snapshotTo(path: string): void {
    if (!this.scratchDir) throw new Error('only a temporary embedded database can be snapshotted');
    if (this.writing) throw new Error('a write is in progress: no snapshot now');
    copyFileSync(databaseFileIn(this.scratchDir), path);
  }

  get calls(): number {
    return this.callCount;
  }

  get cachesReads(): boolean {
    return this.cache.enabled;
  }

  /** Counts every statement asked for, answered from the cache or not: the cost a request asks for. */
  async read<N extends AnyStatement>(query: N, ...[given, signal]: ReadArgs<N>): Promise<Array<RowOf<N>>> {
    signal?.throwIfAborted();
    this.callCount += 1;
    const params: Params = given ?? {};
    const key = ReadCache.key(query, params);
    const cached = this.cache.get(key);
    // Shared and frozen: readers treat rows as read-only (a write to one throws).
    if (cached) return declaredRows(query, cached);
    const generation = this.cache.generation;
    // Checked again once a connection is free: a request that gave up while queued sends nothing.
    const rows = await this.withConnection((c) => {
      signal?.throwIfAborted();
      return this.execute(c, query, params);
    });
    return declaredRows(query, this.cache.set(key, rows, generation));
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.cache.invalidate();
    this.marker = undefined;
    this.writing += 1;
    try {
      return await this.withConnection(async (c) => {
        // A load's statements write thousands of rows each: on a busy machine one can take longer than a
        // read may, and the whole load would be interrupted. They get the write's own bound, as on Neo4j.
        c.connection.setQueryTimeout(writeTimeoutMs(this.options.queryTimeoutMs));
        await c.connection.query('BEGIN TRANSACTION');
        try {
          const result = await work({
            run: async (query, ...[params]) => {
              this.callCount += 1;
              return declaredRows(query, await this.execute(c, query, params ?? {}));
            },
          });
          await c.connection.query('COMMIT');
          await c.connection.query(statementText('database/checkpoint.embedded'));
          return result;
        } catch (error) {
          // A ROLLBACK with no transaction left (the checkpoint after a COMMIT failed) must not hide why.
          await c.connection.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          c.connection.setQueryTimeout(this.options.queryTimeoutMs);
        }
      });
    } finally {
      this.writing -= 1;
      // Again at the end: a read that began during the write must not store what it saw.
      this.cache.invalidate();
      this.marker = undefined;
    }
  }

  async applySchema(): Promise<void> {
    this.cache.invalidate();
    this.marker = undefined;
    await this.withConnection(async (c) => {
      for (const statement of cypherStatements('schema/create-schema.embedded')) await c.connection.query(statement);
    });
    this.cache.invalidate();
  }

  graphVersion(): Promise<string | undefined> {
    return versionOf(this);
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.withConnection((c) => c.connection.query(statementText('database/ping')));
      return { engine: this.kind, reachable: true, detail: this.options.path ?? 'temporary' };
    } catch (error) {
      return { engine: this.kind, reachable: false, detail: errorMessage(error) };
    }
  }

  loadedGraph(): Promise<LoadedGraph | undefined> {
    const reading = (this.marker ??= this.withConnection(async (c) => {
      try {
        const [row] = await this.execute(c, 'model/graph-load/read', { key: loadMarker.key });
        return row as LoadedGraph | undefined;
      } catch (error) {
        // A database no load ever reached has no tables at all: it holds no load, it is not broken.
        if (/does not exist/i.test(errorMessage(error))) return undefined;
        throw error;
      }
    }));
    // A failed read is not kept: the next request asks again.
    reading.catch(() => {
      if (this.marker === reading) this.marker = undefined;
    });
    return reading.then((marker) => {
      // An absent marker is asked again next time too: it appears with the load that writes it.
      if (!marker && this.marker === reading) this.marker = undefined;
      return marker;
    });
  }

  async connect(): Promise<void> {
    // LadybugDB opens the database file at the first connection: a file that is no database fails here,
    // at start-up, not at the first request.
    await this.withConnection((c) => c.connection.query(statementText('database/ping')));
    if (this.options.path && (await this.loadedGraph())) await this.closeSubtypesWhereMissing();
  }

  /**
   * A persistent database loaded by an earlier release, and served without a new load, has no derived
   * SUBTYPE_CLOSURE (README "The embedded engine's type closure"), which the embedded variants of the
   * questions read: it is written now, from the SUBTYPE_OF links the database holds, as a load writes it.
   */
  private async closeSubtypesWhereMissing(): Promise<void> {
    await this.applySchema();
    const [count] = await this.withConnection((c) => this.execute(c, 'load/count-subtype-closure.embedded', {}));
    if (count && count.types === count.closed) return;
    await this.write(writeSubtypeClosure);
  }

  /**
   * Refuses new work, then waits for the statements still running: a request that gave up, or a load whose
   * caller stopped waiting, leaves native work behind that would run against a closed database and keep
   * the process from exiting. A transaction in progress fails at its next statement and rolls back.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(closedError());
    while (this.idle.length < this.created) await new Promise<void>((resolve) => (this.returned = resolve));
    for (const c of this.idle.splice(0)) await c.connection.close();
    await this.database.close();
    if (this.scratchDir) rmSync(this.scratchDir, { recursive: true, force: true });
  }

  /** LadybugDB runs in this process: a request holds no session or transaction of its own. */
  openRequest(): RequestReader {
    return {
      read: (query, ...args) => this.read(query, ...args),
      nestedReads: this.nestedReads,
      close: async () => {},
    };
  }

  /**
   * A statement LadybugDB would not prepare. One that links kinds a relationship table lacks means the
   * database was made by an earlier release: LadybugDB cannot add a pair of kinds to an existing table, so
   * the message says what to do instead of repeating the binder's words alone.
   */
  private refused(query: string, message: string): Error {
    if (this.options.path && /violates schema/i.test(message)) {
      return new Error(
        `${query}: the embedded database at ${this.options.path} was made by an earlier release, whose relationship tables lack links the graph model now declares (${message}). It holds nothing a load does not write: remove the directory and load again.`,
      );
    }
    return new Error(`${query}: ${message}`);
  }

  private async execute(c: PooledConnection, query: string, params: Params): Promise<Row[]> {
    if (this.closed) throw closedError();
    let statement = c.prepared.get(query);
    if (!statement) {
      statement = await c.connection.prepare(statementText(embeddedVariant(query)));
      if (!statement.isSuccess()) throw this.refused(query, statement.getErrorMessage());
      c.prepared.set(query, statement);
    }
    const started = process.hrtime.bigint();
    try {
      const results = await c.connection.execute(statement, ladybugMap(params));
      const list = Array.isArray(results) ? results : [results];
      // The rows are in memory once execute resolves: one synchronous fetch instead of one promise a row,
      // and the native result freed now rather than whenever the garbage collector gets to it.
      const rows = list.at(-1)?.getAllSync() ?? [];
      for (const r of list) r.close();
      statementSeconds.observe({ engine: this.kind, statement: query }, secondsSince(started));
      return rows.map(fromLadybugMap);
    } catch (error) {
      const message = errorMessage(error);
      if (/interrupt|timeout/i.test(message)) throw new QueryTimeoutError(query, this.options.queryTimeoutMs);
      throw new Error(`${query}: ${message}`, { cause: error });
    }
  }

  private async withConnection<T>(use: (c: PooledConnection) => Promise<T>): Promise<T> {
    if (this.closed) throw closedError();
    const c = await this.acquire();
    try {
      return await use(c);
    } finally {
      this.release(c);
    }
  }

  private async acquire(): Promise<PooledConnection> {
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.created < this.options.poolSize) {
      this.created += 1;
      try {
        const connection = new Connection(this.database);
        await connection.init();
        connection.setQueryTimeout(this.options.queryTimeoutMs);
        return new PooledConnection(connection);
      } catch (error) {
        // Never handed out, so never given back: close() must not wait for it.
        this.created -= 1;
        this.returned?.();
        throw error;
      }
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(c: PooledConnection): void {
    const next = this.waiting.shift();
    if (next) next.resolve(c);
    else this.idle.push(c);
    this.returned?.();
  }
}

/**
 * The statement this engine runs for a name: its own variant `x.embedded` where one exists, else `x`. Both
 * declare the same interface (checked by `npm run cypher:generate`), so a caller names the statement, not the
 * engine. LadybugDB binds and plans a statement with parameters again at every execution (its Node API
 * prepares without them), so a variant that reads the derived SUBTYPE_OF closure instead of a
 * variable-length path, or plans in fewer steps, saves that work on every request (README "The embedded
 * engine's type closure").
 */
export function embeddedVariant(query: string): string {
  const variant = `${query}.embedded`;
  return hasCypher(variant) ? variant : query;
}

/** A closed engine answers nothing more: the database is gone for this process, as a Neo4j that is down. */
const closedError = () => new EngineUnavailableError('embedded', 'the embedded database is closed');

/** The database's one file inside a temporary database's directory. */
const databaseFileIn = (scratchDir: string) => join(scratchDir, 'graph');

/**
 * Parameters as LadybugDB's own value type: the plain values statements take (strings, numbers, lists and
 * maps of them) as they are, `undefined` as the null LadybugDB itself reads it as (a property left out).
 */
function toLadybug(value: unknown): LbugValue {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'boolean':
    case 'number':
    case 'bigint':
    case 'string':
      return value;
    case 'object':
      if (value === null || value instanceof Date) return value;
      if (Array.isArray(value)) return value.map(toLadybug);
      return ladybugMap(value);
    default:
      throw new Error(`a ${typeof value} is no value LadybugDB takes`);
  }
}

function ladybugMap(map: object): Record<string, LbugValue> {
  return Object.fromEntries(Object.entries(map).map(([k, v]: [string, unknown]) => [k, toLadybug(v)]));
}

/** LadybugDB hands nodes as maps with `_label`/`_id`, relationships with `_src`/`_dst`, dates as Date. */
function fromLadybug(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(fromLadybug);
  if (typeof value === 'object') return fromLadybugMap(value);
  return value;
}

/** A map of LadybugDB's values (a row, a node, a relationship, a struct), each turned by fromLadybug. */
function fromLadybugMap(map: object): Row {
  const props: Row = {};
  let label: unknown, id: unknown, src: unknown, dst: unknown;
  for (const [k, v] of Object.entries(map)) {
    if (k === '_label') label = v;
    else if (k === '_id') id = v;
    else if (k === '_src') src = v;
    else if (k === '_dst') dst = v;
    else props[k] = fromLadybug(v);
  }
  const name = typeof label === 'string' ? label : '';
  if (id !== undefined && src !== undefined && dst !== undefined) return relationshipValue(name, props);
  if (id !== undefined && label !== undefined) return nodeValue(name, props);
  return props;
}
