import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  type Driver,
  type ManagedTransaction,
  type Session,
} from 'neo4j-driver';
import { cypherStatements, statementText } from './cypher';
import type { EngineHealth, GraphEngine, LoadedGraph, Params, QueryRunner, RequestReader, Row } from './graph-engine';
import {
  EngineStartError,
  EngineUnavailableError,
  LOADED_GRAPH_TTL_MS,
  QueryTimeoutError,
  errorCode,
  errorMessage,
  writeTimeoutMs,
} from './graph-engine';
import { nodeValue, relationshipValue } from './normalize';
import { recordDecoder } from './compact-rows';
import { versionOf } from './graph-version';
import { secondsSince, statementSeconds } from '../metrics';
import { loadMarker } from '../model/graph-model';
import { declaredRows, type AnyStatement, type ReadArgs, type RowOf } from './statements';

/** When a call's statement reached the database: its transaction begun and acknowledged (undefined: not yet). */
interface Sent {
  reachedAt?: number;
}

/** How long past its transaction's timeout a statement's TransactionTimedOut may take to arrive. */
const STATEMENT_GRACE_MS = 500;

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

/**
 * Neo4j through the official driver: one driver per process, managed transactions (retried by the driver
 * on transient errors, routed to readers or the writer under `neo4j://`), the database always named.
 */
export class Neo4jEngine implements GraphEngine {
  readonly kind = 'neo4j' as const;
  readonly fullTextSearch = 'database' as const;
  /** Others can write a Neo4j database: an answer kept here could be stale. */
  readonly cachesReads = false;
  readonly nestedReads = true;
  /** The whole graph in one transaction needs a heap of 4 GB at 100x (issue 17): loads are staged. */
  readonly loads = 'staged' as const;
  private readonly driver: Driver;
  private callCount = 0;
  private sessionCount = 0;
  /** The load marker as read, and until when it is trusted (others may load the database meanwhile). */
  private marker: { reading: Promise<LoadedGraph | undefined>; until: number } | undefined;
  /** Requests' sessions still closing: the driver closes after them. */
  private readonly closing = new Set<Promise<void>>();

  constructor(
    private readonly options: Neo4jOptions,
    driver?: Driver,
  ) {
    this.driver =
      driver ??
      neo4j.driver(
        options.uri,
        neo4j.auth.basic(options.user, options.password),
        driverTimeouts(options.queryTimeoutMs),
      );
  }

  get calls(): number {
    return this.callCount;
  }

  /** Sessions opened for requests (openRequest): how tests see one per request, whatever it asks. */
  get requestSessions(): number {
    return this.sessionCount;
  }

