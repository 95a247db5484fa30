#!/usr/bin/env node
// The command line: the compiled build (`npm run build`) with plain node when it is current, else the
// TypeScript sources through tsx (a checkout that was never built, or edited since).
const { buildIsFresh } = require('../scripts/build-freshness');

if (buildIsFresh()) {
  require('../dist/server/cli/main.js').runCli();
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').runCli();
}
