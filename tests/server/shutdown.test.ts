import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';
import { engineEnv, engineKindUnderTest, seededEngineUnderTest } from '../utils/engine';
import { metricValue, scrape } from '../utils/metrics';
import { exampleOperations } from '../utils/operations';
import { serveProcess, type ServedProcess } from '../utils/served-process';

/**
 * `npm start`'s server stopped by SIGTERM while it is busy: 50 heavy questions in flight, and one request
 * whose body is still arriving (so that the drain cannot have finished before the test says so).
 */
jest.setTimeout(300_000);

const HEAVY = [
  exampleOperations('compare-requirements.graphql').CompareHospitalRequirements!,
  exampleOperations('policy-diff.graphql').VgzMsz2023To2024!,
  '{ compareRequirements(includeNarrower: true) { topic { key nameEn } insurers { insurer { key name } count status reason criteria { key text force source { documentKey lines quote } } } } }',
];

function serve(env: Record<string, string>): Promise<ServedProcess> {
  return serveProcess(process.execPath, ['--require', 'tsx/cjs', join(ROOT_DIR, 'src', 'main.ts')], {
    ...engineEnv(),
    ...env,
  });
}

/** A POST whose body is sent only in part: the server has the request and waits for the rest. */
async function heldRequest(url: string) {
  const { port } = new URL(url);
  const body = JSON.stringify({ query: '{ policy(key: "vgz-msz-2024") { key } }' });
  const socket: Socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    finish: () => socket.write(body.slice(half)),
    /** The whole answer, once the server has closed the connection. */
    closed,
  };
}

/** Until the server has received `count` requests at /graphql (its own count, at /metrics). */
async function untilReceived(url: string, count: number) {
  while (metricValue(await scrape(url), 'zorginkoop_http_requests_received_total', { route: 'graphql' }) < count)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('shutdown drains', () => {
  beforeAll(async () => {
    // Neo4j is not loaded at start-up: the database the suite shares holds seed/ first.
    if (engineKindUnderTest() === 'neo4j') await (await seededEngineUnderTest()).close();
  });

  it('answers all 50 heavy questions in flight and the one still arriving, through a second SIGTERM, refuses new connections, and exits 0', async () => {
    const served = await serve({ SHUTDOWN_TIMEOUT_MS: '600000' });
    expect(served.url).toBeDefined();
    const url = served.url!;
    const heavy = Array.from({ length: 50 }, (_, i) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEAVY[i % HEAVY.length] }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { data?: unknown; errors?: unknown },
      })),
    );
    const held = await heldRequest(url);
    await untilReceived(url, 51);

    served.signal('SIGTERM');
    await served.until(/SIGTERM: finishing in-flight requests/);
    // What npm and a process group can deliver: the same signal again, during the drain.
    served.signal('SIGTERM');
    await served.until(/SIGTERM again: still draining/);
    served.signal('SIGINT');
    await served.until(/SIGINT again: still draining/);
    // New connections are refused.
    await expect(fetch(`${url}/health`)).rejects.toThrow();

    held.finish();
    const raw = await held.closed;
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
    // Its keep-alive connection is closed after the answer.
    expect(raw.toLowerCase()).toContain('connection: close');
    expect(raw).toContain('{"data":{"policy":{"key":"vgz-msz-2024"}}}');

    const answers = await Promise.all(heavy);
    expect(answers.filter((a) => a.status === 200 && a.body.data && !a.body.errors)).toHaveLength(50);
    expect(await served.exited).toBe(0);
    expect(served.stderr).toContain('SIGTERM: every request answered; stopped');
  });

  it('exits 1 when SHUTDOWN_TIMEOUT_MS ends the drain with a request still open, and says so', async () => {
    const served = await serve({ SHUTDOWN_TIMEOUT_MS: '100' });
    const held = await heldRequest(served.url!);
    await untilReceived(served.url!, 1);
    served.signal('SIGTERM');
    // The connection is closed with its request unanswered.
    expect(await held.closed).toBe('');
    expect(await served.exited).toBe(1);
    expect(served.stderr).toContain('requests still open after SHUTDOWN_TIMEOUT_MS (100 ms) were cut off; exit code 1');
  });
});
