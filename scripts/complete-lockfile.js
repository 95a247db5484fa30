#!/usr/bin/env node
/**
 * The npm registry this project is built against serves native packages only for linux-x64, so
 * `npm install` leaves other platforms' optional binaries (e.g. @ladybugdb/core-darwin-arm64) out of
 * package-lock.json, and `npm ci` then calls the lockfile out of sync. This adds each missing optional
 * package with the os/cpu/libc its name declares, so that npm skips it on every other platform without
 * fetching it. Run after `npm install` changes the lockfile: node scripts/complete-lockfile.js
 */
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OSES = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];

let added = 0;
for (const [location, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${location}/${key}`]) continue;
    const parts = name.split('/').pop().split('-');
    const i = parts.findIndex((p) => OSES.includes(p));
    if (i < 0 || !parts[i + 1]) continue; // not a platform binary: leave it to npm
    const entry = { version, cpu: [parts[i + 1]], ...(pkg.dev ? { dev: true } : {}), optional: true, os: [parts[i]] };
    if (parts[i] === 'linux' && parts[i + 2]) entry.libc = [parts[i + 2].startsWith('musl') ? 'musl' : 'glibc'];
    lock.packages[key] = entry;
    added += 1;
  }
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: listed ${added} optional platform package(s) this registry does not serve`);
