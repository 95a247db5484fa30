import { resolve } from 'node:path';
import { formatProblem } from '../src/seed/read-seed';
import { validateSeed } from '../src/seed/validate-seed';

/** Checks seed/ against the model and the source texts; prints every problem; exit 1 when any. */
const seedDir = resolve(process.argv[2] ?? 'seed');
const { graph, problems, files } = validateSeed(seedDir);
for (const p of problems) console.error(formatProblem(p));
const counts = Object.entries(graph.nodes)
  .filter(([, rows]) => rows.length > 0)
  .map(([label, rows]) => `${label} ${rows.length}`)
  .join(', ');
const rels = graph.relationships.reduce((n, b) => n + b.rows.length, 0);
console.log(`${files.length} seed files; ${counts}; ${rels} relationships; ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
