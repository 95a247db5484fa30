import type { GraphEngine } from './graph-engine';

/**
 * The graph's version, for ETags: its load marker's fingerprint and load time, so that every load names
 * every answer anew, and a restart or another replica serving the same load keeps the names. No extra
 * statement: the marker is the one each request checks (and the engine keeps) anyway. Undefined when the
 * graph holds no load or the database cannot be reached: then no answer is named.
 */
export async function versionOf(engine: Pick<GraphEngine, 'loadedGraph'>): Promise<string | undefined> {
  try {
    const loaded = await engine.loadedGraph();
    return loaded ? `${loaded.fingerprint}@${loaded.loadedAt}` : undefined;
  } catch {
    return undefined;
  }
}
