import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';

/** A Neo4j of one's own on a free port, started with `npm run neo4j`'s launcher: for tests that stop and restart it, and the benchmark. */
export interface LocalNeo4j {
  uri: string;
  port: number;
  password: string;
  /** Data and logs: kept across stop() and start(), as a restarted server keeps its database. */
  dir: string;
  start(): Promise<void>;
  /** SIGTERM, and wait until the process has exited. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `javaOpts`: the JVM's options (NEO4J_JAVA_OPTS of neo4j.sh), e.g. a larger heap for a larger load. */
export async function localNeo4j(password = 'local-test-password', javaOpts?: string): Promise<LocalNeo4j> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-neo4j-'));
  let child: ChildProcess | undefined;
  const handle: LocalNeo4j = {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    password,
    dir,
    start: async () => {
      const started = spawn('bash', [join(ROOT_DIR, 'scripts', 'neo4j-server', 'neo4j.sh')], {
        cwd: ROOT_DIR,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          JAVA_HOME: process.env.JAVA_HOME ?? '',
          NEO4J_PASSWORD: password,
          NEO4J_BOLT_PORT: String(port),
          NEO4J_LOCAL_DIR: dir,
          ...(javaOpts ? { NEO4J_JAVA_OPTS: javaOpts } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`is ready: ${handle.uri}`)) resolve();
        };
        started.stdout.on('data', onData);
        started.stderr.on('data', onData);
        started.once('exit', (code) =>
          reject(new Error(`the Neo4j launcher exited (${code}) before Bolt answered:\n${output}`)),
        );
      });
    },
    stop: async () => {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      await exited;
    },
  };
  return handle;
}
