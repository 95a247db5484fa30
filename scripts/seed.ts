import { ConfigError, loadConfig } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import { SEED_DIR } from '../src/paths';
import { loadSeed, SeedValidationError } from '../src/seed/load-seed';

/** Loads seed/ into the configured engine (Neo4j, or a persistent embedded database), with progress. */
async function main() {
  const config = loadConfig();
  const engine = createEngine(config);
  console.log(`loading ${SEED_DIR} into the ${engine.kind} engine`);
  try {
    const summary = await loadSeed(engine, SEED_DIR, (p) => console.log(`  ${p.step === 'nodes' ? 'nodes' : 'links'}  ${p.name.padEnd(44)} ${p.count}`));
    const nodes = Object.values(summary.nodes).reduce((a, b) => a + b, 0);
    const links = Object.values(summary.relationships).reduce((a, b) => a + b, 0);
    console.log(`done: ${nodes} nodes, ${links} relationships, in one transaction`);
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof SeedValidationError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
