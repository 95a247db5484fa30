import type { ServerResponse } from 'node:http';
import { engineRequests, shedTotal } from '../metrics';

/** The answer's Retry-After: a second, long enough for a slot to come free under a normal mix. */
export const RETRY_AFTER_SECONDS = 1;

/** Too much work is running and waiting already: the request is refused at once rather than queued. */
export class OverloadedError extends Error {
  constructor(
    readonly running: number,
    readonly queued: number,
  ) {
    super(
      `the server is at capacity (${running} requests running, ${queued} waiting): try again in ${RETRY_AFTER_SECONDS} s`,
    );
    this.name = 'OverloadedError';
  }
}

/**
 * A bound on the engine work the server takes on (load shedding): at most `maxConcurrent` requests run at
 * once, at most `maxQueued` more wait for a slot in arrival order, and any beyond those is refused at once
 * (OverloadedError), so that the database works at the concurrency it serves best and a client that
 * would only wait hears so straight away. A queued request still answers to its deadline and its
 * client: its signal aborting takes it out of the queue.
 */
export class Admission {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
  ) {}

  /** Requests running and waiting now. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /** Runs `work` in a slot; throws OverloadedError when the queue is full, the signal's reason when it aborts while queued. */
  async run<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    await this.enter(signal);
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.running < this.maxConcurrent) {
      this.running += 1;
      this.report();
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxQueued) {
      shedTotal.inc();
      throw new OverloadedError(this.running, this.queue.length);
    }
    return new Promise<void>((resolve, reject) => {
      const admit = () => {
        signal.removeEventListener('abort', giveUp);
        resolve();
      };
      const giveUp = () => {
        const at = this.queue.indexOf(admit);
        if (at >= 0) this.queue.splice(at, 1);
        this.report();
        reject(signal.reason instanceof Error ? signal.reason : new Error('request aborted while queued'));
      };
      signal.addEventListener('abort', giveUp, { once: true });
      this.queue.push(admit);
      this.report();
    });
  }

  /** A slot comes free: it passes straight to the longest-waiting request, if any. */
  private leave(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running -= 1;
    this.report();
  }

  private report(): void {
    engineRequests.set({ state: 'running' }, this.running);
    engineRequests.set({ state: 'queued' }, this.queue.length);
  }
}

/** 503 with Retry-After and a GraphQL-shaped body, code OVERLOADED. */
export function sendOverloaded(res: ServerResponse, error: OverloadedError): void {
  res.statusCode = 503;
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({
      errors: [
        {
          message: error.message,
          extensions: { code: 'OVERLOADED', retryAfterSeconds: RETRY_AFTER_SECONDS },
        },
      ],
    }),
  );
}
