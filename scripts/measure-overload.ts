import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT_DIR } from '../src/paths';
import { exampleOperations } from '../tests/utils/operations';

/**
 * Throughput and median latency of a running server at a few connection counts (`npm run overload:measure
 * -- URL [SECONDS] [CONNECTIONS...]`): every example operation of schema/operations/ asked in turn over
 * keep-alive connections, as issue 19 measured overload. Answers shed with 503 OVERLOADED are counted apart.
 */
async function main() {
  const [url = 'http://127.0.0.1:4000', seconds = '20', ...counts] = process.argv.slice(2);
  const bodies = readdirSync(join(ROOT_DIR, 'schema', 'operations'))
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => Object.entries(exampleOperations(f)))
    .map(([operationName, query]) => JSON.stringify({ query, operationName }));
  for (const connections of counts.length ? counts.map(Number) : [8, 32]) {
    let turn = 0;
    let shed = 0;
    let failed = 0;
    const result = await autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      duration: Number(seconds),
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: bodies[turn++ % bodies.length] }),
          onResponse: (status) => {
            if (status === 503) shed += 1;
            else if (status !== 200) failed += 1;
          },
        },
      ],
    });
    const ok = result.requests.total - shed - failed;
    console.log(
      JSON.stringify({
        connections,
        seconds: result.duration,
        okPerSecond: +(ok / result.duration).toFixed(1),
        p50Ms: result.latency.p50,
        p90Ms: result.latency.p90,
        shed,
        failed,
        errors: result.errors,
        timeouts: result.timeouts,
      }),
    );
  }
}

void main();
