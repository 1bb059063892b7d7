// What the extension costs in bytes: the content script a CRM page loads, and the panel's
// JavaScript (loaded at once, and lazily). Sizes are gzip -9 of the built files (what a size
// budget usually means; the browser reads them uncompressed from disk).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { metric } from './stats.mjs';

/** @param {Buffer} buffer */
const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** @type {import('./stats.mjs').Descriptor} */
export const CONTENT_SCRIPT = {
  id: 'size.contentScript',
  name: 'content script per CRM, largest (gzip)',
  unit: 'bytes',
  budget: { on: 'value', max: 8 * 1024, text: '≤ 8 KB' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const PANEL_EAGER = {
  id: 'size.panelEager',
  name: 'panel JS loaded at once (gzip)',
  unit: 'bytes',
  budget: { on: 'value', max: 60 * 1024, text: '≤ 60 KB' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const PANEL_LAZY = { id: 'size.panelLazy', name: 'panel JS loaded lazily (gzip)', unit: 'bytes' };
export const SIZE_METRICS = [CONTENT_SCRIPT, PANEL_EAGER, PANEL_LAZY];

/**
 * What a CRM page loads: one content script per CRM (content-scripts/<crm>.js, from the
 * manifest or registered at run time for custom domains); the value is the largest, the note
 * and `extra` give each CRM's.
 *
 * @param {string} extensionDir
 */
export function contentScriptSize(extensionDir) {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!files.length) throw new Error(`no content script in ${dir}`);
  const per = new Map(
    files.map((f) => {
      const buffer = readFileSync(join(dir, f));
      return [`content-scripts/${f}`, { file: `content-scripts/${f}`, raw: buffer.length, gzip: gzipSize(buffer) }];
    }),
  );
  /** @type {{ content_scripts?: { js?: string[] }[] }} */
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const entries = (manifest.content_scripts ?? []).map((cs) => ({
    js: cs.js ?? [],
    gzip: (cs.js ?? []).reduce((a, f) => a + (per.get(f)?.gzip ?? gzipSize(readFileSync(join(extensionDir, f)))), 0),
  }));
  const list = [...per.values()].sort((a, b) => b.gzip - a.gzip);
  // Not empty: a content script was found above.
  const largest = /** @type {{ file: string, raw: number, gzip: number }} */ (list[0]);
  const top = entries.length ? entries.reduce((a, b) => (b.gzip > a.gzip ? b : a)) : { js: [largest.file], gzip: largest.gzip };
  /** @param {number} x */
  const kb = (x) => (x / 1024).toFixed(2);
  return metric({
    ...CONTENT_SCRIPT,
    value: Math.max(top.gzip, largest.gzip),
    note: `${list.length} CRMs: ${list.map((f) => `${f.file.replace(/^content-scripts\/|\.js$/g, '')} ${kb(f.gzip)}`).join(', ')} KB gzip`,
    extra: { files: list, entries },
  });
}

/**
 * Static and dynamic import specifiers of a JS module.
 * @param {string} code
 * @returns {Promise<{ spec: string, dynamic: boolean }[]>}
 */
async function importsOf(code) {
  try {
    const lexer = await import('es-module-lexer');
    await lexer.init;
    const [imports] = lexer.parse(code);
    // d === -1: static import; d >= 0: dynamic import(); -2: import.meta.
    return imports.filter((i) => i.n && i.d !== -2).map((i) => ({ spec: /** @type {string} */ (i.n), dynamic: i.d >= 0 }));
  } catch {
    // Fallback for minified output if es-module-lexer is ever missing.
    /** @type {{ spec: string, dynamic: boolean }[]} */
    const found = [];
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g))
      found.push({ spec: /** @type {string} */ (m[1]), dynamic: false });
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) found.push({ spec: /** @type {string} */ (m[1]), dynamic: true });
    return found;
  }
}

/**
 * Every JS file sidepanel.html loads: its module scripts and modulepreloads, then each
 * module's imports, transitively. Dynamic imports are followed too and reported apart.
 *
 * @param {string} extensionDir
 */
export async function panelBundleSizes(extensionDir, html = 'sidepanel.html') {
  const page = readFileSync(join(extensionDir, html), 'utf8');
  /**
   * @param {string} fromFile
   * @param {string | undefined} spec a regular expression's group, always matched
   */
  const resolveFrom = (fromFile, spec) => {
    if (spec === undefined || /^[a-z]+:/i.test(spec)) return null;
    const path = spec.startsWith('/') ? join(extensionDir, spec) : normalize(join(dirname(fromFile), spec));
    return existsSync(path) ? path : null;
  };
  const entry = join(extensionDir, html);
  /** @type {{ path: string | null, dynamic: boolean }[]} */
  const queue = [];
  for (const m of page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) queue.push({ path: resolveFrom(entry, m[1]), dynamic: false });
  for (const m of page.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)) queue.push({ path: resolveFrom(entry, m[1]), dynamic: false });
  const css = [...page.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map((m) => resolveFrom(entry, m[1])).filter((p) => p !== null);
  /** @type {Map<string, { file: string, raw: number, gzip: number, dynamic: boolean }>} */
  const seen = new Map();
  while (queue.length) {
    const { path, dynamic } = /** @type {{ path: string | null, dynamic: boolean }} */ (queue.shift());
    if (!path) continue;
    const known = seen.get(path);
    if (known) {
      if (!dynamic) known.dynamic = false;
      continue;
    }
    const buffer = readFileSync(path);
    const info = { file: relative(extensionDir, path), raw: buffer.length, gzip: gzipSize(buffer), dynamic };
    seen.set(path, info);
    for (const imp of await importsOf(buffer.toString('utf8'))) queue.push({ path: resolveFrom(path, imp.spec), dynamic: dynamic || imp.dynamic });
  }
  const files = [...seen.values()];
  if (!files.length) throw new Error(`no script found in ${html}`);
  const eager = files.filter((f) => !f.dynamic);
  const lazy = files.filter((f) => f.dynamic);
  const total = eager.reduce((a, f) => a + f.gzip, 0);
  const lazyTotal = lazy.reduce((a, f) => a + f.gzip, 0);
  const cssGzip = css.reduce((a, p) => a + gzipSize(readFileSync(p)), 0);
  /** @param {{ file: string, gzip: number }} f */
  const describe = (f) => `${f.file} ${(f.gzip / 1024).toFixed(2)} KB`;
  return [
    metric({
      ...PANEL_EAGER,
      value: total,
      note: `${eager.map(describe).join(', ')}; CSS ${(cssGzip / 1024).toFixed(2)} KB gzip (not counted)`,
      extra: { files: eager, cssGzip },
    }),
    metric({
      ...PANEL_LAZY,
      value: lazyTotal,
      note: lazy.length ? `${lazy.length} chunks: ${lazy.map(describe).join(', ')}` : 'no chunk is loaded lazily',
      extra: { files: lazy },
    }),
  ];
}
