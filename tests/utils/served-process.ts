import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT_DIR } from '../../src/paths';

/**
 * Served processes not stopped by their test (it failed first): their pipes would keep the jest worker
 * alive, and the server would go on running. Each is the leader of a process group of its own, so that
 * `npm start` goes together with the node it started.
 */
const running = new Set<ChildProcess>();
// Outside jest (scripts/measure-connections-memory.ts) the caller stops what it started.
if (typeof afterAll === 'function')
  afterAll(() => {
    for (const child of running) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    }
    running.clear();
  });

/** A server started as its own process (`zorginkoop serve`, `npm start`): its URL, or why it stopped. */
export interface ServedProcess {
  /** The server's base URL once it listens; undefined when the process exited first. */
  url?: string;
  /** Its exit code when it exited before listening. */
  code: number | null;
  readonly stderr: string;
  /** SIGTERM (unless it has exited), and its exit code. */
  stop(): Promise<number | null>;
  /** Sends `signal` and returns at once. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the match once standard error (from character `from` on) matches `pattern`; rejects if the process exits first. */
  until(pattern: RegExp, from?: number): Promise<RegExpExecArray>;
  /** Its exit code, once it exits. */
  readonly exited: Promise<number | null>;
}

export async function serveProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<ServedProcess> {
  const child = spawn(command, args, {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', GRAPHQL_IDE: 'false', ...env },
    detached: true,
  });
  running.add(child);
  let stderr = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const watchers = new Set<() => void>();
  const url = await new Promise<string | undefined>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const watch of watchers) watch();
      const match = /(http:\/\/\S+)\/graphql/.exec(stderr);
      if (match) resolve(match[1]);
    });
    void exited.then(() => resolve(undefined));
  });
  return {
    url,
    code: url ? null : await exited,
    get stderr() {
      return stderr;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    signal: (signal) => void child.kill(signal),
    until: (pattern, from = 0) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const watch = () => {
          const match = pattern.exec(stderr.slice(from));
          if (!match) return;
          watchers.delete(watch);
          resolve(match);
        };
        watchers.add(watch);
        watch();
        void exited.then(() => {
          if (watchers.delete(watch)) reject(new Error(`exited before standard error matched ${pattern}:\n${stderr}`));
        });
      }),
    exited,
  };
}
