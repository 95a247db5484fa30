import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { countsTable } from '../src/seed/document-counts';
import { validateSeed } from '../src/seed/validate-seed';

/** Prints the table of nodes per source document; with --write, puts it into the README. */
const table = countsTable(validateSeed(SEED_DIR).graph);
console.log(table);
if (process.argv.includes('--write')) {
  const path = join(ROOT_DIR, 'README.md');
  const readme = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    readme.replace(
      /<!-- counts:start -->[\s\S]*<!-- counts:end -->/,
      `<!-- counts:start -->\n${table}\n<!-- counts:end -->`,
    ),
  );
}
