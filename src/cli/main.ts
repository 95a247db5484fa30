import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql, print, type ExecutionResult } from 'graphql';
import { CliPolicyDiffDocument } from '../client/generated/graphql';
import { ConfigError, loadConfig, type Config } from '../config';
import { createEngine } from '../engine/create-engine';
import { EngineStartError, type GraphEngine } from '../engine/graph-engine';
import { seedDirOf } from '../paths';
import { schema } from '../schema';
import { createContext, type Context } from '../schema/context';
import { DRAFTS_FOLDER } from '../seed/draft-shape';
import { formatProblem } from '../seed/read-seed';
import { loadSeed, SeedValidationError } from '../seed/load-seed';
import { synthesizeSeed } from '../seed/synthesize';
import { draftPaths, draftReport, validateDraft, validateSeed } from '../seed/validate-seed';
import { createSearch } from '../search/search-service';
import { openGraph } from '../server/open-graph';
import { serve } from '../server/serve';
import { ACCEPT_HELP, ACCEPT_OPTIONS, ACCEPT_USAGE, runAccept } from './accept';
import { exportGraph, toCypherScript } from './export-graph';
import { formatDiff } from './format-diff';
import { INGEST_HELP, INGEST_OPTIONS, INGEST_USAGE, runIngest } from './ingest';
import { ProgressBar } from './progress-bar';

/** `npx zorginkoop <command>`: the policy graph from a terminal. Configuration as for the server (README). */

interface Command {
  usage: string;
  summary: string;
  /** Parses the command's own arguments (a UsageError for anything it does not take) and runs it. */
  run(argv: string[]): Promise<number> | number;
}

/**
 * A command that declares its options (each takes a value: --name VALUE or --name=VALUE). Parsing is strict,
 * so a misspelt or unknown option, or one without its value, is refused by name instead of being ignored.
 */
function command<const Name extends string, const Flag extends string = never>(spec: {
  usage: string;
  summary: string;
  help: string;
  options: readonly Name[];
  /** Options that take no value (--drafts): true when given. */
  flags?: readonly Flag[];
  /** Whether it takes arguments besides its options (diff, ingest, accept). */
  positionals?: boolean;
  run(
    args: string[],
    options: Partial<Record<Name, string>>,
    flags: Partial<Record<Flag, boolean>>,
  ): Promise<number> | number;
}): Command {
  return {
    usage: spec.usage,
    summary: spec.summary,
    run: (argv) => {
      const { values, positionals } = parseStrictly(argv, spec.options, spec.flags ?? [], spec.positionals ?? false);
      if (values.help === true) {
        console.log(`Usage: ${spec.usage}\n\n${spec.help}`);
        return 0;
      }
      const options: Partial<Record<Name, string>> = {};
      for (const name of spec.options) {
        const value = values[name];
        if (typeof value === 'string') options[name] = value;
      }
      const flags: Partial<Record<Flag, boolean>> = {};
      for (const name of spec.flags ?? []) if (values[name] === true) flags[name] = true;
      return spec.run(positionals, options, flags);
    },
  };
}

function parseStrictly(argv: string[], names: readonly string[], flags: readonly string[], allowPositionals: boolean) {
  const options: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const name of names) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    // parseArgs names the option in its first sentence; the rest is advice about `--`, not needed here.
    if (isParseArgsError(error)) throw new UsageError(error.message.split(/\.\s|\n/)[0]);
    throw error;
  }
}

const isParseArgsError = (error: unknown): error is TypeError =>
  error instanceof TypeError &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS_');

