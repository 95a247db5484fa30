import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { z } from 'zod';
import {
  CompareRequirementsCsvTopicFragmentDoc,
  InsurerCalendarNameDocument,
  MilestonesExportRowFragmentDoc,
  PolicyDiffCsvDocument,
  RequirementsCsvPageFragmentDoc,
  type CompareRequirementsCsvTopicFragment,
  type MilestonesExportRowFragment,
  type RequirementsCsvPageFragment,
} from '../client/generated/graphql';
import { schema } from '../schema';
import type { Context } from '../schema/context';
import { excerpt } from '../schema/errors';
import { milestoneCalendar } from './milestone-calendar';
import { httpStatusOf } from './error-status';

/**
 * Answers of the analysts' questions as files: GET /export/<question>.csv for a spreadsheet (and
 * /export/milestones.ics for a calendar), with the question's arguments as URL parameters. Every row
 * carries its citation (document, lines, quote).
 *
 * An export takes every argument its GraphQL question takes, read from the schema: the operation it runs
 * is built from the root field's arguments (only the columns are written by hand, as fragments in
 * src/server/csv/*.graphql, typed by `npm run codegen`). A new argument of `requirements` is a parameter
 * of requirements.csv without a change here. Parameters are checked with zod against the argument's
 * GraphQL type before the question runs (a 400 naming the parameter), and GraphQL checks them again.
 */

type Vars = Record<string, unknown>;
type Cell = string | number | boolean | null | undefined;

/**
 * Runs one typed operation and gives its data, or throws an ExportRequestError with the GraphQL errors.
 */
export type Execute = <TData, TVars extends Vars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Vars,
) => Promise<TData>;

/** One URL parameter of an export: an argument of its question. */
export interface ExportParam {
  name: string;
  /** The argument's description in the schema. */
  description: string;
  required: boolean;
  /** The GraphQL type the value must have, as the API writes it (e.g. "[CriterionForce!]"). */
  type: string;
  /** Parses the parameter's raw values (one per occurrence in the URL). */
  schema: z.ZodType<unknown, string[]>;
}

export interface ExportFile {
  body: string;
  contentType: string;
}

interface Export {
  params: ExportParam[];
  /** The file, from the URL's parameters already parsed. */
  render(execute: Execute, variables: Vars): Promise<ExportFile>;
}

/** Pagination is the export's own: it gives the whole answer. */
const PAGING = new Set(['first', 'last', 'after', 'before']);
const PAGE_SIZE = 100;

/** Values of a scalar or enum, from the URL's text. */
function itemSchema(type: GraphQLInputType): z.ZodType<unknown, string> {
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    const lower = values.map((v) => v.toLowerCase()).join(', ');
    // In a URL the lower-case form reads better: "forces=requirement,condition" is REQUIREMENT, CONDITION.
    return z
      .string()
      .transform((v) => v.trim().toUpperCase().replace(/[-\s]/g, '_'))
      .pipe(z.enum(values as [string, ...string[]], { error: `must be one of ${lower}` }));
  }
  switch (named.name) {
    case 'Int':
      return z
        .string()
        .regex(/^-?\d{1,9}$/, 'must be a whole number')
        .transform(Number);
    case 'Float':
      return z
        .string()
        .regex(/^-?\d+(\.\d+)?$/, 'must be a number')
        .transform(Number);
    case 'Boolean':
      return z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');
    case 'Date':
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
    default:
      return z.string().trim().min(1, 'must not be empty');
  }
}

