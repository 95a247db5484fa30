import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  buildSchema,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../src/paths';

/**
 * The floor the benchmark compares with: Apollo Server 5 on node:http with the same schema (built from
 * the printed SDL), answering each operation with its captured answer from memory. What our server
 * costs above this is the engine, the loaders and our own code.
 */

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

const byResponseKey: GraphQLFieldResolver<Record<string, unknown> | null, unknown> = (source, _args, _ctx, info) =>
  source?.[info.path.key as string];

export async function startFloor(
  captured: Record<string, Record<string, unknown>>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = buildSchema(readFileSync(join(ROOT_DIR, 'schema', 'schema.graphql'), 'utf8'));
  const server = new ApolloServer({
    schema,
    fieldResolver: byResponseKey,
    plugins: [ApolloServerPluginCacheControlDisabled()],
    rootValue: (document: DocumentNode) => {
      const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      return captured[op?.name?.value ?? ''] ?? null;
    },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}
