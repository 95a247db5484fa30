import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphql } from 'graphql';
import { ConfigError, loadConfig, seedsOnStart, type Config } from '../config';
import { createEngine } from '../engine/create-engine';
import { EngineStartError, type GraphEngine } from '../engine/graph-engine';
import { seedDirOf } from '../paths';
import { schema } from '../schema';
import { createContext } from '../schema/context';
import { formatProblem } from '../seed/read-seed';
import { loadSeed, SeedValidationError } from '../seed/load-seed';
import { synthesizeSeed } from '../seed/synthesize';
import { validateSeed } from '../seed/validate-seed';
import { createSearch } from '../search/search-service';
import { serve } from '../server/serve';
import { exportGraph, toCypherScript } from './export-graph';
import { formatDiff, DIFF_QUERY, type DiffAnswer } from './format-diff';
import { ProgressBar } from './progress-bar';

/** `npx zorginkoop <command>`: the policy graph from a terminal. Configuration as for the server (README). */

interface Command {
  usage: string;
  summary: string;
  help: string;
  run(args: string[], options: Record<string, string | true>): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'zorginkoop serve',
    summary: 'serve the GraphQL API (and the IDE) as configured',
    help: 'Starts the HTTP server: /graphql, the IDE for browsers, /health and /ready. A temporary embedded database is seeded first.\nStops gracefully on SIGTERM or Ctrl-C.',
    run: async () => {
      await serve(loadConfig());
      return new Promise<number>(() => {});
    },
  },
  seed: {
    usage: 'zorginkoop seed [--seed DIR]',
    summary: 'validate seed/ and load it into the configured engine',
    help: 'Validates every seed file, then replaces the graph in one transaction, showing progress and counts per kind.\nA load that fails leaves the database as it was. --seed DIR loads another seed folder (default: seed/).',
    run: async (_args, options) => {
      const config = loadConfig();
      const engine = createEngine(config);
      try {
        await engine.connect();
        const bar = new ProgressBar(process.stdout, 'loading');
        const summary = await loadSeed(engine, seedDir(options), (p) =>
          bar.step(`${p.step === 'nodes' ? '' : 'links '}${p.name}`, p.count, p.done, p.total),
        );
        bar.done();
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
  },
  validate: {
    usage: 'zorginkoop validate [--seed DIR]',
    summary: 'check seed/ and print every problem (exit code 1 when there are any)',
    help: 'Checks every seed file against the graph model and the source texts: each problem with file, line, record and field.\nNothing is written. Exit code 0 when clean, 1 when there are problems.',
    run: async (_args, options) => {
      const { problems, files, graph } = validateSeed(seedDir(options));
      for (const p of problems) console.log(formatProblem(p));
      const nodes = Object.values(graph.nodes).reduce((n, rows) => n + rows.length, 0);
      console.log(
        `${files.length} seed files, ${nodes} nodes: ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`,
      );
      return problems.length === 0 ? 0 : 1;
    },
  },
  diff: {
    usage: 'zorginkoop diff <from> <to> [--from-known-at YYYY-MM-DD] [--to-known-at YYYY-MM-DD]',
    summary: 'print what changed between two policy versions',
    help: 'Compares two policies (e.g. vgz-msz-2023 vgz-msz-2024), or one policy at two dates of knowledge\n(e.g. vgz-msz-2024 vgz-msz-2024 --from-known-at 2023-07-01): requirements added, removed and reworded,\nprestaties changed, and what the insurer itself lists as changed.',
    run: async (args, options) => {
      if (args.length !== 2) throw new UsageError('diff needs two policy keys: <from> <to>');
      return withEngine(async (engine, config) => {
        const search = await createSearch(engine);
        const result = await graphql({
          schema,
          source: DIFF_QUERY,
          contextValue: createContext(engine, search, config),
          variableValues: {
            from: { policy: args[0], knownAt: optionalText(options['from-known-at']) },
            to: { policy: args[1], knownAt: optionalText(options['to-known-at']) },
          },
        });
        if (result.errors) {
          for (const e of result.errors) console.error(`error: ${e.message}`);
          return 1;
        }
        console.log(formatDiff((result.data as { policyDiff: DiffAnswer }).policyDiff));
        return 0;
      });
    },
  },
  export: {
    usage: 'zorginkoop export [--format json|cypher] [--out FILE]',
    summary: 'write the graph as JSON, or as a Cypher script a Neo4j user can load',
    help: 'Reads every node and relationship from the configured engine.\n--format json (default): { nodes: { Label: [...] }, relationships: [{ type, from, to, properties }] }.\n--format cypher: a cypher-shell script (:param, then the same UNWIND ... MERGE statements the loader runs).\n--out FILE writes to a file instead of standard output.',
    run: async (_args, options) => {
      const format = options.format ?? 'json';
      if (format !== 'json' && format !== 'cypher')
        throw new UsageError(`--format must be json or cypher (got ${String(format)})`);
      return withEngine(async (engine) => {
        const graph = await exportGraph(engine);
        const text = format === 'json' ? `${JSON.stringify(graph, null, 2)}\n` : toCypherScript(graph);
        if (typeof options.out === 'string') {
          writeFileSync(options.out, text);
          console.error(`wrote ${options.out}`);
        } else process.stdout.write(text);
        return 0;
      });
    },
  },
  synth: {
    usage: 'zorginkoop synth --factor N --out DIR [--seed DIR]',
    summary: 'write a seed N times as large (copies under new keys), for benchmarks',
    help: 'Writes to DIR the seed (default seed/) and N-1 copies of every document file and every insurer, each copy\nunder keys of its own (-c1, -c2, ...) and citing a copy of its source text, so it passes the same validation.\nServe or load it with SEED_DIR=DIR (or --seed DIR). DIR is replaced. N: 1 to 1000.',
    run: async (_args, options) => {
      const factor = Number(options.factor);
      if (typeof options.factor !== 'string' || !Number.isInteger(factor) || factor < 1 || factor > 1000)
        throw new UsageError(
          `--factor must be a whole number from 1 to 1000 (got ${String(options.factor ?? 'nothing')})`,
        );
      if (typeof options.out !== 'string')
        throw new UsageError('--out DIR is needed: the folder to write the synthetic seed to');
      const out = resolve(options.out);
      if (out === seedDir({})) throw new UsageError(`--out ${options.out} is the seed itself; choose another folder`);
      const summary = synthesizeSeed(seedDir(options), out, factor);
      console.log(
        `wrote ${out}: ${summary.files} seed files, ${summary.sources} source texts (${summary.keysPerCopy} keys copied ${factor - 1} times)`,
      );
      return 0;
    },
  },
};

class UsageError extends Error {}

const optionalText = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
const seedDir = (options: Record<string, string | true>) =>
  typeof options.seed === 'string' ? resolve(options.seed) : seedDirOf(loadConfig());

/** The configured engine, loaded from seed/ first when it starts empty (a temporary embedded database). */
async function withEngine(work: (engine: GraphEngine, config: Config) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const engine = createEngine(config);
  try {
    await engine.connect();
    if (seedsOnStart(config)) await loadSeed(engine, seedDirOf(config));
    return await work(engine, config);
  } finally {
    await engine.close();
  }
}

function parse(argv: string[]) {
  const args: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') options.help = true;
    else if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (value !== undefined) options[name] = value;
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) options[name] = argv[++i]!;
      else options[name] = true;
    } else args.push(a);
  }
  return { args, options };
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
  const { args, options } = parse(rest);
  if (options.help) {
    console.log(`Usage: ${command.usage}\n\n${command.help}`);
    return 0;
  }
  try {
    return await command.run(args, options);
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
