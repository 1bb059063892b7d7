// Builds for the benchmarks: the extension into its own folder (so a colleague's concurrent
// `wxt build` cannot swap files under a running benchmark), the extension-page test module,
// and TypeScript modules for Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '..');
/**
 * `.output/bench-chrome-mv3`: WXT's usual output folder with another name. Two people
 * benchmarking in one checkout can each set CLOSEWARD_BENCH_OUT to a folder name of their own.
 */
const OUT_NAME = process.env.CLOSEWARD_BENCH_OUT || 'bench-chrome-mv3';
export const BENCH_EXTENSION_DIR = join(ROOT, '.output', OUT_NAME);

/**
 * `wxt build` for Chrome MV3 (the product's own wxt.config.ts), written to
 * .output/bench-chrome-mv3 (or CLOSEWARD_BENCH_OUT) instead of .output/chrome-mv3. Runs in a
 * child process.
 */
export function buildExtension() {
  const script = `import { build } from 'wxt'; await build({ outDirTemplate: ${JSON.stringify(OUT_NAME)}, browser: 'chrome', logLevel: 1 });`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0 || !existsSync(join(BENCH_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`wxt build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ms: performance.now() - started, dir: BENCH_EXTENSION_DIR, manifest: JSON.parse(readFileSync(join(BENCH_EXTENSION_DIR, 'manifest.json'), 'utf8')) };
}

/**
 * Writes bench-db.html + bench-db.js (bench/db-page.ts bundled) into the built extension,
 * so an extension page with the right origin and a CSP-compliant script exists. Not part
 * of the product: only the bench's own build folder gets them.
 */
export async function addDbPage(extensionDir = BENCH_EXTENSION_DIR) {
  await esbuild({
    entryPoints: [join(ROOT, 'bench', 'db-page.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(extensionDir, 'bench-db.js'),
    logLevel: 'error',
    minify: false,
  });
  writeFileSync(
    join(extensionDir, 'bench-db.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Closeward bench</title></head><body><p>Closeward storage benchmark</p><script src="bench-db.js"></script></body></html>\n',
  );
  return 'bench-db.html';
}

/**
 * Bundles a TypeScript entry for Node and imports it from memory (a data: URL), so no
 * generated file lands in the repository. `entry`: a path from the repository root, or
 * { contents } of a module written here (imports resolved from the root). The caller states
 * the module's type.
 *
 * @param {string | { contents: string }} entry
 * @returns {Promise<unknown>}
 */
export async function importTs(entry) {
  const out = await esbuild({
    ...(typeof entry === 'string'
      ? { entryPoints: [join(ROOT, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`esbuild wrote no output for ${typeof entry === 'string' ? entry : 'a module'}`);
  const code = file.text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
