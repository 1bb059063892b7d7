// Seeding 100k records (about a million rows over the five tables) costs close to three
// minutes of the five a run may take, nearly all of it inside Chromium's IndexedDB. So the
// seeded database is kept in bench/.seed/ (git-ignored): the IndexedDB folder of the extension
// origin, copied right after seeding, under a key that changes whenever the data would (the
// generated rows, the product's database schema, the record count, the Chromium version). A
// run with a matching key copies it into its fresh profile instead of seeding, checks a sample
// of it against the product's schemas, and seeds anew if that fails; `--fresh-seed` ignores
// the cache.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';
import { SEED_VERSION } from './seed.mjs';

export const SEED_CACHE_DIR = join(ROOT, 'bench', '.seed');
const KEEP = 2;

/**
 * Chromium's id for an unpacked extension: SHA-256 of its absolute path, hex mapped to a–p.
 * @param {string} dir
 */
export function extensionIdFor(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * The cache key of a seed: what the rows are and where they go. `schema` is the product's
 * database schema and `sample` the generator's rows for the first records with the product's
 * current model (both from bench/model.ts, bundled for Node): a change of either, or of the
 * record count, the Chromium version or the extension id (its build folder), makes a new
 * key. Unrelated product changes do not.
 *
 * @param {{ n: number, chromiumVersion: string, schema: unknown, sample: unknown, extensionId: string }} what
 */
export function seedKey({ n, chromiumVersion, schema, sample, extensionId }) {
  const hash = createHash('sha256');
  // The extension id too: Chromium files the database under its origin inside the copied
  // files, so a seed made for one build folder (CLOSEWARD_BENCH_OUT) is empty for another.
  hash.update(JSON.stringify({ v: SEED_VERSION, n, chromiumVersion, schema, sample, extensionId }));
  return `${n}-${hash.digest('hex').slice(0, 16)}`;
}

/** @param {string} userDataDir */
const idbDir = (userDataDir) => join(userDataDir, 'Default', 'IndexedDB');
/** @param {string} extensionId */
const originPrefix = (extensionId) => `chrome-extension_${extensionId}_0.indexeddb`;

/**
 * Waits until the origin's IndexedDB files in a running browser's profile have not changed for
 * `quietMs` (at most `maxMs`): Chromium's LevelDB goes on compacting for a while after a large
 * write, and a seed copied in the middle of that carries the rest of the work into every run
 * that reuses it (its first metrics then compete with the compaction). Returns how long it
 * waited and the files' size then.
 *
 * @param {{ userDataDir: string, extensionId: string, quietMs?: number, maxMs?: number, everyMs?: number }} options
 */
export async function waitForQuietIndexedDb({ userDataDir, extensionId, quietMs = 3000, maxMs = 60000, everyMs = 250 }) {
  const started = performance.now();
  const prefix = originPrefix(extensionId);
  const snapshot = () => {
    let newest = 0;
    let bytes = 0;
    /** @param {string} dir */
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        try {
          if (entry.isDirectory()) walk(path);
          else {
            const st = statSync(path);
            newest = Math.max(newest, st.mtimeMs);
            bytes += st.size;
          }
        } catch {
          newest = Date.now(); // a file went away while we looked: still busy
        }
      }
    };
    const root = idbDir(userDataDir);
    if (existsSync(root)) for (const e of readdirSync(root)) if (e.startsWith(prefix)) walk(join(root, e));
    return { newest, bytes };
  };
  let last = snapshot();
  let quietSince = performance.now();
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    const now = snapshot();
    if (now.newest !== last.newest || now.bytes !== last.bytes) quietSince = performance.now();
    last = now;
    if (performance.now() - quietSince >= quietMs) return { waitedMs: performance.now() - started, bytes: now.bytes, quiet: true };
  }
  return { waitedMs: performance.now() - started, bytes: last.bytes, quiet: false };
}

/**
 * @typedef {{ seconds: number | undefined, note: string | undefined, counts: Record<string, number> }} SeedMeta What a kept seed notes of its seeding.
 * @typedef {SeedMeta & { key: string, savedAt: string, copyMs: number }} RestoredSeed
 */

/**
 * Copies a cached seed into a profile not yet started; returns its meta or null.
 * @param {{ key: string, userDataDir: string, extensionId: string }} where
 * @returns {RestoredSeed | null}
 */
export function restoreSeed({ key, userDataDir, extensionId }) {
  const dir = join(SEED_CACHE_DIR, key);
  const metaFile = join(dir, 'meta.json');
  if (!existsSync(metaFile)) return null;
  /** @type {SeedMeta & { key: string, savedAt: string }} */
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  const started = performance.now();
  mkdirSync(idbDir(userDataDir), { recursive: true });
  for (const entry of readdirSync(join(dir, 'idb'))) {
    // Stored without the extension id in the file names (the key holds it: the files' contents name the origin).
    cpSync(join(dir, 'idb', entry), join(idbDir(userDataDir), `${originPrefix(extensionId)}${entry}`), { recursive: true });
  }
  return { ...meta, copyMs: performance.now() - started };
}

/**
 * Keeps a profile's freshly seeded database (the browser must be closed).
 * @param {{ key: string, userDataDir: string, extensionId: string, meta: SeedMeta }} what
 */
export function saveSeed({ key, userDataDir, extensionId, meta }) {
  const prefix = originPrefix(extensionId);
  const entries = readdirSync(idbDir(userDataDir)).filter((e) => e.startsWith(prefix));
  if (!entries.length) throw new Error(`no IndexedDB of ${extensionId} in ${userDataDir}`);
  const dir = join(SEED_CACHE_DIR, key);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'idb'), { recursive: true });
  for (const entry of entries) cpSync(join(idbDir(userDataDir), entry), join(tmp, 'idb', entry.slice(prefix.length)), { recursive: true });
  writeFileSync(join(tmp, 'meta.json'), `${JSON.stringify({ ...meta, key, savedAt: new Date().toISOString() }, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  // Only the newest few seeds stay: each is a few hundred MB.
  const all = readdirSync(SEED_CACHE_DIR)
    .filter((d) => existsSync(join(SEED_CACHE_DIR, d, 'meta.json')))
    .sort((a, b) => statSync(join(SEED_CACHE_DIR, b)).mtimeMs - statSync(join(SEED_CACHE_DIR, a)).mtimeMs);
  for (const old of all.slice(KEEP)) rmSync(join(SEED_CACHE_DIR, old), { recursive: true, force: true });
}

/**
 * Removes a restored seed from a profile whose browser is closed (it failed its check).
 * @param {{ userDataDir: string, extensionId: string }} where
 */
export function dropSeed({ userDataDir, extensionId }) {
  const dir = idbDir(userDataDir);
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) if (entry.startsWith(originPrefix(extensionId))) rmSync(join(dir, entry), { recursive: true, force: true });
}
