import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './type-defs';

/**
 * The peer: @neo4j/graphql 7 on Apollo Server 5 (standalone, node:http, as the floor), over the same
 * Neo4j and database as the project's Neo4j target, with the type definitions of ./type-defs.ts. Its
 * schema is built once at start (the Cypher it sends is translated per request, as in production).
 */
export interface PeerSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export async function startPeer(
  settings: PeerSettings,
): Promise<{ url: string; readonly calls: number; stop(): Promise<void> }> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  await driver.verifyConnectivity({ database: settings.database });
  // @neo4j/graphql opens a session for each statement it sends (one per root field, and once a check of
  // the server's version): counting sessions counts its statements, as engine.calls does for the project.
  let calls = 0;
  const session = driver.session.bind(driver);
  driver.session = (config) => {
    calls += 1;
    return session(config);
  };
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({
    schema, // The process's own shutdown stops the server (bench/target-server.ts).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  const sessionConfig = { database: settings.database };
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig }),
  });
  return {
    url: url.replace(/\/$/, ''),
    get calls() {
      return calls;
    },
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}
