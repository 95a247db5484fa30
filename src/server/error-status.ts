import { QUERY_LIMIT_CODES } from './query-limits';

/**
 * The HTTP status of an answer that is an error, by its code: one table for every answer the server makes
 * outside a GraphQL result (a CSV or calendar export, a request past its deadline, a graph not loaded). A
 * GraphQL request over `application/json` keeps status 200 for errors raised while executing, as the
 * GraphQL over HTTP specification asks; its code says the same as the status here.
 *
 * - 400: the request must change (an argument, an unknown key, an operation past a limit).
 * - 503: the server cannot answer now and may later (the database down or not loaded, the request past
 *   REQUEST_TIMEOUT_MS): a client may retry, a load balancer may send it elsewhere.
 * - 504: a statement ran out of QUERY_TIMEOUT_MS (the database answered, too slowly): ask for less.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  ...Object.fromEntries(QUERY_LIMIT_CODES.map((code) => [code, 400])),
  // A key an argument names that the graph lacks: the request's mistake (the export itself exists), as
  // BAD_USER_INPUT is for a key checked before the question (404 is for a path the server does not serve).
  NOT_FOUND: 400,
  INTERNAL_SERVER_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  GRAPH_NOT_LOADED: 503,
  REQUEST_TIMEOUT: 503,
  QUERY_TIMEOUT: 504,
};

/**
 * The status of an answer holding these error codes: the server's own state first (the highest 5xx), else the
 * client's mistake (the highest 4xx); 500 for a code the table does not know or an error without one.
 */
export function httpStatusOf(codes: ReadonlyArray<string | undefined>): number {
  const statuses = codes.map((code) => (code === undefined ? 500 : (HTTP_STATUS_OF_CODE[code] ?? 500)));
  return statuses.length === 0 ? 500 : Math.max(...statuses);
}
