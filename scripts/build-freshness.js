// Whether dist/server holds a whole build of the current src/: a compiled file for every source file, each
// newer than every source file. Not main.js alone: tsc writes its files one by one, and a command started
// while a build is writing them (the test suite starts `npm start` and the command line side by side) would
// otherwise load a build half old, half new.
const { statSync, readdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function buildIsFresh(packageRoot = root) {
  const src = join(packageRoot, 'src');
  const dist = join(packageRoot, 'dist', 'server');
  // The browser's part of the IDE is bundled by esbuild into dist/ide, not compiled by tsc.
  const browser = join(src, 'ide', 'browser');
  const sources = files(src);
  const newest = sources.reduce((t, p) => Math.max(t, mtime(p)), 0);
  return sources
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.startsWith(browser))
    .every((p) => mtime(join(dist, relative(src, p)).replace(/\.ts$/, '.js')) >= newest);
}

module.exports = { root, buildIsFresh };
