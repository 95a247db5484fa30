import { join } from 'node:path';

/** Where the project's own files are, wherever the process was started from. */
export const ROOT_DIR = join(__dirname, '..');
export const SEED_DIR = join(ROOT_DIR, 'seed');
