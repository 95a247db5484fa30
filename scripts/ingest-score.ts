import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusion, scoreSeed, scoreTable, totalOf } from '../src/ingest/score';

/**
 * Prints how well the proposal rules find the curated statements of the five sources (a Markdown table).
 * With --readme the table also replaces the text between the ingest-score markers in README.md.
 * With --misses kind|party|force|dates it also prints which curated values were proposed as what, and each miss
 * with its rules and quote: where a rule of the language needs work.
 */
const root = join(__dirname, '..');
const scores = scoreSeed(join(root, 'seed'));
console.log(scoreTable(scores));

const field = process.argv[process.argv.indexOf('--misses') + 1];
if (process.argv.includes('--misses')) {
  if (field === 'dates') {
    console.log(totalOf(scores).dateMisses.join('\n'));
    process.exit(0);
  }
  if (field !== 'kind' && field !== 'party' && field !== 'force') {
    console.error('--misses needs kind, party, force or dates');
    process.exit(2);
  }
  const judged = totalOf(scores).judged.filter((m) => m.field === field);
  console.log(`\n${field}: curated -> proposed\n${confusion(judged, field)}\n`);
  // Per rule: how often what it proposed was the curated value.
  const perRule = new Map<string, { right: number; wrong: Map<string, number> }>();
  for (const m of judged) {
    const rule = m.rules.find((r) => r.startsWith(`${field}:`)) ?? '?';
    const entry = perRule.get(rule) ?? { right: 0, wrong: new Map<string, number>() };
    if (m.gold === m.proposed) entry.right++;
    else entry.wrong.set(m.gold, (entry.wrong.get(m.gold) ?? 0) + 1);
    perRule.set(rule, entry);
  }
  for (const [rule, e] of [...perRule].sort((a, b) => b[1].right - a[1].right))
    console.log(
      `${String(e.right).padStart(4)} right  ${rule}  wrong: ${[...e.wrong].map(([g, n]) => `${g} ${n}`).join(', ')}`,
    );
  console.log('');
  for (const m of judged.filter((x) => x.gold !== x.proposed))
    console.log(
      `${m.gold} -> ${m.proposed}  ${m.goldKey} (${m.lines}) [${m.rules.join(', ')}]\n    ${m.quote.slice(0, 220)}`,
    );
}

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
    writeFileSync(readme, `${text.slice(0, a + start.length)}\n\n${scoreTable(scores)}\n\n${text.slice(b)}`);
  }
}
