import { loadConfig } from '../../src/config';
import { serve } from '../../src/server/serve';

/**
 * `npm start`'s server (src/main.ts) that also reports its memory: on SIGUSR2 it collects garbage (node
 * runs it with --expose-gc) and writes `memory {json}` to standard error, its RSS and heap in bytes
 * and the connections it holds open.
 */
void serve(loadConfig()).then((server) => {
  process.on('SIGUSR2', () => {
    global.gc?.();
    global.gc?.();
    server.http.getConnections((_, connections) => {
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      console.error(`memory ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, connections })}`);
    });
  });
});
