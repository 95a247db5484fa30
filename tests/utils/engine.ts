import { loadConfig } from '../../src/config';
import { createEngine } from '../../src/engine/create-engine';
import type { GraphEngine } from '../../src/engine/graph-engine';

/**
 * The engine the integration tests run against: the embedded engine, in memory, by default;
 * a real Neo4j when the suite runs as `npm run test:neo4j` (TEST_ENGINE=neo4j and NEO4J_* set).
 */
export function engineUnderTest(): GraphEngine {
  const env = process.env.TEST_ENGINE === 'neo4j' ? { ...process.env, GRAPH_ENGINE: 'neo4j' } : { GRAPH_ENGINE: 'embedded', EMBEDDED_POOL_SIZE: '2' };
  return createEngine(loadConfig(env));
}
