import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { ROOT_DIR } from '../../src/paths';
import { fetchZbcRequirements } from '../../src/client/fetch-requirements';
import { useTestApi } from '../utils/server';

describe('typed client code', () => {
  it('in src/client/generated/ is what codegen.yml generates now (run `npm run codegen` after changing the schema or an operation)', () => {
    // The real CLI (it cannot be loaded inside Jest), with codegen.yml's settings, into a scratch folder.
    const config = parseYaml(readFileSync(join(ROOT_DIR, 'codegen.yml'), 'utf8')) as {
      generates: Record<string, unknown>;
    };
    const committed = 'src/client/generated/';
    const scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
    const configFile = join(scratch, 'codegen.yml');
    writeFileSync(
      configFile,
      stringify({ ...config, generates: { [`${scratch}/out/`]: config.generates[committed] } }),
    );
    execFileSync(
      process.execPath,
      [join(ROOT_DIR, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', configFile],
      { cwd: ROOT_DIR, stdio: 'pipe' },
    );
    const files = readdirSync(join(scratch, 'out')).sort();
    expect(files).toEqual(readdirSync(join(ROOT_DIR, committed)).sort());
    for (const file of files) {
      const fresh = readFileSync(join(scratch, 'out', file), 'utf8');
      expect({ file, stale: readFileSync(join(ROOT_DIR, committed, file), 'utf8') !== fresh }).toEqual({
        file,
        stale: false,
      });
    }
  });

  it('is shown in the README exactly as src/client/fetch-requirements.ts has it', () => {
    const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(join(ROOT_DIR, 'src', 'client', 'fetch-requirements.ts'), 'utf8'));
  });

  describe('against the running API', () => {
    const api = useTestApi();
    it('fetches a typed answer', async () => {
      const data = await fetchZbcRequirements(`${api().server.url}/graphql`);
      expect(data.requirements.totalCount).toBeGreaterThan(6);
      expect(data.requirements.edges[0]!.node.criterion.source.quote.length).toBeGreaterThan(0);
    });
  });
});
