import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT_DIR } from '../../src/paths';
import { validateSeed } from '../../src/seed/validate-seed';
import { readCypherShellScript } from '../utils/cypher-shell-script';
import { copyOfSeed } from '../utils/server';

const run = promisify(execFile);
const BIN = join(ROOT_DIR, 'bin', 'zorginkoop.js');

/** Runs the command line as a user does, and gives its output and exit code. */
async function zorginkoop(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the zorginkoop command line', () => {
  it('lists its commands, and every command explains itself with --help', async () => {
    const overview = await zorginkoop(['--help']);
    expect(overview.code).toBe(0);
    for (const command of ['serve', 'seed', 'validate', 'diff', 'export', 'synth']) {
      expect(overview.stdout).toContain(command);
      const help = await zorginkoop([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: zorginkoop ${command}`));
    }
  });

  it('refuses a misspelt or unknown option, a missing value and a stray argument, naming it, before any work', async () => {
    for (const [args, named] of [
      [['diff', 'vgz-msz-2023', 'vgz-msz-2024', '--from-knwn-at', '2023-01-01'], "'--from-knwn-at'"],
      [['export', '--fromat', 'json'], "'--fromat'"],
      [['validate', '--sede', 'seed'], "'--sede'"],
      [['export', '--format'], "'--format <value>' argument missing"],
      [['synth', '--factor', '2', '--out'], "'--out <value>' argument missing"],
      [['export', 'graph.json'], "'graph.json'"],
    ] as const) {
      const refused = await zorginkoop([...args]);
      expect({ args, code: refused.code }).toEqual({ args, code: 2 });
      expect(refused.stderr).toContain(named);
      expect(refused.stderr).toContain(`Usage: zorginkoop ${args[0]}`);
      expect(refused.stdout).toBe('');
    }
    // -h is --help, on every command.
    const help = await zorginkoop(['diff', '-h']);
    expect(help.stdout).toMatch(/^Usage: zorginkoop diff/);
  });

  it('synth writes a seed three times as large that validate passes, and refuses a factor it cannot make', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zorginkoop-synth-')), 'seed-3x');
    const made = await zorginkoop(['synth', '--factor', '3', '--out', out]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^wrote .*seed-3x: 19 seed files, 15 source texts/);
    const checked = await zorginkoop(['validate', '--seed', out]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/19 seed files, \d+ nodes: no problems/);
    for (const factor of ['0', '2.5', 'many']) {
      const refused = await zorginkoop(['synth', '--factor', factor, '--out', out]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`--factor must be a whole number from 1 to 1000 (got ${factor})`);
    }
    expect((await zorginkoop(['synth', '--factor', '2'])).stderr).toContain('--out DIR is needed');
    expect((await zorginkoop(['synth', '--factor', '2', '--out', join(ROOT_DIR, 'seed')])).stderr).toContain(
      'is the seed itself',
    );
  });

  it('validate passes the curated seed and, for a broken copy, prints each problem with file and field and exits 1', async () => {
    expect((await zorginkoop(['validate'])).code).toBe(0);
    const dir = copyOfSeed();
    const file = join(dir, 'documents', '001-vgz-msz-2024.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: additional-requirement', 'kind: wish'));
    const other = join(dir, 'documents', '002-asr-elv-grz-gzsp-2023-2024.yaml');
    writeFileSync(other, readFileSync(other, 'utf8').replace('topic: integrity-fraud', 'topic: nothing'));
    const broken = await zorginkoop(['validate', '--seed', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /documents\/001-vgz-msz-2024\.yaml:\d+, record criteria\[\d+\] [a-z0-9-]+, field kind: /,
    );
    expect(broken.stdout).toMatch(/field topic: refers to "nothing"/);
    expect(broken.stdout).toMatch(/2 problem\(s\)/);
  });

  it('seed loads a persistent embedded database, with counts per kind', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'zorginkoop-db-')), 'graph.lbug');
    const result = await zorginkoop(['seed'], { EMBEDDED_DB_PATH: db });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Criterion\s+452/);
    expect(result.stdout).toMatch(/loaded \d+ nodes and \d+ relationships into the embedded engine/);
  });

  it('diff prints the added requirements of VGZ MSZ 2024 and the changes VGZ lists', async () => {
    const result = await zorginkoop(['diff', 'vgz-msz-2023', 'vgz-msz-2024']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PARTIAL: vgz-msz-2023 is known only from a later change table/);
    expect(result.stdout).toMatch(/Requirements added \(2\)/);
    expect(result.stdout).toMatch(/\+ Complex Chronisch Longfalen \(CCL\).*\[doc-001:450\]/);
    expect(result.stdout).toMatch(/What the insurer lists as changed \(4\)/);
    // One policy at two dates of knowledge, the option given as --name=VALUE.
    const amended = await zorginkoop(['diff', 'vgz-msz-2024', 'vgz-msz-2024', '--from-known-at=2023-07-01']);
    expect(amended.code).toBe(0);
    expect(amended.stdout).toMatch(/^from vgz-msz-2024 as known on 2023-07-01 /);
    expect(amended.stdout).toMatch(
      /- De zorgaanbieder voldoet aan de criteria van de .*CieBAG.* \(withdrawn 2023-08-02\)/,
    );
  });

  it('diff refuses an unknown policy and a missing argument', async () => {
    const unknown = await zorginkoop(['diff', 'vgz-msz-1999', 'vgz-msz-2024']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Argument from\.policy names no Policy \(got "vgz-msz-1999"\)/);
    expect((await zorginkoop(['diff', 'vgz-msz-2024'])).code).toBe(2);
  });

  it('export writes every node and relationship as JSON, and as a Cypher script', async () => {
    const { graph } = validateSeed(join(ROOT_DIR, 'seed'));
    const out = join(mkdtempSync(join(tmpdir(), 'zorginkoop-export-')), 'graph.json');
    expect((await zorginkoop(['export', '--out', out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as {
      nodes: Record<string, unknown[]>;
      relationships: unknown[];
    };
    for (const [label, rows] of Object.entries(graph.nodes))
      expect({ label, n: exported.nodes[label]!.length }).toEqual({ label, n: rows.length });
    expect(exported.relationships.length).toBe(graph.relationships.reduce((n, b) => n + b.rows.length, 0));

    const script = await zorginkoop(['export', '--format', 'cypher']);
    expect(script.code).toBe(0);
    expect(script.stdout).toMatch(/^\/\/ zorginkoop-graph export/);
    expect(script.stdout).toContain('CREATE CONSTRAINT criterion_key IF NOT EXISTS');
    expect(script.stdout).toMatch(
      /:param rows => \[\{key: 'vgz-msz-2024-zbc-agb-code'|:param rows => \[.*key: 'vgz-msz-2024-zbc-agb-code'/,
    );
    // All of it reaches the pipe, to the last statement: every link batch is there, each with its rows.
    const steps = readCypherShellScript(script.stdout);
    const linked = steps
      .filter((s) => s.statement.includes('MERGE (a)-['))
      .reduce((n, s) => n + (s.params.rows as unknown[]).length, 0);
    expect(linked).toBe(graph.relationships.reduce((n, b) => n + b.rows.length, 0));
    expect((await zorginkoop(['export', '--format', 'xml'])).code).toBe(2);
  });
});
