import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSharedSeed, SHARED_SEED_ENV } from './shared-seed';

/**
 * Once per jest run, before any test file: seed/ validated and loaded (see shared-seed.ts). The directory
 * reaches the test files through the environment, which the workers inherit; each run has its own, so
 * runs side by side in the same tree do not meet.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-test-seed-'));
  try {
    await prepareSharedSeed(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  process.env[SHARED_SEED_ENV] = dir;
}
