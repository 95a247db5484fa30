// Whether dist/server holds a build of the current src/: it exists and is newer than every source file.
const { statSync, readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

function buildIsFresh() {
  const built = join(root, 'dist', 'server', 'main.js');
  return existsSync(built) && statSync(built).mtimeMs >= newest(join(root, 'src'));
}

module.exports = { root, buildIsFresh };
