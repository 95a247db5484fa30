import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { createEngine } from '../src/engine/create-engine';
import { SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { LIST_BOUNDS_FILE, measureListBounds } from '../src/server/list-bounds';

/** `npm run limits:measure`: measures every plain list's largest size in seed/ and writes schema/list-bounds.json. */
async function main() {
  const engine = createEngine(loadConfig({ GRAPH_ENGINE: 'embedded' }));
  try {
    await loadSeed(engine, SEED_DIR);
    const bounds = await measureListBounds(engine);
    writeFileSync(LIST_BOUNDS_FILE, `${JSON.stringify(bounds, null, 2)}\n`);
    console.log(`wrote ${LIST_BOUNDS_FILE}: ${Object.keys(bounds).length} lists`);
  } finally {
    await engine.close();
  }
}
void main();
