import { ConfigError, loadConfig, seedsOnStart } from './config';
import { SEED_DIR } from './paths';
import { createEngine } from './engine/create-engine';
import { loadSeed } from './seed/load-seed';
import { startServer } from './server/http-server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const engine = createEngine(config);
  if (seedsOnStart(config)) {
    const summary = await loadSeed(engine, SEED_DIR);
    const nodes = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    console.log(`seeded the ${engine.kind} engine: ${nodes} nodes`);
  }
  const server = await startServer(engine, config);
  console.log(`zorginkoop-graph: ${server.url}/graphql (engine: ${engine.kind})`);
  const shutdown = async () => {
    await server.close();
    await engine.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
