import { spawnSync } from 'node:child_process';

/**
 * Runs the integration tests (seed loading and the HTTP API) against a real Neo4j. Without NEO4J_URI
 * there is nothing to run against: it says so and exits successfully, so that it is never mistaken
 * for a pass.
 */
if (!process.env.NEO4J_URI) {
  console.log('SKIPPED: the Neo4j suite did not run, because NEO4J_URI is not set.');
  console.log('Set NEO4J_URI, NEO4J_PASSWORD (and NEO4J_USER, NEO4J_DATABASE if not neo4j) to run it; see README "Run against Neo4j".');
  process.exit(0);
}
console.log(`Running the integration tests against Neo4j at ${process.env.NEO4J_URI} (database ${process.env.NEO4J_DATABASE ?? 'neo4j'}).`);
const result = spawnSync('npx', ['jest', '--runInBand', 'tests/seed/load-seed', 'tests/server'], {
  stdio: 'inherit',
  env: { ...process.env, TEST_ENGINE: 'neo4j' },
});
process.exit(result.status ?? 1);
