import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const freshness = require('../../scripts/build-freshness.js') as { buildIsFresh(packageRoot: string): boolean };

describe('whether dist/ is a build of the current sources (scripts/build-freshness.js)', () => {
  /** A package with src/a.ts, src/b.ts and the IDE's browser part, written an hour ago. */
  function sourcesOnly() {
    const dir = mkdtempSync(join(tmpdir(), 'build-freshness-'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const file of ['src/a.ts', 'src/b.ts', 'src/ide/browser/main.ts', 'src/types.d.ts']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), '');
      utimesSync(join(dir, file), hourAgo, hourAgo);
    }
    const compile = (file: string) => {
      mkdirSync(join(dir, 'dist', 'server'), { recursive: true });
      writeFileSync(join(dir, 'dist', 'server', file), '');
    };
    return { dir, compile };
  }

  it('is not while a build has written some of its files: the command line then runs the sources', () => {
    const pkg = sourcesOnly();
    expect(freshness.buildIsFresh(pkg.dir)).toBe(false);
    pkg.compile('a.js');
    expect(freshness.buildIsFresh(pkg.dir)).toBe(false);
    pkg.compile('b.js');
    // The IDE's browser part is esbuild's, and a declaration file compiles to nothing.
    expect(freshness.buildIsFresh(pkg.dir)).toBe(true);
  });

  it('is not once any source file is newer than a compiled one', () => {
    const pkg = sourcesOnly();
    pkg.compile('a.js');
    pkg.compile('b.js');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(pkg.dir, 'src', 'a.ts'), later, later);
    expect(freshness.buildIsFresh(pkg.dir)).toBe(false);
  });
});
