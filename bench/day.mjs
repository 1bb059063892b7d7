// The rep's day on the seeded database (bench/day-page.ts in bench-db.html): the day view's
// read, the badge's recount and a keystroke's search, product and plain IndexedDB alternating.
import { metric } from './stats.mjs';
import { callBench as call } from './storage.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./globals').BenchFn} BenchFn
 */

/** @type {import('./stats.mjs').Descriptor} */
export const DAY_READ = { id: 'day.read', name: 'day view read (readDay)', unit: 'ms', budget: { on: 'p95', max: 100, text: 'p95 ≤ 100 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const BADGE = { id: 'day.badge', name: 'badge recount (updateBadge)', unit: 'ms', budget: { on: 'p95', max: 50, text: 'p95 ≤ 50 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const SEARCH_READ = { id: 'day.search', name: 'search, first results of a keystroke', unit: 'ms', budget: { on: 'p95', max: 30, text: 'p95 ≤ 30 ms' } };
export const DAY_METRICS = [DAY_READ, BADGE, SEARCH_READ];

/** What a rep types, one keystroke at a time: each prefix is one search. */
const TYPED = ['north', 'jane d', 'globex exp', 'priya', 'renewal 2027', 'zz'];

/**
 * `count` alternating runs of product and baseline after `warmup` unrecorded ones.
 * @template {'dayOnce' | 'badgeOnce' | 'searchOnce'} P
 * @param {Page} page
 * @param {P} product
 * @param {'dayRawOnce' | 'badgeRawOnce' | 'searchRawOnce'} baseline
 * @param {{ count: number, warmup: number, args?: (k: number) => string | undefined }} options
 * @returns {Promise<{ ours: number[], base: number[], last: import('./globals').BenchResult<P> }>}
 */
async function alternate(page, product, baseline, { count, warmup, args = () => undefined }) {
  /** @type {number[]} */
  const ours = [];
  /** @type {number[]} */
  const base = [];
  /** @type {{ ms: number } | undefined} */
  let last;
  for (let k = 0; k < count + warmup; k++) {
    const order = k % 2 ? [baseline, product] : [product, baseline];
    /** @type {Record<string, { ms: number }>} */
    const results = {};
    // The search functions take the query; the others take nothing and ignore it.
    for (const fn of order) results[fn] = await call(page, fn, /** @type {string} */ (args(k)));
    const [ourResult, baseResult] = /** @type {[{ ms: number }, { ms: number }]} */ ([results[product], results[baseline]]);
    last = ourResult;
    if (k < warmup) continue;
    ours.push(ourResult.ms);
    base.push(baseResult.ms);
  }
  // count + warmup > 0: the last run of the product is there.
  return { ours, base, last: /** @type {import('./globals').BenchResult<P>} */ (last) };
}

/**
 * @param {Page} page
 * @param {{ records: number }} options
 */
export async function dayMetrics(page, { records }) {
  const day = await alternate(page, 'dayOnce', 'dayRawOnce', { count: 25, warmup: 3 });
  const badge = await alternate(page, 'badgeOnce', 'badgeRawOnce', { count: 25, warmup: 3 });
  const queries = TYPED.flatMap((word) => Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)));
  const search = await alternate(page, 'searchOnce', 'searchRawOnce', { count: queries.length, warmup: 3, args: (k) => queries[Math.max(0, k - 3)] });
  const [overdue, today, week] = day.last.totals;
  return [
    metric({
      ...DAY_READ,
      samples: day.ours,
      baseline: { name: 'plain reads of the three index ranges, as many rows', samples: day.base },
      note: `readDay() of lib/db/day.ts on ${records} records, day of 4 May 2026 (Europe/Berlin): ${overdue} open follow-ups overdue, ${today} due that day, ${week} in the next 7 days; ${day.last.shown} rows read with their records and notes. The query only: the panel's rendering of the day is measured by "day view shown"`,
    }),
    metric({
      ...BADGE,
      samples: badge.ours,
      baseline: { name: 'plain count of the same index range', samples: badge.base },
      note: `updateBadge() of lib/background/badge.ts: counts ${badge.last.count} follow-ups overdue or due that day and sets the badge's text`,
    }),
    metric({
      ...SEARCH_READ,
      samples: search.ours,
      baseline: { name: 'plain reads of the visit list and 2,000 records', samples: search.base },
      note: `searchVisits() then the first searchStoredStep() of lib/db/search.ts for each prefix of ${TYPED.map((w) => `"${w}"`).join(', ')} (${queries.length} keystrokes); the query only, the panel's rendering is measured by "search results shown"`,
    }),
  ];
}
