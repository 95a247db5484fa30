import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSeed, scoreTable } from '../src/ingest/score';

/**
 * Prints how well the proposal rules find the curated statements of the five sources (a Markdown table).
 * With --readme the table also replaces the text between the ingest-score markers in README.md.
 */
const root = join(__dirname, '..');
const table = scoreTable(scoreSeed(join(root, 'seed')));
console.log(table);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- ingest-score:start -->';
  const end = '<!-- ingest-score:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.error(`README.md has no ${start} … ${end} markers; the table is only printed.`);
    process.exitCode = 1;
  } else {
    writeFileSync(readme, `${text.slice(0, a + start.length)}\n\n${table}\n\n${text.slice(b)}`);
  }
}
