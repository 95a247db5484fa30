import type { ApolloServerPlugin } from '@apollo/server';
import { operationLabel, requestSeconds, requestsTotal, secondsSince } from '../metrics';
import type { Context } from '../schema/context';

/** What one request did: which operation, how long it took, how many database statements it sent. */
export interface RequestLogLine {
  time: string;
  operation: string | null;
  durationMs: number;
  engineCalls: number;
  errors: number;
}

export type LogSink = (line: RequestLogLine) => void;

/** One JSON line per request on a pipe or in a file; a readable line in a terminal. */
export function defaultSink(stream: NodeJS.WriteStream = process.stdout): LogSink {
  return (line) =>
    stream.write(
      stream.isTTY
        ? `${line.time.slice(11, 19)}  ${(line.operation ?? '(anonymous)').padEnd(32)} ${String(line.durationMs).padStart(5)} ms  ${String(line.engineCalls).padStart(3)} statements${line.errors ? `  ${line.errors} error(s)` : ''}\n`
        : `${JSON.stringify(line)}\n`,
    );
}

export function requestLogPlugin(sink: LogSink): ApolloServerPlugin<Context> {
  return {
    // Apollo's hooks return promises; these have nothing to wait for.
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ contextValue, request, errors, operationName }) {
          sink({
            time: new Date().toISOString(),
            operation: operationName ?? request.operationName ?? null,
            durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
            engineCalls: contextValue.db.calls,
            errors: errors?.length ?? 0,
          });
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Counts and times every operation for /metrics, by operation name and outcome: `ok`, or the code of its
 * first error (as the client sees it, after formatError).
 */
export function metricsPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ request, operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const labels = {
            operation: operationLabel(operationName ?? request.operationName),
            outcome: errors?.length ? (typeof code === 'string' ? code : 'error') : 'ok',
          };
          requestsTotal.inc(labels);
          requestSeconds.observe(labels, secondsSince(started));
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * A real fault (not a client's mistake): one JSON line on standard error, stack included, so that an
 * operator finds it and a log collector keeps it as one record.
 */
export function logFault(
  error: unknown,
  path?: ReadonlyArray<string | number>,
  stream: NodeJS.WritableStream = process.stderr,
): void {
  const e = error instanceof Error ? error : new Error(String(error));
  stream.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', path: path?.join('.') ?? null, name: e.name, message: e.message, stack: e.stack ?? null })}\n`,
  );
}
