import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../schema/context';
import { excerpt } from '../schema/errors';
import { ROOT_DIR } from '../paths';

/**
 * Answers of the analysts' questions as CSV, for a spreadsheet: GET /export/<question>.csv with the
 * question's arguments as URL parameters. Every row carries its citation (document, lines, quote). The
 * questions run as GraphQL operations (src/server/csv/), so arguments are checked as in the API.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of operations in src/server/csv/, read field by field
type Json = any;
type ParamType = 'string' | 'int' | 'date' | 'boolean' | 'list';
type Vars = Record<string, unknown>;

interface CsvQuestion {
  operation: string;
  params: Record<string, ParamType>;
  header: string[];
  /** The rows of one answer; `next` gives the variables of the next page, if there is one. */
  rows(data: Record<string, unknown>): { rows: unknown[][]; next?: Vars };
}

// The operations stay beside this module in the sources; the build reads them there too.
const operation = (file: string) => readFileSync(join(ROOT_DIR, 'src', 'server', 'csv', file), 'utf8');

type Cited = { documentKey: string; lines: string; quote: string } | null;
const cite = (s: Cited) => [s?.documentKey ?? '', s?.lines ?? '', s?.quote ?? ''];
const CITE = ['document', 'lines', 'quote'];

export const CSV_QUESTIONS: Record<string, CsvQuestion> = {
  requirements: {
    operation: operation('requirements.graphql'),
    params: {
      providerType: 'string',
      insurer: 'string',
      careType: 'string',
      year: 'int',
      knownAt: 'date',
      topic: 'string',
      includeGuidelines: 'boolean',
    },
    header: [
      'policy',
      'insurer',
      'appliesVia',
      'criterion',
      'kind',
      'party',
      'partyName',
      'force',
      'topic',
      'text',
      'withdrawnOn',
      ...CITE,
    ],
    rows: (data) => {
      type Page = { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Json }> };
      const page = data.requirements as Page;
      const rows = page.edges.map(({ node }) => {
        const c = node.criterion;
        return [
          node.policy.key,
          node.insurer?.key ?? '',
          node.appliesVia.key,
          c.key,
          c.kind,
          c.party,
          c.partyName ?? '',
          c.force,
          c.topic?.key ?? '',
          c.text,
          c.withdrawnBy?.date ?? '',
          ...cite(c.source),
        ];
      });
      return { rows, next: page.pageInfo.hasNextPage ? { after: page.pageInfo.endCursor } : undefined };
    },
  },
  'compare-requirements': {
    operation: operation('compare-requirements.graphql'),
    params: { providerType: 'string', insurers: 'list', year: 'int' },
    header: ['topic', 'insurer', 'policy', 'criterion', 'kind', 'party', 'force', 'text', ...CITE],
    rows: (data) => ({
      rows: (
        data.compareRequirements as Array<{
          topic: { key: string };
          insurers: Array<{ insurer: { key: string }; criteria: Array<Json> }>;
        }>
      ).flatMap((t) =>
        t.insurers.flatMap((i) =>
          i.criteria.map((c) => [
            t.topic.key,
            i.insurer.key,
            c.policy.key,
            c.key,
            c.kind,
            c.party,
            c.force,
            c.text,
            ...cite(c.source),
          ]),
        ),
      ),
    }),
  },
  'policy-diff': {
    operation: operation('policy-diff.graphql'),
    params: { from: 'string', to: 'string', fromKnownAt: 'date', toKnownAt: 'date' },
    header: ['change', 'key', 'before', 'after', ...CITE],
    rows: (data) => {
      type C = { key: string; text: string; source: Cited };
      const d = data.policyDiff as {
        added: C[];
        removed: C[];
        changed: Array<{ before: C; after: C }>;
        documentedChanges: Array<{
          key: string;
          subject: string;
          before: string | null;
          after: string | null;
          source: Cited;
        }>;
      };
      return {
        rows: [
          ...d.added.map((c) => ['added', c.key, '', c.text, ...cite(c.source)]),
          ...d.removed.map((c) => ['removed', c.key, c.text, '', ...cite(c.source)]),
          ...d.changed.map((c) => ['reworded', c.after.key, c.before.text, c.after.text, ...cite(c.after.source)]),
          ...d.documentedChanges.map((c) => [
            `documented: ${c.subject}`,
            c.key,
            c.before ?? '',
            c.after ?? '',
            ...cite(c.source),
          ]),
        ],
      };
    },
  },
};

/** A CSV cell: quoted when needed; a leading = + - @ is neutralised so that no spreadsheet runs it as a formula. */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class CsvRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('csv request');
  }
}

function variablesOf(question: CsvQuestion, search: URLSearchParams): Vars {
  const vars: Vars = {};
  for (const [name, raw] of search) {
    const type = question.params[name];
    const bad = (reason: string) =>
      new CsvRequestError(400, {
        errors: [
          {
            message: `Parameter ${name} ${reason} (got ${excerpt(raw)})`,
            extensions: { code: 'BAD_USER_INPUT', argument: name },
          },
        ],
      });
    if (!type) throw bad(`is not a parameter of this export (it takes ${Object.keys(question.params).join(', ')})`);
    if (type === 'int') {
      if (!/^-?\d{1,9}$/.test(raw)) throw bad('must be a whole number');
      vars[name] = Number(raw);
    } else if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw bad('must be true or false');
      vars[name] = raw === 'true';
    } else if (type === 'list') vars[name] = raw.split(',').filter(Boolean);
    else vars[name] = raw;
  }
  return vars;
}

/** Runs one export: the CSV text, or a CsvRequestError with the status and the GraphQL errors. */
export async function exportCsv(
  apollo: ApolloServer<Context>,
  name: string,
  search: URLSearchParams,
  context: () => Context,
): Promise<string> {
  const question = CSV_QUESTIONS[name];
  if (!question)
    throw new CsvRequestError(404, {
      error: `No export ${name}.csv; there are ${Object.keys(CSV_QUESTIONS)
        .map((q) => `${q}.csv`)
        .join(', ')}`,
    });
  const base = variablesOf(question, search);
  const lines = [question.header.map(csvCell).join(',')];
  let variables: Vars | undefined = base;
  // Pages of 100 until the answer is complete: an export is the whole answer (bounded by the graph).
  for (let page = 0; variables && page < 1000; page++) {
    const response = await apollo.executeOperation(
      { query: question.operation, variables },
      { contextValue: context() },
    );
    if (response.body.kind !== 'single') throw new CsvRequestError(500, { error: 'unexpected streamed answer' });
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      // The client's mistake, as the API states it; never a stack trace.
      throw new CsvRequestError(400, {
        errors: errors?.map(({ message, extensions }) => ({
          message,
          extensions: { ...extensions, stacktrace: undefined },
        })),
      });
    }
    const { rows, next } = question.rows(data as Record<string, unknown>);
    for (const row of rows) lines.push(row.map(csvCell).join(','));
    variables = next ? { ...base, ...next } : undefined;
  }
  return `${lines.join('\r\n')}\r\n`;
}