/** The parameter's values: a list from comma-separated and repeated values, anything else given once. */
function paramSchema(type: GraphQLInputType): z.ZodType<unknown, string[]> {
  const item = itemSchema(type);
  if (isListType(getNullableType(type))) {
    return z
      .array(z.string())
      .transform((raws) =>
        raws
          .flatMap((r) => r.split(','))
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(z.array(item).min(1, 'must name at least one value (comma-separated)'));
  }
  return z
    .array(z.string())
    .length(1, 'is given more than once')
    .transform((raws) => raws[0]!)
    .pipe(item);
}

/** Every argument of a root question but the paging ones, as URL parameters. */
export function questionParams(field: string): ExportParam[] {
  const question = schema.getQueryType()?.getFields()[field];
  if (!question) throw new Error(`the schema has no question ${field}`);
  return question.args
    .filter((a) => !PAGING.has(a.name))
    .map((a) => ({
      name: a.name,
      description: a.description ?? '',
      required: isNonNullType(a.type) && a.defaultValue === undefined,
      type: String(a.type),
      schema: paramSchema(a.type),
    }));
}

/**
 * The operation an export runs: the root question with every parameter as a variable (an argument left out
 * of the URL is left out of the question, so its default applies), selecting the export's fragment as
 * `answer`. Connections are asked 100 at a time.
 */
export function exportOperation<TAnswer>(
  field: string,
  fragment: TypedDocumentNode<TAnswer, unknown>,
  params: ExportParam[],
  shape: 'one',
): TypedDocumentNode<{ answer: TAnswer }, Vars>;
export function exportOperation<TAnswer>(
  field: string,
  fragment: TypedDocumentNode<TAnswer, unknown>,
  params: ExportParam[],
  shape: 'list',
): TypedDocumentNode<{ answer: TAnswer[] }, Vars>;
export function exportOperation<TAnswer>(
  field: string,
  fragment: TypedDocumentNode<TAnswer, unknown>,
  params: ExportParam[],
  shape: 'one' | 'list',
): TypedDocumentNode<{ answer: TAnswer | TAnswer[] }, Vars> {
  const type = schema.getQueryType()?.getFields()[field]?.type;
  if (!type || isListType(getNullableType(type)) !== (shape === 'list'))
    throw new Error(`${field} does not answer ${shape === 'list' ? 'a list' : 'one object'}`);
  const spread = fragment.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (spread?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error(`the export of ${field} has no fragment`);
  const args = schema.getQueryType()?.getFields()[field]?.args ?? [];
  const paged = args.some((a) => a.name === 'after');
  const variables = params.map((p) => {
    const arg = args.find((a) => a.name === p.name);
    if (!arg) throw new Error(`${field} has no argument ${p.name}`);
    // An argument with a default is left out when the URL does not give it; its variable may be absent.
    return `$${p.name}: ${String(p.required ? arg.type : getNullableType(arg.type))}`;
  });
  const passed = params.map((p) => `${p.name}: $${p.name}`);
  if (paged) {
    variables.push('$after: String');
    passed.push(`first: ${PAGE_SIZE}`, 'after: $after');
  }
  const list = (items: string[]) => (items.length ? `(${items.join(', ')})` : '');
  const name = `Export${field[0]!.toUpperCase()}${field.slice(1)}`;
  const operation = parse(
    `query ${name}${list(variables)} { answer: ${field}${list(passed)} { ...${spread.name.value} } }`,
  );
  return { kind: Kind.DOCUMENT, definitions: [...operation.definitions, ...fragment.definitions] };
}

/**
 * Every page of a question's answer: the variables of the next page come from the last one's, until the
 * answer is complete (bounded by the graph).
 */
async function allPages<TAnswer>(
  execute: Execute,
  document: TypedDocumentNode<{ answer: TAnswer }, Vars>,
  variables: Vars,
  next: (answer: TAnswer) => Vars | undefined,
): Promise<TAnswer[]> {
  const pages: TAnswer[] = [];
  let page: Vars | undefined = variables;
  for (let n = 0; page && n < 1000; n++) {
    const { answer } = await execute(document, page);
    pages.push(answer);
    const more = next(answer);
    page = more ? { ...page, ...more } : undefined;
  }
  return pages;
}

type Cited = { documentKey: string; lines: string; quote: string } | null;
const cite = (s: Cited) => [s?.documentKey ?? '', s?.lines ?? '', s?.quote ?? ''];
const CITE = ['document', 'lines', 'quote'];
/**
 * Last, so that the columns before it keep their places: false for a statement of a draft no curator has
 * reviewed (a server started with --drafts), which a spreadsheet must not pass for the curated graph.
 */
const REVIEWED = 'reviewed';

/** A CSV file: a header, then every row. */
function csvFile(header: string[], rows: Cell[][]): ExportFile {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  // With a byte-order mark, so that a spreadsheet reads it as UTF-8.
  return { body: `\uFEFF${lines.join('\r\n')}\r\n`, contentType: 'text/csv; charset=utf-8' };
}

const requirementsParams = questionParams('requirements');
const requirementsOperation = exportOperation(
  'requirements',
  RequirementsCsvPageFragmentDoc,
  requirementsParams,
  'one',
);
const compareParams = questionParams('compareRequirements');
const compareOperation = exportOperation(
  'compareRequirements',
  CompareRequirementsCsvTopicFragmentDoc,
  compareParams,
  'list',
);
const milestoneParams = questionParams('milestones');
const milestonesOperation = exportOperation('milestones', MilestonesExportRowFragmentDoc, milestoneParams, 'list');

const milestoneRow = (m: MilestonesExportRowFragment): Cell[] => [
  m.policy.key,
  m.policy.insurer?.key ?? '',
  m.key,
  m.kind ?? '',
  m.date ?? '',
  m.dateEnd ?? '',
  m.datePrecision,
  m.dateQualifier,
  m.datePart ?? '',
  m.dateText ?? '',
  m.term ?? '',
  m.termFrom ?? '',
  m.action,
  m.actor ?? '',
  m.channel ?? '',
  m.audience ?? '',
  m.audienceTypes.map((t) => t.key).join(' '),
  m.curatorNote ?? '',
  ...cite(m.source),
  m.reviewed,
];

/** A parameter given by hand, for a question whose arguments are input objects (policyDiff). */
const param = (name: string, type: string, required: boolean, description: string): ExportParam => ({
  name,
  type,
  required,
  description,
  schema: paramSchema(
    (type.replace('!', '') === 'Date' ? schema.getType('Date') : schema.getType('String')) as GraphQLInputType,
  ),
});

export const EXPORTS: Record<string, Export> = {
  'requirements.csv': {
    params: requirementsParams,
    render: async (execute, variables) => {
      const pages = await allPages<RequirementsCsvPageFragment>(execute, requirementsOperation, variables, (p) =>
        p.pageInfo.hasNextPage && p.pageInfo.endCursor ? { after: p.pageInfo.endCursor } : undefined,
      );
      return csvFile(
        [
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
        pages.flatMap((page) =>
          page.edges.map(({ node }) => {
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
        ),
      );
    },
  },
  'compare-requirements.csv': {
    params: compareParams,
    render: async (execute, variables) => {
      const [topics = []] = await allPages<CompareRequirementsCsvTopicFragment[]>(
        execute,
        compareOperation,
        variables,
        () => undefined,
      );
      return csvFile(
        [
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
        topics.flatMap((t) =>
          t.insurers.flatMap((i): Cell[][] =>
            // An insurer without statements on the topic keeps its row, saying why it has none.
            i.criteria.length === 0
              ? [[t.topic.key, i.insurer.key, '', '', '', '', '', '', '', '', '', i.status, i.reason ?? '', '']]
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
                  i.reason ?? '',
                  c.reviewed,
                ]),
          ),
        ),
      );
    },
  },
  'milestones.csv': {
    params: milestoneParams,
    render: async (execute, variables) => {
      const [milestones = []] = await allPages<MilestonesExportRowFragment[]>(
        execute,
        milestonesOperation,
        variables,
        () => undefined,
      );
      return csvFile(
        [
          'policy',
          'insurer',
          'milestone',
          'kind',
          'date',
          'dateEnd',
          'datePrecision',
          'dateQualifier',
          'datePart',
          'dateText',
          'term',
          'termFrom',
          'action',
          'actor',
          'channel',
          'audience',
          'audienceTypes',
          'curatorNote',
          ...CITE,
          REVIEWED,
        ],
        milestones.map(milestoneRow),
      );
    },
  },
  // A calendar feed per insurer: the insurer is required (it names the calendar).
  'milestones.ics': {
    params: milestoneParams.map((p) => (p.name === 'insurer' ? { ...p, required: true } : p)),
    render: async (execute, variables) => {
      const { insurer } = await execute(InsurerCalendarNameDocument, { insurer: variables.insurer });
      const [milestones = []] = await allPages<MilestonesExportRowFragment[]>(
        execute,
        milestonesOperation,
        variables,
        () => undefined,
      );
      return {
        body: milestoneCalendar({ insurer: insurer ?? { key: String(variables.insurer), name: '' }, milestones }),
        contentType: 'text/calendar; charset=utf-8',
      };
    },
  },
  'policy-diff.csv': {
    // policyDiff's arguments are two PolicyVersionInput objects: each field is a parameter of its own.
    params: [
      param('from', 'String!', true, 'Key of the older policy, e.g. "vgz-msz-2023".'),
      param('to', 'String!', true, 'Key of the newer policy, e.g. "vgz-msz-2024".'),
      param('fromKnownAt', 'Date', false, 'Date of knowledge of the older side.'),
      param('toKnownAt', 'Date', false, 'Date of knowledge of the newer side.'),
    ],
    render: async (execute, variables) => {
      const { policyDiff: d } = await execute(PolicyDiffCsvDocument, variables);
      return csvFile(
        ['change', 'key', 'before', 'after', ...CITE, REVIEWED],
        [
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
      );
    },
  },
};

/** A CSV cell: quoted when needed; a leading = + - @ is neutralised so that no spreadsheet runs it as a formula. */
export function csvCell(value: Cell): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class ExportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('export request');
  }
}

const badParam = (name: string, reason: string, raw?: string) =>
  new ExportRequestError(400, {
    errors: [
      {
        message: `Parameter ${name} ${reason}${raw === undefined ? '' : ` (got ${excerpt(raw)})`}`,
        extensions: { code: 'BAD_USER_INPUT', argument: name },
      },
    ],
  });

/** The URL's parameters as the question's variables, each checked against its argument's type. */
export function exportVariables(file: string, params: ExportParam[], search: URLSearchParams): Vars {
  const given = new Map<string, string[]>();
  for (const [name, raw] of search) given.set(name, [...(given.get(name) ?? []), raw]);
  const vars: Vars = {};
  for (const [name, raws] of given) {
    const p = params.find((q) => q.name === name);
    if (!p)
      throw badParam(name, `is not a parameter of ${file} (it takes ${params.map((q) => q.name).join(', ')})`, raws[0]);
    const parsed = p.schema.safeParse(raws);
    if (!parsed.success) throw badParam(name, parsed.error.issues[0]?.message ?? 'is not valid', raws.join(','));
    vars[name] = parsed.data;
  }
  for (const p of params)
    if (p.required && !given.has(p.name)) throw badParam(p.name, `is required: ${p.description || p.type}`);
  return vars;
}

/** Runs one export: the file, or an ExportRequestError with the status and the GraphQL errors. */
export async function exportFile(
  apollo: ApolloServer<Context>,
  file: string,
  search: URLSearchParams,
  context: () => Context,
): Promise<ExportFile> {
  const spec = EXPORTS[file];
  if (!spec)
    throw new ExportRequestError(404, {
      error: `No export ${file}; there are ${Object.keys(EXPORTS).join(', ')}`,
    });
  const variables = exportVariables(file, spec.params, search);
  const execute: Execute = async <TData, TVars extends Vars>(document: TypedDocumentNode<TData, TVars>, vars: Vars) => {
    const response = await apollo.executeOperation<TData>(
      { query: document, variables: vars },
      { contextValue: context() },
    );
    if (response.body.kind !== 'single') throw new ExportRequestError(500, { error: 'unexpected streamed answer' });
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      // As the API states it, never a stack trace; the status by the errors' codes, as every answer of the
      // server outside a GraphQL result (a database down is 503, a statement past its time 504).
      const codes = errors?.map(({ extensions }) =>
        typeof extensions?.code === 'string' ? extensions.code : undefined,
      ) ?? ['INTERNAL_SERVER_ERROR'];
      throw new ExportRequestError(httpStatusOf(codes), {
        errors: errors?.map(({ message, extensions }) => ({
          message,
          extensions: { ...extensions, stacktrace: undefined },
        })),
      });
    }
    return data;
  };
  return spec.render(execute, variables);
}
