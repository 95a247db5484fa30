import { GraphNotLoadedError, type GraphEngine, type RequestReader } from '../engine/graph-engine';
import type { AnyStatement, ReadArgs } from '../engine/statements';

/**
 * A request's reader that answers GraphNotLoadedError (GRAPH_NOT_LOADED) while the graph holds no complete
 * load, instead of what a question on an empty graph would say (an unknown key, an empty list, a missing
 * index). The load marker is asked once per request, at its first statement (the engine keeps the answer;
 * see GraphEngine.loadedGraph): a request that reads nothing, as introspection, is answered as ever.
 */
export function loadedGraphOnly(engine: GraphEngine, reader: RequestReader): RequestReader {
  let loaded: Promise<void> | undefined;
  return {
    nestedReads: reader.nestedReads,
    read: async <N extends AnyStatement>(query: N, ...args: ReadArgs<N>) => {
      loaded ??= engine.loadedGraph().then((marker) => {
        if (!marker) throw new GraphNotLoadedError();
      });
      await loaded;
      return reader.read(query, ...args);
    },
    close: () => reader.close(),
  };
}
