import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../src/paths';

// semver, as npm itself reads `engines` (installed with npm's own tooling in node_modules).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const read = (file: string) => JSON.parse(readFileSync(join(ROOT_DIR, file), 'utf8')) as Record<string, unknown>;

describe('the Node version a newcomer needs', () => {
  const pkg = read('package.json') as { engines: { node: string } };
  const lock = read('package-lock.json') as {
    packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
  };
  const lowest = semver.minVersion(pkg.engines.node)!.version;

  it('is in `engines`: the lowest version every runtime dependency declares it runs on', () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path && !p.dev && p.engines?.node);
    const refusing = runtime.filter(([, p]) => !semver.satisfies(lowest, p.engines!.node!)).map(([path]) => path);
    expect(refusing).toEqual([]);
    // …and no lower: some runtime dependency asks for exactly that much.
    const needing = runtime.filter(([, p]) => semver.minVersion(p.engines!.node!)?.version === lowest);
    expect(needing.length).toBeGreaterThan(0);
  });

  it('is in the README next to the version the project is tested on', () => {
    const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
    expect(readme).toContain(`Node ${lowest.replace(/\.0$/, '')}`);
    expect(readme).toMatch(/tested on Node 20\.\d+/);
  });
});
