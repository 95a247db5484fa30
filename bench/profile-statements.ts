import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { allCypherNames, cypher } from '../src/engine/cypher';
import { EmbeddedEngine } from '../src/engine/embedded-engine';
import type { AnyStatement, ReadArgs, RowOf } from '../src/engine/statements';
import { ROOT_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/load-seed';
import { synthesizeSeed } from '../src/seed/synthesize';
import { startServer } from '../src/server/http-server';
import { exampleOperations } from '../tests/utils/operations';

/**
 * Every statement the example operations send to the embedded engine without its read cache, each timed on
 * its own: what `npm run bench` sums into one p50 per operation, split by statement (issue 17).
 *
 *   npx tsx bench/profile-statements.ts [--runs 30] [--only NamePart] [--params] [--fresh] [--factor 100]
 *
 * Loads seed/ (or, with `--factor N`, the N-times corpus `zorginkoop synth` writes from it, as the benchmark
 * does) into a temporary database (kept as a snapshot in the system's temporary directory for the next run,
 * one per factor and schema; `--fresh` loads again, as it must after a change to the load's statements),
 * serves it over HTTP on loopback as the benchmark does, and asks every example operation (those whose name contains
 * `--only`) `--runs` times after 5 warm-up requests: the p50 of the whole request. Then every statement the
 * last request sent is run again alone, one at a time, `--runs` times with the same parameters (`--params`
 * prints them): its min and p50. A request's batches run side by side on the connection pool, so the
 * statements alone do not add up to the request.
 */

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 30);
const only = option('--only');
const showParams = args.includes('--params');
const fresh = args.includes('--fresh');
const factor = Number(option('--factor') ?? 1);
if (!Number.isInteger(factor) || factor < 1) throw new Error(`--factor takes a whole number of at least 1`);
// Named by what the load writes (the schema and the embedded load's own statements), so that a snapshot an
// older checkout made is never read by code whose statements expect another schema.
const loadFingerprint = createHash('sha256')
  .update(
    ['schema/create-schema.embedded', ...allCypherNames().filter((n) => n.startsWith('load/'))].map(cypher).join(),
  )
  .digest('hex')
  .slice(0, 12);
const snapshot = join(tmpdir(), `zorginkoop-profile-seed-${factor}x-${loadFingerprint}.lbug`);

const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
const p50 = (values: number[]) => sortedOf(values)[Math.floor((values.length - 1) / 2)] ?? 0;
const ms = (value: number) => value.toFixed(2).padStart(7);

class TimedEngine extends EmbeddedEngine {
  log: Array<{ name: AnyStatement; params: unknown; rows: number }> = [];
  override async read<N extends AnyStatement>(query: N, ...rest: ReadArgs<N>): Promise<Array<RowOf<N>>> {
    const rows = await super.read(query, ...rest);
    this.log.push({ name: query, params: rest[0], rows: rows.length });
    return rows;
  }
}

async function main() {
  if (fresh) rmSync(snapshot, { force: true });
  const load = !existsSync(snapshot);
  const engine = new TimedEngine({
    poolSize: 4,
    queryTimeoutMs: 60_000,
    readCacheRows: 0,
    ...(load ? {} : { startFrom: snapshot }),
  });
  if (load) {
    const seedDir = factor === 1 ? SEED_DIR : mkdtempSync(join(tmpdir(), `zorginkoop-profile-${factor}x-`));
    if (factor > 1) synthesizeSeed(SEED_DIR, seedDir, factor);
    await loadSeed(engine, seedDir);
    if (factor > 1) rmSync(seedDir, { recursive: true, force: true });
    engine.snapshotTo(snapshot);
  }
  const server = await startServer(engine, loadConfig({ PORT: '0', NODE_ENV: 'production', GRAPHQL_IDE: 'false' }), {
    log: () => {},
  });
  const operations = readdirSync(join(ROOT_DIR, 'schema', 'operations'))
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((file) => Object.entries(exampleOperations(file)))
    .filter(([name]) => !only || name.includes(only));
  for (const [name, query] of operations) {
    const totals: number[] = [];
    let sent: TimedEngine['log'] = [];
    for (let i = 0; i < runs + 5; i++) {
      engine.log = [];
      const start = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i < 5) continue;
      totals.push(performance.now() - start);
      sent = engine.log;
    }
    engine.log = [];
    console.log(`${name}: p50 ${p50(totals).toFixed(2)} ms, ${sent.length} statements; each alone (min, p50):`);
    // Each statement again, alone, with the parameters the request gave it.
    for (const s of sent) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await engine.read(s.name, s.params as never);
        times.push(performance.now() - start);
      }
      console.log(`  ${ms(sortedOf(times)[0] ?? 0)} ${ms(p50(times))} ms  ${s.name} (${s.rows} rows)`);
      if (showParams) console.log(`          ${JSON.stringify(s.params)}`);
    }
  }
  await server.close();
  await engine.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
