import type { Config } from '../config';
import { startServer, type AppServer } from './http-server';
import { openGraph } from './open-graph';

/**
 * Starts everything `npm start` and `zorginkoop serve` run: the engine, the seed (for an engine that starts
 * empty), the HTTP server; and stops them in order on SIGTERM / SIGINT: no new connections, in-flight
 * requests finish, then the database closes.
 */
export async function serve(config: Config): Promise<AppServer> {
  if (config.engineChosenBy === 'NEO4J_URI')
    console.error('GRAPH_ENGINE is not set: using neo4j, because NEO4J_URI is set');
  const { engine, how, notes } = await openGraph(config);
  console.error(`${engine.kind} engine: ${how}`);
  for (const note of notes) console.error(note);
  const server = await startServer(engine, config);
  console.error(`zorginkoop-graph: ${server.url}/graphql (engine: ${engine.kind})`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing in-flight requests, then closing the ${engine.kind} engine`);
    // The last word on time: whatever still hangs (a database that does not answer its close) does not
    // keep the process alive past the shutdown deadline and a little more.
    setTimeout(() => {
      console.error(`${signal}: not stopped within ${config.SHUTDOWN_TIMEOUT_MS + 5000} ms; exiting now`);
      process.exit(0);
    }, config.SHUTDOWN_TIMEOUT_MS + 5000).unref();
    await server.close();
    await engine.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return server;
}
