// Reading a record and saving an edit with 100k records stored, in an extension page
// (bench-db.html, added to the bench's build) so the database is the real one of the extension
// origin. Seeding happens once per run here (or is copied from bench/.seed/); later groups
// reuse the data.
import { metric } from './stats.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./globals').BenchFn} BenchFn
 */

/** @type {import('./stats.mjs').Descriptor} */
export const OPEN = { id: 'db.openRecord', name: 'open record (seeded DB)', unit: 'ms', budget: { on: 'p95', max: 5, text: 'p95 ≤ 5 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const OPEN_LIVE = { id: 'db.openRecordLive', name: 'open record, live query first value', unit: 'ms' };
/** @type {import('./stats.mjs').Descriptor} */
export const SAVE = { id: 'db.saveEdit', name: 'save one edit', unit: 'ms', budget: { on: 'p95', max: 10, text: 'p95 ≤ 10 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const SEED = { id: 'db.seed', name: 'seed (setup, not a budget)', unit: 's' };
export const STORAGE_METRICS = [SEED, OPEN, OPEN_LIVE, SAVE];

/**
 * Calls the bench page's function `name` with `arg` (bench/db-page.ts).
 * @template {BenchFn} K
 * @param {Page} page
 * @param {K} name
 * @param {Parameters<import('./globals').BenchApi[K]>[0]} [arg]
 * @returns {Promise<import('./globals').BenchResult<K>>}
 */
export function callBench(page, name, arg) {
  return /** @type {Promise<import('./globals').BenchResult<K>>} */ (
    page.evaluate(
      (/** @type {BenchFn} */ n, /** @type {unknown} */ a) => /** @type {(arg: unknown) => unknown} */ (/** @type {unknown} */ (window.__cwBench[n]))(a),
      name,
      arg,
    )
  );
}

/** @param {import('./session.mjs').Session} session */
export async function openDbPage(session) {
  const page = await session.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  await page.goto(`chrome-extension://${session.extensionId}/bench-db.html`);
  await page
    .waitForFunction(() => window.__cwBench?.ready, { timeout: 10000 })
    .catch(() => {
      throw new Error(`bench-db.html did not start: ${errors.join('; ') || 'no error reported'}`);
    });
  return page;
}

/**
 * Seeds `n` records (bench/db-page.ts seed()): returns the seed metric, what was seeded, and
 * the import's baseline measured while seeding (`seededRaw`, for reportMetrics).
 *
 * @param {Page} page
 * @param {number} n
 * @param {{ conversations?: import('./seed.mjs').ConversationProfile }} [options]
 */
export async function seedDatabase(page, n, { conversations } = {}) {
  const r = await page.evaluate(
    (/** @type {[number, import('./seed.mjs').ConversationProfile | undefined]} */ [count, profile]) =>
      window.__cwBench.seed({ n: count, conversations: profile }),
    /** @type {[number, import('./seed.mjs').ConversationProfile | undefined]} */ ([n, conversations]),
  );
  const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(r.counts)
    .map(([t, c]) => `${t} ${c}`)
    .join(', ');
  const missing = r.noGenerator.length ? `; tables without a seed generator (add one in bench/seed.mjs): ${r.noGenerator.join(', ')}` : '';
  const absent = r.noTable.length ? `; generators without a table: ${r.noTable.join(', ')}` : '';
  const unchecked = r.unchecked.length ? `; no schema to validate ${r.unchecked.join(', ')}` : '; rows validated against lib/model';
  return {
    seeded: r,
    seededRaw: r.raw,
    entry: metric({
      ...SEED,
      value: r.ms / 1000,
      note:
        `${rows} rows (${parts}) in ${(r.ms / 1000).toFixed(1)} s, ${Math.round(rows / (r.ms / 1000))} rows/s: raw puts in ${r.raw.transactions} transactions, the baseline of the import metric; ` +
        `generated before it in ${(r.generateMs / 1000).toFixed(1)} s${unchecked}${missing}${absent}`,
    }),
  };
}

/**
 * The seed row of a run that copied its database from bench/.seed/.
 * @param {import('./seed-cache.mjs').RestoredSeed} restored
 */
export function reusedSeedEntry(restored) {
  return metric({
    ...SEED,
    value: restored.copyMs / 1000,
    note: `copied from bench/.seed/${restored.key} in ${(restored.copyMs / 1000).toFixed(1)} s (--fresh-seed to seed again); when seeded: ${restored.note}`,
  });
}

/**
 * @param {Page} page
 * @param {number} n seeded records
 * @param {{ count?: number }} [options]
 */
export async function storageMetrics(page, n, { count = 200 } = {}) {
  const open = await page.evaluate(
    (/** @type {[number, number]} */ [records, c]) => window.__cwBench.openSamples({ n: records, count: c }),
    /** @type {[number, number]} */ ([n, count]),
  );
  const save = await page.evaluate(
    (/** @type {[number, number]} */ [records, c]) => window.__cwBench.saveSamples({ n: records, count: c }),
    /** @type {[number, number]} */ ([n, count]),
  );
  return [
    metric({
      ...OPEN,
      samples: open.dexieMs,
      baseline: { name: 'raw IDB get of the record and checklist rows', samples: open.rawMs },
      note: `the panel's read, readRecord() of lib/state/live-record.ts: record, checklist, people, conversations and follow-ups in one transaction, on ${n} records, random keys; the baseline reads only the record and checklist rows; timer resolution 0.1 ms`,
    }),
    metric({
      ...OPEN_LIVE,
      samples: open.liveMs,
      baseline: { name: 'readRecord alone', samples: open.dexieMs },
      note: 'watchRecord() from lib/state/live-record.ts until its first value: the database check and the read of "open record"',
    }),
    metric({
      ...SAVE,
      samples: save.dexieMs,
      baseline: { name: 'raw IDB put, committed', samples: save.rawMs },
      note: 'patchCriterion (get + merge + put in one rw transaction) until committed; the 250 ms typing debounce is not included',
    }),
  ];
}
