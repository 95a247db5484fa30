#!/usr/bin/env node
// The command line: runs the TypeScript sources directly (tsx), as `npm start` does.
require('tsx/cjs');
require('../src/cli/main.ts').runCli();
