import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../../src/paths';

// The script `npm start` runs first (plain CommonJS, as npm runs it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ensureBuild = require('../../scripts/ensure-build.js') as {
  build(options: { packageRoot: string; log: (line: string) => void; tickMs: number }): Promise<number>;
  buildSteps(packageRoot: string): string[];
  EXPECTED_SECONDS: number;
};

/** A package whose build waits, in its first step, until the test lets it go on. */
function waitingPackage(build: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ensure-build-'));
  const go = join(dir, 'go');
  writeFileSync(
    join(dir, 'wait.js'),
    `const fs = require('fs'); (function wait() { fs.existsSync(${JSON.stringify(go)}) ? process.exit(0) : setTimeout(wait, 20); })();`,
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build } }));
  return { dir, letGo: () => writeFileSync(go, '') };
}

describe('the first `npm start` (scripts/ensure-build.js)', () => {
  it('builds with the steps of `npm run build`, so the two never differ', () => {
    expect(ensureBuild.buildSteps(ROOT_DIR)).toEqual([
      'tsc -p tsconfig.build.json',
      'node dist/server/ide/build-ide.js',
    ]);
  });

  it('says what it builds and how long that takes, that it is still at work, and how long it took', async () => {
    const pkg = waitingPackage('node wait.js && node -e 0');
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      // The first "still at work" line lets the waiting step finish: no clock decides the test.
      if (line.includes('still at work')) pkg.letGo();
    };
    await ensureBuild.build({ packageRoot: pkg.dir, log, tickMs: 50 });
    expect(lines[0]).toMatch(new RegExp(`^building dist/ .*about ${ensureBuild.EXPECTED_SECONDS} s`));
    expect(lines).toContain('[1/2] node wait.js');
    expect(lines).toContain('[2/2] node -e 0');
    expect(lines.some((l) => /still at work: \d+\.\d s/.test(l))).toBe(true);
    expect(lines.filter((l) => /done in \d+\.\d s/.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^built dist\/ in \d+\.\d s/);
  });

  it('names the step that failed', async () => {
    const pkg = waitingPackage('node -e "process.exit(3)" && node -e 0');
    await expect(ensureBuild.build({ packageRoot: pkg.dir, log: () => {}, tickMs: 10_000 })).rejects.toThrow(
      /\[1\/2\] node -e "process.exit\(3\)" failed \(exit code 3\)/,
    );
    expect(existsSync(join(pkg.dir, 'go'))).toBe(false);
  });
});
