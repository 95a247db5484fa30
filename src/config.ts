import { z } from 'zod';

/** Runtime configuration from environment variables, validated before anything starts. */

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    GRAPH_ENGINE: z.enum(['embedded', 'neo4j']).optional(),
    EMBEDDED_DB_PATH: z.string().min(1).optional(),
    EMBEDDED_POOL_SIZE: int(1, 64).default(4),
    EMBEDDED_READ_CACHE_ROWS: int(0, 10_000_000).default(50_000),
    EMBEDDED_BUFFER_POOL_MB: int(64, 1_048_576).default(1024),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: int(0, 65535).default(4000),
    QUERY_TIMEOUT_MS: int(100, 600_000).default(10_000),
    SEED_ON_START: z.enum(['auto', 'true', 'false']).default('auto'),
    /** The seed folder loaded at start-up and by `zorginkoop seed` (a synthetic one, for benchmarks); default seed/. */
    SEED_DIR: z.string().min(1).optional(),
    /** Start-up reuses a validated seed and a loaded database from an earlier start on the same seed and code (see src/seed/seed-cache.ts). */
    SEED_CACHE: bool.default(true),
    SEED_CACHE_DIR: z.string().min(1).optional(),
    /** Loads seed/drafts/ with the seed, every draft's entries flagged reviewed: false (as `zorginkoop serve --drafts`). */
    LOAD_DRAFTS: bool.default(false),
    MAX_QUERY_DEPTH: int(2, 50).default(8),
    MAX_QUERY_COST: int(10, 10_000_000).default(50_000),
    MAX_QUERY_ALIASES: int(0, 1000).default(15),
    MAX_QUERY_DIRECTIVES: int(0, 1000).default(50),
    MAX_QUERY_TOKENS: int(100, 100_000).default(2000),
    REQUEST_TIMEOUT_MS: int(100, 600_000).default(15_000),
    SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(25_000),
    /** Requests (/graphql, /export) doing engine work at once; default: twice EMBEDDED_POOL_SIZE embedded, 16 on Neo4j. */
    MAX_CONCURRENT_REQUESTS: int(1, 1024).optional(),
    /** Requests waiting for one of those; beyond them a request is answered 503 OVERLOADED at once. */
    MAX_QUEUED_REQUESTS: int(0, 100_000).default(64),
    /** Open connections the server holds at most; past it a new connection is closed at once. */
    MAX_CONNECTIONS: int(1, 100_000).default(2048),
    /** How long an idle keep-alive connection stays open (node's own default). */
    KEEP_ALIVE_TIMEOUT_MS: int(0, 600_000).default(5000),
    GRAPHQL_INTROSPECTION: bool.optional(),
    /**
     * A document asked this many times is compiled to JavaScript (graphql-jit) and run compiled from then on;
     * 0: never, graphql-js runs every document (src/server/compiled-execution.ts).
     */
    GRAPHQL_COMPILE_AFTER: int(0, 1_000_000).default(2),
    GRAPHQL_IDE: bool.optional(),
    /**
     * How long a client or proxy may reuse an answer without asking again, in seconds. 0: it keeps the answer
     * but revalidates it each time (`Cache-Control: no-cache` with the ETag: an unchanged graph answers 304).
     */
    CACHE_MAX_AGE_S: int(0, 86_400).default(0),
    /** Answers of at least this many bytes are compressed (gzip or brotli) for a client that accepts it. */
    COMPRESSION_MIN_BYTES: int(0, 100_000_000).default(1024),
    /**
     * `open`: any document, and the trusted documents of the manifest by id too; `only`: the manifest's documents
     * alone, any other refused with TRUSTED_DOCUMENT_REQUIRED (README "Trusted documents").
     */
    TRUSTED_DOCUMENTS: z.enum(['open', 'only']).default('open'),
    /** Error answers carry the server's stack trace (in development only): for debugging the server itself. */
    DEBUG_ERRORS: bool.default(false),
  })
  .superRefine((env, ctx) => {
    // A Neo4j address next to an explicit embedded engine is a mistake either way round: say so.
    if (env.GRAPH_ENGINE === 'embedded' && env.NEO4J_URI) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_URI'],
        message: 'is set, but GRAPH_ENGINE=embedded would ignore it: unset NEO4J_URI, or set GRAPH_ENGINE=neo4j',
      });
    }
    // A stack trace tells a client how the server is built: never in production.
    if (env.DEBUG_ERRORS && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['DEBUG_ERRORS'],
        message: 'is true, but NODE_ENV=production never sends stack traces to clients: unset DEBUG_ERRORS',
      });
    }
    if (engineOf(env) !== 'neo4j') return;
    if (!env.NEO4J_URI)
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when GRAPH_ENGINE=neo4j' });
    if (!env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when GRAPH_ENGINE=neo4j' });
    }
  });

/** Without GRAPH_ENGINE, a configured NEO4J_URI chooses Neo4j; nothing chooses the embedded engine. */
function engineOf(env: { GRAPH_ENGINE?: 'embedded' | 'neo4j'; NEO4J_URI?: string }): 'embedded' | 'neo4j' {
  return env.GRAPH_ENGINE ?? (env.NEO4J_URI ? 'neo4j' : 'embedded');
}

export type Config = Omit<z.output<typeof schema>, 'GRAPH_ENGINE'> & {
  GRAPH_ENGINE: 'embedded' | 'neo4j';
  /** How the engine was chosen, for the start-up line. */
  engineChosenBy: 'GRAPH_ENGINE' | 'NEO4J_URI' | 'default';
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable is an unset one: `PORT= npm start` should not be a parse error.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '');
        const value =
          name && present[name] !== undefined && !name.includes('PASSWORD') ? ` (got "${present[name]}")` : '';
        return `${name} ${i.message}${value}`;
      }),
    );
  }
  const chosenBy = parsed.data.GRAPH_ENGINE ? 'GRAPH_ENGINE' : parsed.data.NEO4J_URI ? 'NEO4J_URI' : 'default';
  return { ...parsed.data, GRAPH_ENGINE: engineOf(parsed.data), engineChosenBy: chosenBy };
}

/** The IDE is on unless configured off; in production it is off unless configured on. */
export function ideEnabled(config: Config): boolean {
  return config.GRAPHQL_IDE ?? config.NODE_ENV !== 'production';
}

/** Introspection (and the schema hints in error messages) is on unless configured off; in production off unless on. */
export function introspectionEnabled(config: Config): boolean {
  // The IDE needs the schema: configured on, it brings introspection with it.
  return config.GRAPHQL_INTROSPECTION ?? (config.NODE_ENV !== 'production' || config.GRAPHQL_IDE === true);
}

/** Whether start-up loads seed/: always for a temporary embedded database, which starts empty. */
export function seedsOnStart(config: Config): boolean {
  if (config.SEED_ON_START !== 'auto') return config.SEED_ON_START === 'true';
  return config.GRAPH_ENGINE === 'embedded' && !config.EMBEDDED_DB_PATH;
}
