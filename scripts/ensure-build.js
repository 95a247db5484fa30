#!/usr/bin/env node
// `npm start` runs the compiled build with plain node. This builds it first when it is missing or older
// than any source file (a fresh clone, or a pull), and otherwise costs a directory walk.
const { execFileSync } = require('node:child_process');
const { root, buildIsFresh } = require('./build-freshness');

if (!buildIsFresh()) {
  console.error('building dist/ (npm run build)');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
