import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT_DIR } from '../../src/paths';

const run = promisify(execFile);
const BIN = join(ROOT_DIR, 'bin', 'zorginkoop.js');

/** The fictional next-year edition of one section the accept tests take in (tests/fixtures/ingest/README.md). */
export const INGEST_FIXTURE = join(ROOT_DIR, 'tests', 'fixtures', 'ingest', 'vgz-msz-2025.txt');

/** The fictional next-year edition of the whole VGZ MSZ 2024 document, with known edits (the same README). */
export const YEARLY_FIXTURE = join(ROOT_DIR, 'tests', 'fixtures', 'ingest', 'vgz-msz-2025-full.txt');

/** Runs the command line as a user does (its configuration in `env`), and gives its output and exit code. */
export async function zorginkoop(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file under a folder with its contents: what "nothing written" is checked against. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  return files;
}
