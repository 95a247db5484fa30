import type { Config } from '../config';
import { startServer, type AppServer } from './http-server';
import { openGraph } from './open-graph';

/** The exit code of a stop whose drain did not finish within SHUTDOWN_TIMEOUT_MS: requests were cut off. */
export const EXIT_DRAIN_CUT_OFF = 1;

/**
 * Starts everything `npm start` and `zorginkoop serve` run: the engine, the seed (for an engine that starts
 * empty), the HTTP server; and stops them in order on SIGTERM / SIGINT: no new connections, every request
 * already received answered (queued ones too), keep-alive connections closed after their answer, then the
 * database closes. A signal repeated during the drain (npm and a process group can deliver two) is logged
 * and changes nothing: only SHUTDOWN_TIMEOUT_MS cuts the drain short. Exit code 0 when every request was
 * answered, EXIT_DRAIN_CUT_OFF (1) when the deadline closed connections with requests still open.
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
    if (stopping) {
      const { running, queued } = server.admission.load;
      console.error(
        `${signal} again: still draining (${running} requests running, ${queued} queued); only SHUTDOWN_TIMEOUT_MS (${config.SHUTDOWN_TIMEOUT_MS} ms) ends it early`,
      );
      return;
    }
    stopping = true;
    console.error(`${signal}: finishing in-flight requests, then closing the ${engine.kind} engine`);
    // The last word on time: whatever still hangs (a database that does not answer its close) does not
    // keep the process alive past the shutdown deadline and a little more.
    setTimeout(() => {
      console.error(`${signal}: not stopped within ${config.SHUTDOWN_TIMEOUT_MS + 5000} ms; exiting now`);
      process.exit(EXIT_DRAIN_CUT_OFF);
    }, config.SHUTDOWN_TIMEOUT_MS + 5000).unref();
    const drained = await server.close();
    await engine.close();
    if (!drained)
      console.error(
        `${signal}: requests still open after SHUTDOWN_TIMEOUT_MS (${config.SHUTDOWN_TIMEOUT_MS} ms) were cut off; exit code ${EXIT_DRAIN_CUT_OFF}`,
      );
    else console.error(`${signal}: every request answered; stopped`);
    process.exit(drained ? 0 : EXIT_DRAIN_CUT_OFF);
  };
  // Every signal, not once: a second one must not fall back to node's default, which kills at once.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return server;
}
