// The floor extension for metrics 1 and 4 (and 4d), assembled in every run from bench/floor-extension/ into
// .output/bench-floor-extension/, with the polling interval the product's fallback uses.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const SOURCE = join(ROOT, 'bench', 'floor-extension');
export const FLOOR_DIR = join(ROOT, '.output', 'bench-floor-extension');

/** The product's polling interval (`export const POLL_MS = …` in its content script code), 250 ms if not found. */
export function productPollMs() {
  const search = (dir) => {
    if (!existsSync(dir)) return undefined;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = search(path);
        if (found) return found;
      } else if (entry.name.endsWith('.ts')) {
        const m = /export const POLL_MS\s*=\s*(\d+)/.exec(readFileSync(path, 'utf8'));
        if (m) return Number(m[1]);
      }
    }
    return undefined;
  };
  return search(join(ROOT, 'lib', 'content')) ?? search(join(ROOT, 'entrypoints')) ?? 250;
}

export const POLL_INTERVAL_MS = productPollMs();

/** Where the floor extension's iframe-only content script runs (metric 4's floor). */
export const IFRAME_FLOOR_HOST = 'iframe-floor.bench.test';

/** Where the floor extension's empty content script runs (metric 4d, opt-in group `floors`). */
export const EMPTY_FLOOR_HOST = 'empty-floor.bench.test';

export function buildFloorExtension() {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(FLOOR_DIR, { recursive: true });
  for (const file of ['manifest.json', 'iframe-floor.js', 'empty.js', 'blank.html']) copyFileSync(join(SOURCE, file), join(FLOOR_DIR, file));
  const script = readFileSync(join(SOURCE, 'floor.js'), 'utf8');
  if (!/const POLL_MS = \d+;/.test(script)) throw new Error('bench/floor-extension/floor.js lost its POLL_MS line');
  writeFileSync(join(FLOOR_DIR, 'floor.js'), script.replace(/const POLL_MS = \d+;/, `const POLL_MS = ${POLL_INTERVAL_MS};`));
  return FLOOR_DIR;
}
