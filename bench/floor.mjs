// The floor extension for metric 1, assembled in every run from bench/floor-extension/ into
// .output/bench-floor-extension/, with the polling interval the product's fallback uses.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const SOURCE = join(ROOT, 'bench', 'floor-extension');
export const FLOOR_DIR = join(ROOT, '.output', 'bench-floor-extension');

/** The product's polling interval (entrypoints/crm.content/navigation.ts), 250 ms if not found. */
export function productPollMs() {
  const file = join(ROOT, 'entrypoints', 'crm.content', 'navigation.ts');
  const found = existsSync(file) && /export const POLL_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  return found ? Number(found[1]) : 250;
}

export const POLL_INTERVAL_MS = productPollMs();

export function buildFloorExtension() {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(FLOOR_DIR, { recursive: true });
  copyFileSync(join(SOURCE, 'manifest.json'), join(FLOOR_DIR, 'manifest.json'));
  const script = readFileSync(join(SOURCE, 'floor.js'), 'utf8');
  if (!/const POLL_MS = \d+;/.test(script)) throw new Error('bench/floor-extension/floor.js lost its POLL_MS line');
  writeFileSync(join(FLOOR_DIR, 'floor.js'), script.replace(/const POLL_MS = \d+;/, `const POLL_MS = ${POLL_INTERVAL_MS};`));
  return FLOOR_DIR;
}
