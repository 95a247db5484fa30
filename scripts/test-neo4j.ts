import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT_DIR } from '../src/paths';

/**
 * The integration tests against a real Neo4j (`npm run test:neo4j`; `npm test` runs it after the embedded
 * pass). Every suite that goes through the engine runs again with TEST_ENGINE=neo4j, plus tests/neo4j/
 * (parity between the engines, schema, export, faults). Without NEO4J_URI there is nothing to run against:
 * it says so plainly, and in CI that is a failure. With NEO4J_URI a skipped test is a failure too.
 */
const SUITES = [
  'tests/neo4j',
  'tests/seed/load-seed',
  'tests/seed/curated-facts',
  'tests/seed/force-rule',
  'tests/schema',
  'tests/server',
  'tests/client/codegen',
  // The accepted draft answering policyDiff (issue 16's end-to-end path) on Neo4j too.
  'tests/cli/accept',
];

if (!process.env.NEO4J_URI) {
  if (process.env.CI === 'true') {
    console.error('FAILED: CI must run the Neo4j suite, but NEO4J_URI is not set (.ci/run starts Neo4j and sets it).');
    process.exit(1);
  }
  console.log('SKIPPED: the Neo4j suite did not run, because NEO4J_URI is not set.');
  console.log(
    'Start one with `NEO4J_PASSWORD=... npm run neo4j` and set NEO4J_URI and NEO4J_PASSWORD; see README "Neo4j".',
  );
  process.exit(0);
}
console.log(
  `Running the integration tests against Neo4j at ${process.env.NEO4J_URI} (database ${process.env.NEO4J_DATABASE ?? 'neo4j'}).`,
);
const report = join(mkdtempSync(join(tmpdir(), 'zorginkoop-neo4j-')), 'jest.json');
// One database serves every suite, and each suite reloads it: they run one after another.
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--runInBand', '--json', '--outputFile', report, ...SUITES],
  {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    env: { ...process.env, TEST_ENGINE: 'neo4j' },
  },
);

interface JestReport {
  numTotalTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; assertionResults: Array<{ status: string; fullName: string }> }>;
}
let summary: JestReport;
try {
  summary = JSON.parse(readFileSync(report, 'utf8')) as JestReport;
} catch {
  console.error('FAILED: jest wrote no report of the Neo4j suite');
  process.exit(1);
}
const skipped = summary.testResults.flatMap((file) =>
  file.assertionResults
    .filter((t) => t.status !== 'passed' && t.status !== 'failed')
    .map((t) => `${relative(ROOT_DIR, file.name)}: ${t.fullName} (${t.status})`),
);
const ran = new Set(summary.testResults.map((file) => relative(ROOT_DIR, file.name)));
const missing = SUITES.filter((suite) => ![...ran].some((file) => file.startsWith(suite)));
if (skipped.length > 0 || missing.length > 0 || summary.numTotalTests === 0) {
  console.error('FAILED: with NEO4J_URI set, every Neo4j test must run; these did not:');
  for (const line of [...skipped, ...missing.map((m) => `${m}: no test ran`)]) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Neo4j suite: ${summary.numTotalTests} tests in ${ran.size} files, none skipped.`);
process.exit(result.status ?? 1);
