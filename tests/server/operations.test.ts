import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';
import type { RequestLogLine } from '../../src/server/request-log';
import { engineEnv, engineKindUnderTest } from '../utils/engine';
import { serveProcess } from '../utils/served-process';
import { startTestApi } from '../utils/server';

describe('operating the server', () => {
  it('logs one line per request: operation, duration and the statements it sent', async () => {
    const lines: RequestLogLine[] = [];
    const api = await startTestApi({ log: (line) => lines.push(line) });
    try {
      await api.query('query ZbcLookup { providerType(key: "zbc") { criteria { key } } }');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ operation: 'ZbcLookup', errors: 0 });
      expect(lines[0]!.engineCalls).toBeGreaterThan(0);
      expect(lines[0]!.durationMs).toBeGreaterThanOrEqual(0);
    } finally {
      await api.close();
    }
  });

  it('is ready while it serves, finishes a request in flight when it stops, and then takes no new ones', async () => {
    const api = await startTestApi();
    const ready = await fetch(`${api.server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, reachable: true, accepting: true });

    // Stop the moment the server has received the request: the request must still be answered.
    let stopping: Promise<boolean> | undefined;
    api.server.http.once('request', () => {
      stopping = api.server.close();
    });
    const res = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ policy(key: "vgz-msz-2024") { key criteria { totalCount } } }' }),
    });
    // A keep-alive client is told to take its next request elsewhere.
    expect(res.headers.get('connection')).toBe('close');
    expect(((await res.json()) as { data: { policy: { key: string } } }).data.policy.key).toBe('vgz-msz-2024');
    await stopping;
    await expect(fetch(`${api.server.url}/health`)).rejects.toThrow();
    await api.engine.close();
  });

  it('stops gracefully on SIGTERM: `zorginkoop serve` exits 0 after closing the engine', async () => {
    const served = await serveProcess(process.execPath, [join(ROOT_DIR, 'bin', 'zorginkoop.js'), 'serve'], engineEnv());
    expect((await fetch(`${served.url}/ready`)).status).toBe(200);
    expect(await served.stop()).toBe(0);
    expect(served.stderr).toContain(
      `SIGTERM: finishing in-flight requests, then closing the ${engineKindUnderTest()} engine`,
    );
  });

  it('stops within SHUTDOWN_TIMEOUT_MS even when a client never finishes its request', async () => {
    const api = await startTestApi({ env: { SHUTDOWN_TIMEOUT_MS: '300' } });
    const { port } = new URL(api.server.url);
    // Half a request: headers begun, never ended.
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    await new Promise((r) => setTimeout(r, 50));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await api.server.close();
    await closed;
    await api.engine.close();
  });

  it('`npm start` runs the compiled build with plain node and hands it SIGTERM: it stops gracefully and leaves nothing running', async () => {
    const served = await serveProcess('npm', ['start', '--silent'], engineEnv());
    expect(existsSync(join(ROOT_DIR, 'dist', 'server', 'main.js'))).toBe(true);
    expect((await fetch(`${served.url}/ready`)).status).toBe(200);
    expect(await served.stop()).toBe(0);
    expect(served.stderr).toContain('SIGTERM: finishing in-flight requests');
    await expect(fetch(`${served.url}/health`)).rejects.toThrow();
  });
});
