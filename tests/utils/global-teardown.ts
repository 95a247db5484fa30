import { rmSync } from 'node:fs';
import { SHARED_SEED_ENV } from './shared-seed';

export default function globalTeardown(): void {
  const dir = process.env[SHARED_SEED_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