const COMMANDS: Record<string, Command> = {
  serve: command({
    usage: 'zorginkoop serve [--drafts]',
    summary: 'serve the GraphQL API (and the IDE) as configured',
    help: [
      'Starts the HTTP server: /graphql, the IDE for browsers, /health and /ready. A temporary embedded database is seeded first.',
      'Stops gracefully on SIGTERM or Ctrl-C.',
      `--drafts (or LOAD_DRAFTS=true): also loads the drafts in ${DRAFTS_FOLDER}/ that \`zorginkoop ingest\` wrote, so that a new edition`,
      'can be queried the day it appears. Every node answers `reviewed`: false for a draft’s entries no curator has',
      'marked reviewed: true, true for the curated seed. An entry that does not validate is left out, each with a line',
      'naming its file, line and problem; a draft whose file, document or policy has a problem is left out whole.',
      'On Neo4j (which start-up does not load) use `zorginkoop seed --drafts`.',
    ].join('\n'),
    options: [],
    flags: ['drafts'],
    run: async (_args, _options, flags) => {
      await serve({ ...loadConfig(), ...(flags.drafts ? { LOAD_DRAFTS: true } : {}) });
      return new Promise<number>(() => {});
    },
  }),
  seed: command({
    usage: 'zorginkoop seed [--seed DIR] [--drafts]',
    summary: 'validate seed/ and load it into the configured engine',
    help: [
      'Validates every seed file, then replaces the graph (all or nothing), showing progress and counts per kind.',
      'A load that fails leaves the database as it was. --seed DIR loads another seed folder (default: seed/).',
      `--drafts (or LOAD_DRAFTS=true): the drafts in ${DRAFTS_FOLDER}/ too, their entries reviewed: false until a curator marks`,
      'them reviewed: true; entries that do not validate are left out and listed.',
    ].join('\n'),
    options: ['seed'],
    flags: ['drafts'],
    run: async (_args, options, flags) => {
      const config = loadConfig();
      const engine = createEngine(config);
      try {
        await engine.connect();
        const dir = seedDir(options.seed);
        const validation = validateSeed(dir, { drafts: flags.drafts === true || config.LOAD_DRAFTS });
        const bar = new ProgressBar(process.stdout, 'loading');
        const summary = await loadSeed(
          engine,
          dir,
          (p) => bar.step(`${p.step === 'nodes' ? '' : 'links '}${p.name}`, p.count, p.done, p.total),
          validation,
        );
        bar.done();
        if (summary.drafts)
          for (const line of summary.drafts.length > 0
            ? draftReport(summary.drafts)
            : [`no drafts in ${join(dir, DRAFTS_FOLDER)}`])
            console.log(line);
        for (const [label, count] of Object.entries(summary.nodes))
          console.log(`  ${label.padEnd(16)} ${String(count).padStart(5)}`);
        const links = Object.values(summary.relationships).reduce((a, b) => a + b, 0);
        console.log(
          `loaded ${Object.values(summary.nodes).reduce((a, b) => a + b, 0)} nodes and ${links} relationships into the ${engine.kind} engine`,
        );
        return 0;
      } finally {
        await engine.close();
      }
    },
  }),
  validate: command({
    usage: 'zorginkoop validate [--seed DIR]',
    summary: 'check seed/ and its drafts and print every problem (exit code 1 when there are any)',
    help: `Checks every seed file against the graph model and the source texts: each problem with file, line, record and field.\nEach draft in ${DRAFTS_FOLDER}/ is checked too, as the document file it would become (its review fields aside);\ndrafts are loaded only on request (serve --drafts, seed --drafts). Nothing is written. Exit code 0 when clean, 1 when there are problems.`,
    options: ['seed'],
    run: (_args, options) => {
      const dir = seedDir(options.seed);
      const { problems, files, graph } = validateSeed(dir);
      for (const p of problems) console.log(formatProblem(p));
      const nodes = Object.values(graph.nodes).reduce((n, rows) => n + rows.length, 0);
      console.log(
        `${files.length} seed files, ${nodes} nodes: ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`,
      );
      // A draft's own problems: those the seed has without it are reported above already.
      const seen = new Set(problems.map(formatProblem));
      const drafts = draftPaths(dir);
      let draftProblems = 0;
      for (const draft of drafts) {
        const own = validateDraft(dir, draft)
          .problems.map(formatProblem)
          .filter((p) => !seen.has(p));
        for (const p of own) console.log(p);
        console.log(`draft ${relative(dir, draft)}: ${own.length === 0 ? 'no problems' : `${own.length} problem(s)`}`);
        draftProblems += own.length;
      }
      return problems.length + draftProblems === 0 ? 0 : 1;
    },
  }),
  diff: command({
    usage: 'zorginkoop diff <from> <to> [--from-known-at YYYY-MM-DD] [--to-known-at YYYY-MM-DD]',
    summary: 'print what changed between two policy versions',
    help: 'Compares two policies (e.g. vgz-msz-2023 vgz-msz-2024), or one policy at two dates of knowledge\n(e.g. vgz-msz-2024 vgz-msz-2024 --from-known-at 2023-07-01): requirements added, removed and reworded,\nprestaties changed, and what the insurer itself lists as changed.',
    options: ['from-known-at', 'to-known-at'],
    positionals: true,
    run: async (args, options) => {
      const [from, to] = args;
      if (args.length !== 2 || from === undefined || to === undefined)
        throw new UsageError('diff needs two policy keys: <from> <to>');
      return withEngine(async (engine, config) => {
        const search = await createSearch(engine);
        const result = await execute(CliPolicyDiffDocument, createContext(engine, search, config), {
          from: { policy: from, knownAt: options['from-known-at'] },
          to: { policy: to, knownAt: options['to-known-at'] },
        });
        if (result.errors || !result.data) {
          for (const e of result.errors ?? []) console.error(`error: ${e.message}`);
          return 1;
        }
        console.log(formatDiff(result.data.policyDiff));
        return 0;
      });
    },
  }),
  export: command({
    usage: 'zorginkoop export [--format json|cypher] [--out FILE]',
    summary: 'write the graph as JSON, or as a Cypher script a Neo4j user can load',
    help: 'Reads every node and relationship from the configured engine.\n--format json (default): { nodes: { Label: [...] }, relationships: [{ type, from, to, properties }] }.\n--format cypher: a cypher-shell script (:param, then the same UNWIND ... MERGE statements the loader runs).\n--out FILE writes to a file instead of standard output.',
    options: ['format', 'out'],
    run: async (_args, options) => {
      const format = options.format ?? 'json';
      if (format !== 'json' && format !== 'cypher')
        throw new UsageError(`--format must be json or cypher (got ${format})`);
      return withEngine(async (engine) => {
        const graph = await exportGraph(engine);
        const text =
          format === 'json' ? `${JSON.stringify(graph, null, 2)}\n` : toCypherScript(graph, await engine.loadedGraph());
        if (options.out !== undefined) {
          writeFileSync(options.out, text);
          console.error(`wrote ${options.out}`);
        } else process.stdout.write(text);
        return 0;
      });
    },
  }),
  ingest: command({
    usage: INGEST_USAGE,
    summary: 'propose a draft of a new policy document, with a change report against the previous policy',
    help: INGEST_HELP,
    options: INGEST_OPTIONS,
    positionals: true,
    run: (args, options) => runIngest(args, options, () => seedDir(undefined)),
  }),
  accept: command({
    usage: ACCEPT_USAGE,
    summary: 'move the reviewed entries of a draft into a document file of the seed',
    help: ACCEPT_HELP,
    options: ACCEPT_OPTIONS,
    positionals: true,
    run: (args, options) => runAccept(args, options, () => seedDir(undefined)),
  }),
  synth: command({
    usage: 'zorginkoop synth --factor N --out DIR [--seed DIR]',
    summary: 'write a seed N times as large (copies under new keys), for benchmarks',
    help: 'Writes to DIR the seed (default seed/) and N-1 copies of every document file and every insurer, each copy\nunder keys of its own (-c1, -c2, ...) and citing a copy of its source text, so it passes the same validation.\nServe or load it with SEED_DIR=DIR (or --seed DIR). DIR is replaced. N: 1 to 1000.',
    options: ['factor', 'out', 'seed'],
    run: (_args, options) => {
      const factor = Number(options.factor);
      if (options.factor === undefined || !Number.isInteger(factor) || factor < 1 || factor > 1000)
        throw new UsageError(`--factor must be a whole number from 1 to 1000 (got ${options.factor ?? 'nothing'})`);
      if (options.out === undefined)
        throw new UsageError('--out DIR is needed: the folder to write the synthetic seed to');
      const out = resolve(options.out);
      if (out === seedDir(undefined))
        throw new UsageError(`--out ${options.out} is the seed itself; choose another folder`);
      const summary = synthesizeSeed(seedDir(options.seed), out, factor);
      console.log(
        `wrote ${out}: ${summary.files} seed files, ${summary.sources} source texts (${summary.keysPerCopy} keys copied ${factor - 1} times)`,
      );
      return 0;
    },
  }),
};

