import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CompareRequirementsCsvDocument,
  PolicyDiffCsvDocument,
  RequirementsCsvDocument,
} from '../client/generated/graphql';
import type { Context } from '../schema/context';
import { excerpt } from '../schema/errors';

/**
 * Answers of the analysts' questions as CSV, for a spreadsheet: GET /export/<question>.csv with the
 * question's arguments as URL parameters. Every row carries its citation (document, lines, quote). The
 * questions run as GraphQL operations (src/server/csv/*.graphql, typed by `npm run codegen`), so arguments
 * are checked as in the API.
 */

type ParamType = 'string' | 'int' | 'date' | 'boolean' | 'list';
type Vars = Record<string, unknown>;
type Cell = string | number | boolean | null | undefined;

/**
 * Runs one typed operation and gives its data, or throws a CsvRequestError with the GraphQL errors. The
 * variables are the URL's (and the pages' that follow): GraphQL checks them against the operation.
 */
type Execute = <TData, TVars extends Vars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Vars,
) => Promise<TData>;

interface CsvQuestion {
  params: Record<string, ParamType | undefined>;
  header: string[];
  /** Every row of the answer, page after page. */
  rows(execute: Execute, variables: Vars): Promise<Cell[][]>;
}

/**
 * A question over one operation of src/server/csv/. Its parameters are variables of that operation; `rows`
 * reads one answer, whose type codegen made from the operation, and gives the variables of the next page.
 */
function question<TData, TVars extends Vars>(spec: {
  document: TypedDocumentNode<TData, TVars>;
  params: { [Name in keyof TVars & string]?: ParamType };
  header: string[];
  rows(data: TData): { rows: Cell[][]; next?: Partial<TVars> };
}): CsvQuestion {
  return {
    params: spec.params,
    header: spec.header,
    rows: async (execute, base) => {
      const rows: Cell[][] = [];
      // The URL's parameters, by name and type of the operation's variables; GraphQL checks their values.
      let variables: Vars | undefined = base;
      // Pages of 100 until the answer is complete: an export is the whole answer (bounded by the graph).
      for (let page = 0; variables && page < 1000; page++) {
        const answer = spec.rows(await execute(spec.document, variables));
        rows.push(...answer.rows);
        variables = answer.next ? { ...variables, ...answer.next } : undefined;
      }
      return rows;
    },
  };
}

type Cited = { documentKey: string; lines: string; quote: string } | null;
const cite = (s: Cited) => [s?.documentKey ?? '', s?.lines ?? '', s?.quote ?? ''];
const CITE = ['document', 'lines', 'quote'];
/**
 * Last, so that the columns before it keep their places: false for a statement of a draft no curator has
 * reviewed (a server started with --drafts), which a spreadsheet must not pass for the curated graph.
 */
const REVIEWED = 'reviewed';

export const CSV_QUESTIONS: Record<string, CsvQuestion> = {
  requirements: question({
    document: RequirementsCsvDocument,
    params: {
      providerType: 'string',
      insurer: 'string',
      careType: 'string',
      year: 'int',
      knownAt: 'date',
      topic: 'string',
      includeGuidelines: 'boolean',
      scope: 'string',
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
      REVIEWED,
    ],
    rows: ({ requirements: page }) => ({
      rows: page.edges.map(({ node }) => {
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
          c.topic.key,
          c.text,
          c.withdrawnBy?.date ?? '',
          ...cite(c.source),
          c.reviewed,
        ];
      }),
      next: page.pageInfo.hasNextPage && page.pageInfo.endCursor ? { after: page.pageInfo.endCursor } : undefined,
    }),
  }),
  'compare-requirements': question({
    document: CompareRequirementsCsvDocument,
    params: { providerType: 'string', insurers: 'list', year: 'int' },
    // status and reason: an insurer that states nothing on a topic is a row of its own saying why (no policy,
    // no statement on the topic), as in GraphQL.
    header: [
      'topic',
      'insurer',
      'policy',
      'criterion',
      'kind',
      'party',
      'force',
      'text',
      ...CITE,
      'status',
      'reason',
      REVIEWED,
    ],
    rows: ({ compareRequirements }) => ({
      rows: compareRequirements.flatMap((t) =>
        t.insurers.flatMap((i) =>
          i.criteria.length === 0
            ? [[t.topic.key, i.insurer.key, '', '', '', '', '', '', ...cite(null), i.status, i.reason ?? '', '']]
            : i.criteria.map((c) => [
                t.topic.key,
                i.insurer.key,
                c.policy.key,
                c.key,
                c.kind,
                c.party,
                c.force,
                c.text,
                ...cite(c.source),
                i.status,
                '',
                c.reviewed,
              ]),
        ),
      ),
    }),
  }),
  'policy-diff': question({
    document: PolicyDiffCsvDocument,
    params: { from: 'string', to: 'string', fromKnownAt: 'date', toKnownAt: 'date' },
    header: ['change', 'key', 'before', 'after', ...CITE, REVIEWED],
    rows: ({ policyDiff: d }) => ({
      rows: [
        ...d.added.map((c) => ['added', c.key, '', c.text, ...cite(c.source), c.reviewed]),
        ...d.removed.map((c) => ['removed', c.key, c.text, '', ...cite(c.source), c.reviewed]),
        ...d.changed.map((c) => [
          'reworded',
          c.after.key,
          c.before.text,
          c.after.text,
          ...cite(c.after.source),
          c.after.reviewed,
        ]),
        ...d.documentedChanges.map((c) => [
          `documented: ${c.subject}`,
          c.key,
          c.before ?? '',
          c.after ?? '',
          ...cite(c.source),
          c.reviewed,
        ]),
      ],
    }),
  }),
};

/** A CSV cell: quoted when needed; a leading = + - @ is neutralised so that no spreadsheet runs it as a formula. */
export function csvCell(value: Cell): string {
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
  const execute: Execute = async <TData, TVars extends Vars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: Vars,
  ) => {
    const response = await apollo.executeOperation<TData>({ query: document, variables }, { contextValue: context() });
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
    return data;
  };
  const rows = await question.rows(execute, variablesOf(question, search));
  const lines = [question.header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
