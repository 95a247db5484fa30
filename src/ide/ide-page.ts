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

/** One IDE tab: an example operation, titled with the analyst's question in Dutch. */
export interface ExampleTab {
  /** The operation's name (what GraphiQL would title the tab with). */
  name: string;
  /** The question, in Dutch, from the `# Vraag:` line above the operation. */
  title: string;
  query: string;
}

const QUESTION = /^#\s*Vraag:\s*/;

/** The named example operations of schema/operations/, one IDE tab each. */
export function exampleTabs(): ExampleTab[] {
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
        const question = comment
          .split('\n')
          .map((l) => l.trim())
          .find((l) => QUESTION.test(l));
        return [
          {
            name: def.name.value,
            title: question?.replace(QUESTION, '') ?? def.name.value,
            query: `${comment ? `${comment}\n` : ''}${print(def)}\n`,
          },
        ];
      });
    });
}

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A CSS string literal: quotes, backslashes, line breaks and `<` (which could end the style element) escaped. */
const cssString = (text: string) => `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * GraphiQL titles a tab with its operation's name (an identifier, and it sets it again on every edit), so
 * the Dutch question is shown over it: the tab's text hidden, the question in its place. The tab's
 * tooltip keeps the operation's name.
 */
export function tabTitleStyles(tabs: ExampleTab[]): string {
  // A question is longer than an identifier: each tab keeps to a width that shows several, its question
  // cut with an ellipsis (the whole question is the first line of the tab's editor).
  const width = `.graphiql-tab-button::after { display: block; max-width: 18em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }`;
  return [
    width,
    ...tabs
      .filter((t) => t.title !== t.name)
      .map((t) => {
        const button = `.graphiql-tab-button[title=${cssString(t.name)}]`;
        return `${button} { font-size: 0; }\n${button}::after { content: ${cssString(t.title)}; font-size: var(--font-size-body, 15px); }`;
      }),
  ].join('\n');
}

export function idePage(tabs: ExampleTab[]): string {
  return `<!doctype html>
<html lang="en" data-endpoint="/graphql" data-assets="/graphql/ide">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zorginkoop-graph — GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphql/ide/app.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }
${tabTitleStyles(tabs)}</style>
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
