import type { IncomingMessage } from 'node:http';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';

/**
 * The GraphQL over HTTP conventions the server keeps beyond what Apollo Server does itself (README "GraphQL
 * over HTTP"): a request's parameters read alike from a GET's URL and a POST's body, a mutation over GET
 * answered 405 with `Allow: POST`, and errors of our own in the media type the client accepts.
 */

/** A request's GraphQL parameters, as sent: `variables` and `extensions` of a GET are still JSON text. */
export interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
  /** The GraphQL over HTTP persisted documents convention: the id of a trusted document (src/server/trusted-documents.ts). */
  documentId?: string;
}

/** The parameters of a GET's URL or a POST's parsed JSON body; undefined for a body that is not one object (Apollo answers it). */
export function paramsOf(method: string, search: URLSearchParams, body: unknown): GraphQLParams | undefined {
  if (method === 'GET') {
    const value = (name: string) => search.get(name) ?? undefined;
    return {
      query: value('query'),
      variables: value('variables'),
      operationName: value('operationName'),
      extensions: jsonOrText(value('extensions')),
      documentId: value('documentId'),
    };
  }
  if (method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const fields = body as Record<string, unknown>;
  return {
    query: fields.query,
    variables: fields.variables,
    operationName: fields.operationName,
    extensions: fields.extensions,
    documentId: typeof fields.documentId === 'string' ? fields.documentId : undefined,
  };
}

/** A GET's `extensions` as an object when it is valid JSON (to find a persisted-query hash in it), else as sent. */
function jsonOrText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The same request for Apollo, with `params` in place of what was sent (a trusted document's text for its id). */
export function withParams(
  method: string,
  search: string,
  body: unknown,
  params: GraphQLParams,
): { search: string; body: unknown } {
  if (method === 'GET') {
    const next = new URLSearchParams(search);
    next.delete('documentId');
    if (typeof params.query === 'string') next.set('query', params.query);
    if (params.extensions === undefined) next.delete('extensions');
    else
      next.set(
        'extensions',
        typeof params.extensions === 'string' ? params.extensions : JSON.stringify(params.extensions),
      );
    const text = next.toString();
    return { search: text ? `?${text}` : '', body };
  }
  const { documentId: _id, query: _query, extensions: _extensions, ...fields } = body as Record<string, unknown>;
  // Apollo tells a field sent as null or undefined from one not sent: only those with a value are passed on.
  if (params.query !== undefined) fields.query = params.query;
  if (params.extensions !== undefined) fields.extensions = params.extensions;
  return { search, body: fields };
}

/**
 * Whether a GET asks for a mutation: the spec has it answered 405 (Method Not Allowed) with `Allow: POST`,
 * before anything runs. A document that does not parse is Apollo's to answer (400).
 */
export function isMutationOverGet(method: string, params: GraphQLParams, maxTokens: number): boolean {
  if (method !== 'GET' || typeof params.query !== 'string') return false;
  try {
    const document = parse(params.query, { maxTokens, noLocation: true });
    const name = typeof params.operationName === 'string' ? params.operationName : undefined;
    return getOperationAST(document, name)?.operation === OperationTypeNode.MUTATION;
  } catch {
    return false;
  }
}

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * The media type of an error answer of our own: `application/graphql-response+json` for a client that
 * accepts it, else `application/json`, as Apollo chooses for its answers.
 */
export function errorMediaType(req: IncomingMessage): string {
  const accept = req.headers.accept ?? '';
  const accepts = accept
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([type, ...rest]) => type?.trim() === GRAPHQL_RESPONSE && !rest.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
  return `${accepts ? GRAPHQL_RESPONSE : 'application/json'}; charset=utf-8`;
}
