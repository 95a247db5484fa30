import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, relative } from 'node:path';
import type { Config } from '../config';
import type { GraphEngine } from '../engine/graph-engine';
import { ROOT_DIR } from '../paths';

const IDE_DIR = join(ROOT_DIR, 'dist', 'ide');

/**
 * ETags for answers (README "Caching"). The graph changes only at a load, and the answer to a request
 * depends only on the graph, the request and the code that answers: an answer's tag is a hash of the
 * engine's graph version (GraphEngine.graphVersion), the code's fingerprint, and the request's own words
 * (the document, variables, operation name and accepted media type of a GraphQL request; the file and
 * parameters of an export). A request whose `If-None-Match` names the tag of the answer it would get is
 * answered 304 without running anything. Tags are weak (`W/"…"`): the same answer gzip- or
 * brotli-compressed is the same answer.
 */
export class AnswerTags {
  private readonly code = codeFingerprint();
  /**
   * Conditional requests (with If-None-Match) seen, and those answered 304: the answer cache's hit rate,
   * for an operator's metrics.
   */
  readonly counts = { conditional: 0, notModified: 0 };

  constructor(
    private readonly engine: GraphEngine,
    private readonly config: Config,
  ) {}

  /** The tag of the answer to `request` on the graph as it is now; undefined when the engine cannot tell its version. */
  async tag(request: unknown[]): Promise<string | undefined> {
    const version = await this.engine.graphVersion();
    if (version === undefined) return undefined;
    const hash = createHash('sha256').update(JSON.stringify([version, this.code, ...request]));
    return `W/"${hash.digest('base64url').slice(0, 32)}"`;
  }

  /**
   * Whether the request's `If-None-Match` names `tag` (weak comparison, as RFC 9110 has it for
   * If-None-Match), or is `*`: then it is answered 304.
   */
  notModified(req: IncomingMessage, tag: string): boolean {
    const header = req.headers['if-none-match'];
    if (!header) return false;
    this.counts.conditional += 1;
    const opaque = (t: string) => t.trim().replace(/^W\//, '');
    const matches = header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
    if (matches) this.counts.notModified += 1;
    return matches;
  }

  /**
   * The headers of an answer that may be kept: its tag, and `Cache-Control`: `public, max-age=<CACHE_MAX_AGE_S>`,
   * or with 0 (the default) `public, no-cache`: keep it, but ask each time, so that no one is answered from
   * before a load; an unchanged graph makes the question cheap (304, nothing run).
   */
  cacheHeaders(tag: string): Record<string, string> {
    const age = this.config.CACHE_MAX_AGE_S;
    return { etag: tag, 'cache-control': age > 0 ? `public, max-age=${age}` : 'public, no-cache' };
  }
}

/** An answer with errors, or a refusal, is not kept anywhere. */
export const NOT_CACHED = { 'cache-control': 'no-store' } as const;

/**
 * The code that answers: every source or compiled file of the server (src/ or dist/), the Cypher files and
 * the schema. A deployment of other code is other tags, though the graph be the same.
 */
function codeFingerprint(): string {
  const hash = createHash('sha256');
  const add = (dir: string, accept: (name: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      // The IDE's pages and bundles (dist/ide/, megabytes) answer no question.
      if (entry.isDirectory()) {
        if (path !== IDE_DIR) add(path, accept);
      } else if (entry.isFile() && accept(entry.name))
        hash.update(`${relative(ROOT_DIR, path)}\u0000`).update(readFileSync(path));
    }
  };
  add(join(__dirname, '..'), (name) => /\.(ts|js|json)$/.test(name) && !name.endsWith('.d.ts'));
  add(join(ROOT_DIR, 'cypher'), (name) => name.endsWith('.cypher'));
  add(join(ROOT_DIR, 'schema'), (name) => name.endsWith('.graphql') || name.endsWith('.json'));
  return hash.digest('hex');
}
