#!/usr/bin/env node
// `npm start` runs the compiled build with plain node. This builds it first when it is missing or older
// than any source file (a fresh clone, or a pull), and otherwise costs a directory walk. The build runs
// the steps of `npm run build` one by one, saying what each does, that it is still at work every 10 s,
// and how long it took: the first start compiles for most of a minute, and should not look stuck.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { readFileSync } = require('node:fs');
const { root, buildIsFresh } = require('./build-freshness');

/** What the first build takes on 2 CPUs (measured: tsc about 40 s, the IDE bundle about 5 s). */
const EXPECTED_SECONDS = 45;

/** The steps of the package's `build` script (its `&&`-separated commands), so that the two never differ. */
function buildSteps(packageRoot) {
  const { scripts } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  return scripts.build.split('&&').map((command) => command.trim());
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs the build steps in `packageRoot` (commands from node_modules/.bin found as npm finds them), writing
 * progress lines to `log`. Resolves with the time it took; rejects with the step that failed.
 */
async function build({
  packageRoot = root,
  steps = buildSteps(packageRoot),
  log = (line) => process.stderr.write(`${line}\n`),
  tickMs = 10_000,
} = {}) {
  const started = Date.now();
  log(
    `building dist/ (npm run build), needed once after a fresh clone or a change in src/: about ${EXPECTED_SECONDS} s on 2 CPUs`,
  );
  for (const [i, command] of steps.entries()) {
    const step = `[${i + 1}/${steps.length}] ${command}`;
    const stepStarted = Date.now();
    log(step);
    const ticker = setInterval(() => log(`      still at work: ${seconds(Date.now() - stepStarted)}`), tickMs);
    try {
      await new Promise((resolve, reject) => {
        const child = spawn(command, {
          cwd: packageRoot,
          shell: true,
          stdio: ['ignore', 'inherit', 'inherit'],
          env: {
            ...process.env,
            PATH: [join(packageRoot, 'node_modules', '.bin'), process.env.PATH].join(
              process.platform === 'win32' ? ';' : ':',
            ),
          },
        });
        child.on('error', reject);
        child.on('exit', (code, signal) =>
          code === 0 ? resolve() : reject(new Error(`${step} failed (${signal ?? `exit code ${code}`})`)),
        );
      });
    } finally {
      clearInterval(ticker);
    }
    log(`      done in ${seconds(Date.now() - stepStarted)}`);
  }
  const took = Date.now() - started;
  log(`built dist/ in ${seconds(took)}; later starts skip this until src/ changes`);
  return took;
}

module.exports = { build, buildSteps, EXPECTED_SECONDS };

if (require.main === module && !buildIsFresh()) {
  build().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