class UsageError extends Error {}

/** One of the project's own operations (src/cli/*.graphql), run in this process, with its generated types. */
async function execute<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  contextValue: Context,
  variableValues: TVariables,
): Promise<ExecutionResult<TData>> {
  const result = await graphql({ schema, source: print(document), contextValue, variableValues });
  // graphql() does not know the document's types; codegen made TData from this very operation and schema.
  return result as ExecutionResult<TData>;
}

/** --seed DIR, or the configured seed folder. */
const seedDir = (option: string | undefined) => (option !== undefined ? resolve(option) : seedDirOf(loadConfig()));

/** The configured engine as the server opens it: a temporary embedded database holds the seed (README, Start-up). */
async function withEngine(work: (engine: GraphEngine, config: Config) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const { engine, notes } = await openGraph(config);
  // With LOAD_DRAFTS the answer holds unreviewed drafts: say so where the answer does not go (stdout).
  for (const note of notes) console.error(note);
  try {
    return await work(engine, config);
  } finally {
    await engine.close();
  }
}

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'Usage: zorginkoop <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `zorginkoop <command> --help` for a command’s options. Configuration: environment variables (see README).',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof EngineStartError) {
      console.error(`zorginkoop ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** Runs the command line for this process's arguments and exits with the command's code. */
export function runCli(): void {
  main(process.argv.slice(2)).then(
    // Exiting at once would cut off what is still queued for a pipe (an export of a few hundred KB).
    (code) => process.stdout.write('', () => process.exit(code)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
