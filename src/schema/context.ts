import type { Config } from '../config';
import type { Reader } from '../engine/graph-engine';
import type { AnyStatement, ReadArgs, RowOf } from '../engine/statements';
import type { SearchService } from '../search/search-service';
import { Loaders } from './loaders';

/** What every resolver sees: the request's loaders, and a reader for named queries that counts its calls. */
export interface Context {
  loaders: Loaders;
  db: CountingReader;
  search: SearchService;
  config: Pick<Config, 'NODE_ENV'>;
  /** The engine answers a question with its nested selection in one statement (GraphEngine.nestedReads). */
  nestedReads: boolean;
}

/** A request given up: what it had not yet asked the database, it no longer may. */
export class RequestCancelledError extends Error {
  constructor(message = 'the client closed the connection before the answer was ready') {
    super(message);
    this.name = 'RequestCancelledError';
  }
}

/** A request ran past REQUEST_TIMEOUT_MS. */
export class RequestTimeoutError extends RequestCancelledError {
  constructor(readonly timeoutMs: number) {
    super(`the request took longer than ${timeoutMs} ms and was cancelled: ask for less at a time`);
    this.name = 'RequestTimeoutError';
  }
}

/** Why a request's signal aborted: the deadline's or the client's error, never a bare value. */
function cancellation(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new RequestCancelledError();
}

/**
 * Reads through the engine and counts the statements this request sent (for logs and tests). Past the
 * request's deadline it sends nothing more, so that a cancelled request stops taking the database's time.
 */
export class CountingReader implements Reader {
  calls = 0;
  constructor(
    private readonly engine: Reader,
    private readonly signal?: AbortSignal,
  ) {}
  read<N extends AnyStatement>(query: N, ...args: ReadArgs<N>): Promise<Array<RowOf<N>>> {
    if (this.signal?.aborted) return Promise.reject(cancellation(this.signal));
    this.calls += 1;
    // The request's own signal, whatever the caller passed: args is this call's own copy.
    args[1] = this.signal;
    return this.engine.read(query, ...args);
  }
}

/** `signal` aborts when the request is past its deadline or its client has gone: no more statements. */
export function createContext(
  engine: Reader,
  search: SearchService,
  config: Pick<Config, 'NODE_ENV'>,
  signal?: AbortSignal,
): Context {
  const db = new CountingReader(engine, signal);
  return {
    db,
    loaders: new Loaders(db),
    search,
    config,
    nestedReads: 'nestedReads' in engine && engine.nestedReads === true,
  };
}
