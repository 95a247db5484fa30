import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';
import type { RequestLogLine } from '../../src/server/request-log';
import { engineEnv, engineKindUnderTest } from '../utils/engine';
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
    let stopping: Promise<void> | undefined;
    api.server.http.once('request', () => {
      stopping = api.server.close();
    });
    const answer = await api.query<{ policy: { key: string } }>('{ policy(key: "vgz-msz-2024") { key criteria { totalCount } } }');
    expect(answer.data!.policy.key).toBe('vgz-msz-2024');
    await stopping;
    await expect(fetch(`${api.server.url}/health`)).rejects.toThrow();
    await api.engine.close();
  });

  it('stops gracefully on SIGTERM: `zorginkoop serve` exits 0 after closing the engine', async () => {
    const child = spawn(process.execPath, [join(ROOT_DIR, 'bin', 'zorginkoop.js'), 'serve'], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, PORT: '0', GRAPHQL_IDE: 'false', ...engineEnv() },
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /(http:\/\/\S+)\/graphql/.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
    });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain(`SIGTERM: finishing in-flight requests, then closing the ${engineKindUnderTest()} engine`);
  });
});
