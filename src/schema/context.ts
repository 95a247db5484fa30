import type { Config } from '../config';
import type { Params, Reader, Row } from '../engine/graph-engine';
import type { SearchService } from '../search/search-service';
import { Loaders } from './loaders';

/** What every resolver sees: the request's loaders, and a reader for named queries that counts its calls. */
export interface Context {
  loaders: Loaders;
  db: CountingReader;
  search: SearchService;
  config: Pick<Config, 'NODE_ENV'>;
}

/** Reads through the engine and counts the statements this request sent (for logs and tests). */
export class CountingReader implements Reader {
  calls = 0;
  constructor(private readonly engine: Reader) {}
  read(query: string, params?: Params): Promise<Row[]> {
    this.calls += 1;
    return this.engine.read(query, params);
  }
}

export function createContext(engine: Reader, search: SearchService, config: Pick<Config, 'NODE_ENV'>): Context {
  const db = new CountingReader(engine);
  return { db, loaders: new Loaders(db), search, config };
}
