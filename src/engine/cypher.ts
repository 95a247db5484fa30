import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT_DIR } from '../paths';

/**
 * Every Cypher statement lives in a file under cypher/; a query is named by its path without the
 * extension (`model/criterion/get-by-keys`). The files are read once, at start-up.
 */
export const CYPHER_DIR = join(ROOT_DIR, 'cypher');

function readAll(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    out.set(name, readFileSync(path, 'utf8'));
  }
  return out;
}

const statements = readAll(CYPHER_DIR);

export class MissingQueryError extends Error {
  constructor(name: string) {
    super(`no Cypher file cypher/${name}.cypher`);
    this.name = 'MissingQueryError';
  }
}

/** The text of a named statement; fails fast on a name with no file. */
export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new MissingQueryError(name);
  return text;
}

const sent = new Map<string, string>();

/**
 * A named statement as the engines send it: its comment lines (the header with its annotations, the notes
 * on why) left out, so that every request does not carry a few kilobytes of prose to the database.
 */
export function statementText(name: string): string {
  let text = sent.get(name);
  if (text === undefined) {
    text = withoutCommentLines(cypher(name));
    sent.set(name, text);
  }
  return text;
}

const withoutCommentLines = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');

export function hasCypher(name: string): boolean {
  return statements.has(name);
}

/** The statements of a file that holds several, separated by `;` at the end of a line (schema set-up). */
export function cypherStatements(name: string): string[] {
  return withoutCommentLines(cypher(name))
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function allCypherNames(): string[] {
  return [...statements.keys()].sort();
}
