// Renders the extension's icons from assets/icon*.svg to PNG: the sizes the browsers and
// stores ask for, and a dimmed pair for tabs that show no record. Used by modules/icons.ts
// during `wxt build`; `node scripts/icons.mjs <dir>` writes them by hand.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');

/** Each PNG the build writes, relative to the output's root, and what it is drawn from. */
export const ICONS = [
  ...[16, 32, 48, 128].map((size) => ({ source: 'icon.svg', size, dest: `icon/${size}.png` })),
  ...[16, 32].map((size) => ({ source: 'icon-dim.svg', size, dest: `icon/dim-${size}.png` })),
];

/**
 * One SVG drawn as a square PNG of `size` pixels.
 * @param {string | Buffer} svg
 * @param {number} size
 */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Writes every icon under `dir` (icon/16.png, …) and resolves to their absolute paths, each
 * with its path relative to the extension's root.
 * @param {string} dir
 * @returns {Promise<{ absolute: string, dest: string }[]>}
 */
export async function writeIcons(dir) {
  const sources = new Map();
  const written = [];
  for (const icon of ICONS) {
    if (!sources.has(icon.source)) sources.set(icon.source, await readFile(path.join(ASSETS, icon.source), 'utf8'));
    const absolute = path.join(dir, icon.dest);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, renderPng(sources.get(icon.source), icon.size));
    written.push({ absolute, dest: icon.dest });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: node scripts/icons.mjs <output directory>');
    process.exit(2);
  }
  for (const { absolute } of await writeIcons(path.resolve(dir))) console.log(absolute);
}
