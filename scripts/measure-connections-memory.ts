import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { ROOT_DIR } from '../src/paths';
import { serveProcess, type ServedProcess } from '../tests/utils/served-process';

/**
 * The server's memory around many concurrent keep-alive connections (`tsx scripts/measure-connections-memory.ts
 * [CONNECTIONS] [ENV=VALUE...]`): RSS and heap after garbage collection before, with the connections open
 * and answered, and after they are closed, on the embedded engine unless GRAPH_ENGINE says otherwise.
 */
export async function memory(served: ServedProcess): Promise<Record<string, number>> {
  const from = served.stderr.length;
  served.signal('SIGUSR2');
  const match = await served.until(/memory (\{.*\})\n/, from);
  return JSON.parse(match[1]!) as Record<string, number>;
}

/** A large answer (every insurer's criteria with their sources, about 0.5 MB), as an analyst's IDE asks. */
export const QUESTION =
  '{ compareRequirements(includeNarrower: true) { topic { key nameEn } insurers { insurer { key name } count status reason criteria { key text force source { documentKey lines quote } } } } }';

/** `count` requests at once, each on a keep-alive connection of its own; their statuses. */
export async function manyConnections(
  url: string,
  count: number,
  agent: Agent,
  halfway?: () => Promise<void>,
): Promise<number[]> {
  let answered = 0;
  let half: Promise<void> | undefined;
  const body = JSON.stringify({ query: QUESTION });
  const { hostname, port } = new URL(url);
  const statuses = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<number>((resolve, reject) => {
          const req = request(
            {
              host: hostname,
              port,
              path: '/graphql',
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json' },
            },
            (res) => {
              res.resume();
              res.on('end', () => {
                if (++answered === Math.floor(count / 2) && halfway) half = halfway();
                resolve(res.statusCode ?? 0);
              });
            },
          );
          req.on('error', reject);
          req.end(body);
        }),
    ),
  );
  await half;
  return statuses;
}

const mb = (m: Record<string, number>) =>
  `rss ${(m.rss! / 2 ** 20).toFixed(0)} MB, heapUsed ${(m.heapUsed! / 2 ** 20).toFixed(1)} MB, external ${(m.external! / 2 ** 20).toFixed(1)} MB, connections ${m.connections}`;

async function main() {
  const [count = '1000', ...pairs] = process.argv.slice(2);
  const env = Object.fromEntries(pairs.map((p) => p.split('=', 2) as [string, string]));
  const served = await serveProcess(
    process.execPath,
    ['--expose-gc', '--require', 'tsx/cjs', join(ROOT_DIR, 'tests', 'utils', 'memory-server.ts')],
    { GRAPH_ENGINE: 'embedded', NODE_ENV: 'production', ...env },
  );
  try {
    const url = served.url!;
    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    await manyConnections(url, 4, agent);
    console.log(`baseline:          ${mb(await memory(served))}`);
    for (let round = 1; round <= 3; round++) {
      const statuses = await manyConnections(url, Number(count), agent, async () =>
        console.log(`round ${round} halfway:   ${mb(await memory(served))}`),
      );
      const tally: Record<number, number> = {};
      for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
      console.log(`round ${round} open:      ${mb(await memory(served))}  answers ${JSON.stringify(tally)}`);
      agent.destroy();
      // Until the server has seen them close.
      for (let m = await memory(served); m.connections! > 0; m = await memory(served))
        await new Promise((resolve) => setTimeout(resolve, 200));
      console.log(`round ${round} closed:    ${mb(await memory(served))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    console.log(`idle 10 s later:   ${mb(await memory(served))}`);
  } finally {
    console.log(`exit ${await served.stop()}`);
  }
}

if (require.main === module) void main();