  async read<N extends AnyStatement>(query: N, ...[params, signal]: ReadArgs<N>): Promise<Array<RowOf<N>>> {
    signal?.throwIfAborted();
    const sent: Sent = {};
    const rows = await this.withinDeadline(query, sent, async () => {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(
          (tx) => {
            signal?.throwIfAborted();
            // The driver has a connection and a transaction: from here on the database is at work.
            sent.reachedAt ??= Date.now();
            return this.run(tx, query, params ?? {});
          },
          { timeout: this.options.queryTimeoutMs },
        );
      } finally {
        await session.close();
      }
    });
    return declaredRows(query, rows);
  }

  /**
   * One session for all of a request's statements (routed to a reader under `neo4j://`), opened at its first
   * statement; each statement runs as an auto-commit read. An explicit read transaction gave the request
   * nothing more: Neo4j reads committed data statement by statement either way (a load's switch is one
   * commit, seen whole or not at all by each statement), and its BEGIN and COMMIT were two more messages
   * each way per request: measured with the driver alone, 0.99-1.16 ms of this process's CPU per request
   * against 0.51-0.70 ms, and 0.5-0.8 ms more per answer. A statement that fails leaves the session usable.
   */
  openRequest(): RequestReader {
    let session: Session | undefined;
    let turn: Promise<void> = Promise.resolve();
    const request: RequestReader = {
      nestedReads: this.nestedReads,
      read: async <N extends AnyStatement>(query: N, ...[params, signal]: ReadArgs<N>) => {
        signal?.throwIfAborted();
        // One statement at a time: a session runs its statements one after the other anyway, and a
        // statement still waiting here when the request gives up is never sent (the driver would queue it
        // at the server at once, where it would take the database's time for no one).
        const previous = turn;
        let done!: () => void;
        turn = new Promise<void>((resolve) => (done = resolve));
        try {
          await previous;
          signal?.throwIfAborted();
          const sent: Sent = {};
          let rows: Row[];
          try {
            rows = await this.withinDeadline(query, sent, async () => {
              if (!session) {
                this.sessionCount += 1;
                session = this.driver.session({
                  database: this.options.database,
                  defaultAccessMode: neo4j.session.READ,
                });
              }
              const reader = session;
              return await this.run(
                {
                  run: (text: string, values: Params) => {
                    const result = reader.run(text, values, { timeout: this.options.queryTimeoutMs });
                    // The statement accepted (its columns answered): what follows is the statement's own time.
                    result.keys().then(
                      () => (sent.reachedAt ??= Date.now()),
                      () => undefined,
                    );
                    return result;
                  },
                },
                query,
                params ?? {},
              );
            });
          } catch (error) {
            // Failed or past its time, perhaps still running there: the next statement gets a session of its own.
            void request.close();
            throw error;
          }
          return declaredRows(query, rows);
        } finally {
          done();
        }
      },
      close: () => {
        const ending = session;
        session = undefined;
        const closing = ending ? ending.close().catch(() => undefined) : Promise.resolve();
        this.closing.add(closing);
        void closing.finally(() => this.closing.delete(closing));
        return closing;
      },
    };
    return request;
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.marker = undefined;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      // A write is a share of a staged load (statements for about 10,000 rows) or its switch, which changes
      // the labels of every node of two generations in one transaction (13-80 s measured at 100x on two busy cores);
      // Neo4j times the transaction, not each statement: it gets the time of many queries, not of one.
      const runner = (tx: ManagedTransaction): QueryRunner => ({
        run: async (query, ...[params]) => declaredRows(query, await this.run(tx, query, params ?? {})),
      });
      return await session.executeWrite((tx) => work(runner(tx)), {
        timeout: writeTimeoutMs(this.options.queryTimeoutMs),
      });
    } catch (error) {
      throw this.unavailable(error) ?? error;
    } finally {
      this.marker = undefined;
      await session.close();
    }
  }

  /**
   * The load marker, read in a transaction of its own (not counted in `calls`: it is no statement of a
   * question) and trusted for LOADED_GRAPH_TTL_MS once found; an absent one is asked again every time.
   */
  loadedGraph(): Promise<LoadedGraph | undefined> {
    const now = Date.now();
    if (this.marker && this.marker.until > now) return this.marker.reading;
    const query = 'model/graph-load/read';
    const reading = this.withinDeadline(query, {}, async () => {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(statementText(query), { key: loadMarker.key }), {
          timeout: this.options.queryTimeoutMs,
        });
        const [record] = result.records;
        return record ? (fromNeo4jMap(record.toObject()) as unknown as LoadedGraph) : undefined;
      } finally {
        await session.close();
      }
    });
    const entry = { reading, until: now + LOADED_GRAPH_TTL_MS };
    this.marker = entry;
    const forget = () => {
      if (this.marker === entry) this.marker = undefined;
    };
    return reading.then(
      (marker) => {
        if (!marker) forget();
        return marker;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
  }

  async applySchema(): Promise<void> {
    // Schema statements cannot share a transaction with each other in Neo4j: one auto-commit each.
    const session = this.driver.session({ database: this.options.database });
    try {
      for (const statement of cypherStatements('schema/create-schema.neo4j')) {
        this.callCount += 1;
        await session.run(statement);
      }
    } finally {
      await session.close();
    }
  }

  graphVersion(): Promise<string | undefined> {
    return versionOf(this);
  }

  async health(): Promise<EngineHealth> {
    try {
      const info = await this.withinDeadline('health', {}, () =>
        this.driver.getServerInfo({ database: this.options.database }),
      );
      return {
        engine: this.kind,
        reachable: true,
        detail: `${info.agent ?? 'neo4j'} at ${info.address ?? this.options.uri}`,
      };
    } catch (error) {
      return { engine: this.kind, reachable: false, detail: errorMessage(error) };
    }
  }

  async connect(): Promise<void> {
    const where = `Neo4j at ${this.options.uri}`;
    try {
      await this.withinDeadline('connect', {}, () =>
        this.driver.verifyConnectivity({ database: this.options.database }),
      );
    } catch (error) {
      const code = errorCode(error) ?? '';
      if (code === 'Neo.ClientError.Security.Unauthorized' || code.startsWith('Neo.ClientError.Security.')) {
        throw new EngineStartError(
          `${where} refused the credentials of user "${this.options.user}": check NEO4J_USER and NEO4J_PASSWORD`,
        );
      }
      if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
        throw new EngineStartError(`${where} has no database "${this.options.database}": check NEO4J_DATABASE`);
      }
      const detail = errorMessage(error).split('\n')[0];
      throw new EngineStartError(
        `${where} cannot be reached (${detail}): check NEO4J_URI and that the server is running`,
      );
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.closing);
    await this.driver.close();
  }

  private async run(tx: Pick<ManagedTransaction, 'run'>, query: string, params: Params): Promise<Row[]> {
    this.callCount += 1;
    const started = process.hrtime.bigint();
    try {
      const result = await tx.run(statementText(query), toNeo4j(params));
      statementSeconds.observe({ engine: this.kind, statement: query }, secondsSince(started));
      const decode = recordDecoder(query, fromNeo4j);
      if (decode) return result.records.map((record) => decode((column) => record.get(column)));
      return result.records.map((record) => fromNeo4jMap(record.toObject()));
    } catch (error) {
      const code = errorCode(error) ?? '';
      if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
        throw new QueryTimeoutError(query, this.options.queryTimeoutMs);
      }
      throw error;
    }
  }

  /** A connection-level fault as EngineUnavailableError; undefined for anything else. */
  private unavailable(error: unknown): EngineUnavailableError | undefined {
    const code = errorCode(error) ?? '';
    if (
      code === neo4j.error.SERVICE_UNAVAILABLE ||
      code === neo4j.error.SESSION_EXPIRED ||
      code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
    ) {
      return new EngineUnavailableError(this.kind, errorMessage(error).split('\n')[0] ?? '');
    }
    return undefined;
  }

  /**
   * The driver's own timeouts (set from the query timeout) bound each attempt; this bounds the whole call,
   * retries included, in two parts of QUERY_TIMEOUT_MS each. Reaching the database (a connection and an
   * acknowledged transaction) within it, or else EngineUnavailableError: no request waits on a dead database
   * longer. Then the statement's own time, which Neo4j bounds itself (the transaction's timeout, answered
   * TransactionTimedOut, a QueryTimeoutError); should that answer not come, QueryTimeoutError a little later.
   */
  private async withinDeadline<T>(what: string, sent: Sent, work: () => Promise<T>): Promise<T> {
    const ms = this.options.queryTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      const check = () => {
        if (sent.reachedAt === undefined)
          reject(new EngineUnavailableError(this.kind, `no answer to ${what} within ${ms} ms`));
        else {
          const left = sent.reachedAt + ms + STATEMENT_GRACE_MS - Date.now();
          if (left <= 0) reject(new QueryTimeoutError(what, ms));
          else timer = setTimeout(check, left);
        }
      };
      timer = setTimeout(check, ms);
    });
    try {
      return await Promise.race([work(), deadline]);
    } catch (error) {
      throw this.unavailable(error) ?? error;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Without these the driver waits up to 30 s for a connection and retries for another 30 s: a request on a
 * dead database would hang a minute. Each is a share of the query timeout, so the sum stays within it.
 */
export function driverTimeouts(queryTimeoutMs: number) {
  return {
    connectionTimeout: Math.max(100, Math.floor(queryTimeoutMs / 2)),
    connectionAcquisitionTimeout: queryTimeoutMs,
    maxTransactionRetryTime: Math.floor(queryTimeoutMs / 2),
  };
}

/** JavaScript numbers reach Neo4j as floats; the graph holds whole numbers only (lines, years, SKIP/LIMIT). */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}

/** The driver's own types, turned into the plain values both engines hand upwards. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of an answer are text, lists and maps (map projections): they need none of the driver's
  // type tests, each a call through the driver module's export getters.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Row;
    // A node or relationship as a map projection (`n {.*, __label: 'Criterion'}`, `r {.*, __type: 'IN_POLICY'}`):
    // the same row as the whole node would give, without its element id and labels on the wire. Only its
    // declared properties are converted.
    if (typeof map.__label === 'string') return nodeValue(map.__label, map, fromNeo4j);
    if (typeof map.__type === 'string') return relationshipValue(map.__type, map, fromNeo4j);
    return fromNeo4jMap(map);
  }
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isNode(value)) return nodeValue(value.labels[0] ?? '', value.properties, fromNeo4j);
  if (isRelationship(value)) return relationshipValue(value.type, value.properties, fromNeo4j);
  if (isPath(value)) return value.segments.map((s) => fromNeo4j(s.relationship));
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  return fromNeo4jMap(value);
}

/** A map of the driver's values (a record, a node's or relationship's properties), each turned by fromNeo4j. */
function fromNeo4jMap(map: object): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(map)) out[k] = fromNeo4j(v);
  return out;
}
