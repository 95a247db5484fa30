import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT_DIR } from '../paths';

/** Where the bundled IDE goes: build output, never committed. */
export const IDE_DIR = join(ROOT_DIR, 'dist', 'ide');

const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

/**
 * Bundles GraphiQL and the Monaco editor's workers from node_modules into dist/ide/ with esbuild, so the
 * IDE needs no CDN and no request leaves the machine.
 */
export async function buildIde(): Promise<void> {
  mkdirSync(IDE_DIR, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    logLevel: 'silent' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await build({
    ...common,
    entryPoints: { app: join(ROOT_DIR, 'src', 'ide', 'browser', 'main.tsx') },
    outdir: IDE_DIR,
    format: 'esm',
    jsx: 'automatic',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl' },
    assetNames: '[name]-[hash]',
  });
  // Workers are classic scripts: every browser starts them, module workers or not.
  await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, spec]) => [name, require.resolve(spec)])),
    outdir: IDE_DIR,
    format: 'iife',
  });
}

export function ideIsBuilt(): boolean {
  return ['app.js', 'app.css', ...Object.keys(WORKERS).map((w) => `${w}.js`)].every((f) =>
    existsSync(join(IDE_DIR, f)),
  );
}

if (require.main === module) {
  buildIde()
    .then(() => console.log(`built the GraphQL IDE into ${IDE_DIR}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
