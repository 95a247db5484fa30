import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, Kind, parse, print, visit, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../src/paths';

/**
 * The floor the benchmark compares with: Apollo Server 5 on node:http with the same schema (built from
 * the printed SDL), answering each operation with its captured answer from memory. What our server
 * costs above this is the engine, the loaders and our own code.
 */

/** Captured answers, by `captureKey(operation name, variables)`. */
export type Captured = Record<string, Record<string, unknown>>;

/** The key of an answer: the operation's name and its variables, with keys sorted. */
export function captureKey(operationName: string, variables: Record<string, unknown> = {}): string {
  const sorted = Object.fromEntries(Object.entries(variables).sort(([a], [b]) => a.localeCompare(b)));
  return `${operationName} ${JSON.stringify(sorted)}`;
}

/** The operation with __typename in every selection set: what abstract types need to be answered from JSON. */
export function withTypenames(query: string): string {
  const document = visit<DocumentNode>(parse(query), {
    SelectionSet(node) {
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
  return print(document);
}

export async function startFloor(captured: Captured): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = buildSchema(readFileSync(join(ROOT_DIR, 'schema', 'schema.graphql'), 'utf8'));
  /** A root field reads its operation's captured answer (by name and variables); any other field its parent's. */
  const byResponseKey: GraphQLFieldResolver<Record<string, unknown> | null | undefined, unknown> = (
    source,
    _args,
    _ctx,
    info,
  ) => {
    const parent = info.path.prev
      ? source
      : captured[captureKey(info.operation.name?.value ?? '', info.variableValues)];
    return parent?.[info.path.key as string];
  };
  const server = new ApolloServer({
    schema,
    fieldResolver: byResponseKey,
    // The process's own shutdown stops the server (bench/target-server.ts).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}
