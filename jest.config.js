/** @type {import('jest').Config} */
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
module.exports = {
  testEnvironment: 'node',
  transform,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // tests/neo4j/ needs a live Neo4j: `npm run test:neo4j` runs it (and every integration test) against one.
  testPathIgnorePatterns:
    process.env.TEST_ENGINE === 'neo4j' ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/tests/neo4j/'],
  // seed/ validated and loaded once for the whole run; each file starts from a copy (tests/utils/shared-seed.ts).
  globalSetup: '<rootDir>/tests/utils/global-setup.ts',
  globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
  // A guard against a hang, not a speed check: on a machine busy with other work a test may take minutes,
  // and it must pass all the same (speed is the benchmark's business: npm run bench).
  testTimeout: 1_800_000,
  // Each test file has a temporary database of its own (a copy of the shared seed); two cores run two files at a time.
  maxWorkers: 2,
};
