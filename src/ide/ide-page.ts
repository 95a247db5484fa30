import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { ROOT_DIR } from '../paths';
import { IDE_DIR } from './build-ide';

/** The analysts' questions in the order the product puts them; other files follow alphabetically. */
const QUESTION_ORDER = [
  'requirements',
  'policy-diff',
  'policy-history',
  'regions',
  'compare-requirements',
  'search',
  'milestones',
  'list-filters',
];
const rank = (file: string) => {
  const i = QUESTION_ORDER.indexOf(file.replace(/\.graphql$/, ''));
  return i < 0 ? QUESTION_ORDER.length : i;
};

/** The named example operations of schema/operations/, one IDE tab each. */
export function exampleTabs(): Array<{ name: string; query: string }> {
  const dir = join(ROOT_DIR, 'schema', 'operations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return parse(text).definitions.flatMap((def) => {
        if (def.kind !== Kind.OPERATION_DEFINITION || !def.name || !def.loc) return [];
        // Keep the analyst's comment above the operation: it says what the question is.
        const before =
          text
            .slice(0, def.loc.start)
            .split(/\n\s*\n/)
            .pop() ?? '';
        const comment = before
          .split('\n')
          .filter((l) => l.trim().startsWith('#'))
          .join('\n');
        return [{ name: def.name.value, query: `${comment ? `${comment}\n` : ''}${print(def)}\n` }];
      });
    });
}

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function idePage(tabs: Array<{ name: string; query: string }>): string {
  return `<!doctype html>
<html lang="en" data-endpoint="/graphql" data-assets="/graphql/ide">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zorginkoop-graph — GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphql/ide/app.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script id="example-operations" type="application/json">${escapeJson(tabs)}</script>
<script type="module" src="/graphql/ide/app.js"></script>
</body>
</html>
`;
}

/** Nothing on the page may come from, or go to, another host. */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

/** A file of the built IDE by its name; undefined for anything else (no paths, no other files). */
export function ideAsset(name: string): { body: Buffer; type: string } | undefined {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) return undefined;
  const type = TYPES[extname(name)];
  if (!type || !readdirSync(IDE_DIR).includes(name)) return undefined;
  return { body: readFileSync(join(IDE_DIR, name)), type };
}
