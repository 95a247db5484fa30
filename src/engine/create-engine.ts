import type { Config } from '../config';
import { EmbeddedEngine } from './embedded-engine';
import type { GraphEngine } from './graph-engine';
import { Neo4jEngine } from './neo4j-engine';

/** `startFrom`: a snapshot a temporary embedded database starts as (see EmbeddedEngine.snapshotTo). */
export function createEngine(config: Config, startFrom?: string): GraphEngine {
  if (config.GRAPH_ENGINE === 'neo4j') {
    const { NEO4J_URI: uri, NEO4J_PASSWORD: password } = config;
    // loadConfig refuses GRAPH_ENGINE=neo4j without both; a Config made some other way is told the same.
    if (!uri || !password) throw new Error('GRAPH_ENGINE=neo4j needs NEO4J_URI and NEO4J_PASSWORD');
    return new Neo4jEngine({
      uri,
      user: config.NEO4J_USER,
      password,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    });
  }
  return new EmbeddedEngine({
    path: config.EMBEDDED_DB_PATH,
    poolSize: config.EMBEDDED_POOL_SIZE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    readCacheRows: config.EMBEDDED_READ_CACHE_ROWS,
    bufferPoolMb: config.EMBEDDED_BUFFER_POOL_MB,
    startFrom,
  });
}
