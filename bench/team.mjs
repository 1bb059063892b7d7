// The team report: 20 reps' exports of 5,000 records each (the seeded database split by
// position), each rep with earlier weekly exports, written into the team database; then the
// report page opened again and again, from its navigation to the roll-up's first render, with
// the longest task the page ran on the way.
import { metric } from './stats.mjs';
import { callBench as call } from './storage.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./globals').BenchFn} BenchFn
 */

/** @type {import('./stats.mjs').Descriptor} */
export const TEAM_RENDER = {
  id: 'team.firstRender',
  name: 'team roll-up (20 reps × 5,000): first render',
  unit: 'ms',
  budget: { on: 'p95', max: 300, text: 'p95 ≤ 300 ms' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const TEAM_TASK = {
  id: 'team.longestTask',
  name: 'team roll-up: longest task',
  unit: 'ms',
  budget: { on: 'value', max: 50, text: 'no task over 50 ms' },
};
export const TEAM_METRICS = [TEAM_RENDER, TEAM_TASK];
/** What the report page shows once the roll-up is computed. */
export const ROLLUP_SELECTOR = '[data-testid="rollup-summary"]';
/** A number of the roll-up that opens its list: there once the roll-up is computed afresh. */
const DRILL_SELECTOR = '[data-testid="rollup-summary"] .cw-drill';

/**
 * Runs before the report page's own scripts: long tasks from the start, and when the roll-up first shows.
 * @param {string} selector
 */
function renderWatcher(selector) {
  /** @type {import('./globals').TeamRenderState} */
  const state = { rendered: null, longest: 0, tasks: 0 };
  window.__cwTeam = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.tasks++;
        state.longest = Math.max(state.longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longest = -1;
  }
  new MutationObserver((_, observer) => {
    if (state.rendered === null && document.querySelector(selector)) {
      state.rendered = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * @param {import('./session.mjs').Session} session
 * @param {Page} dbPage the bench page on the seeded database
 * @param {{ reps?: number, weeks?: number, opens?: number, warmup?: number, log?: (text: string) => void }} options
 */
export async function teamMetrics(session, dbPage, { reps = 20, weeks = 12, opens = 10, warmup = 1, log = () => {} }) {
  const prepared = await call(dbPage, 'prepareReport', { importRecords: 0, reps });
  const filled = await call(dbPage, 'fillTeam', { weeks });
  await call(dbPage, 'dropReport');
  log(
    `team database: ${reps} reps (${Math.min(...prepared.reps)}–${Math.max(...prepared.reps)} records each), ${weeks} earlier weekly exports each, written in ${(filled.ms / 1000).toFixed(1)} s; rows ${JSON.stringify(filled.tables)}`,
  );
  const page = await session.newPage();
  /** @type {number[]} */
  const ours = [];
  /** @type {number[]} */
  const base = [];
  let longest = 0;
  let tasks = 0;
  try {
    await page.evaluateOnNewDocument(renderWatcher, ROLLUP_SELECTOR);
    for (let k = 0; k < opens + warmup; k++) {
      await page.goto('about:blank');
      await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`, { waitUntil: 'domcontentloaded' });
      await page
        .waitForFunction(() => window.__cwTeam.rendered !== null, { timeout: 30_000, polling: 50 })
        .catch((/** @type {Error} */ error) => {
          throw new Error(`the report page showed no ${ROLLUP_SELECTOR} within 30 s (${error.message})${session.recentErrors()}`);
        });
      // The page's work after the first render counts too: until the roll-up is computed afresh
      // (its numbers open their lists: a drill button is there), and 300 ms after.
      await page.waitForSelector(DRILL_SELECTOR, { timeout: 30_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const r = await page.evaluate(() => ({
        ...window.__cwTeam,
        dcl: /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]).domContentLoadedEventStart,
      }));
      if (r.longest < 0) throw new Error('this Chromium reports no long tasks');
      if (k < warmup) continue;
      // Waited for above: the roll-up has rendered.
      ours.push(/** @type {number} */ (r.rendered));
      base.push(r.dcl);
      longest = Math.max(longest, r.longest);
      tasks += r.tasks;
    }
  } finally {
    await page.close().catch(() => undefined);
    await call(dbPage, 'dropTeam').catch(() => undefined);
  }
  const history = `with each rep's ${weeks} earlier weekly summaries in the trend (team database rows: ${Object.entries(filled.tables)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')})`;
  return [
    metric({
      ...TEAM_RENDER,
      samples: ours,
      baseline: { name: "the report page's DOMContentLoaded", samples: base },
      note: `${ours.length} openings of dashboard.html (after ${warmup} unrecorded), from its navigation start until ${ROLLUP_SELECTOR} is in the DOM (the last roll-up of the same exports, kept, while rollUpTeam() reads and counts ${prepared.reps.reduce((a, b) => a + b, 0)} records of ${reps} reps part by part); ${history}`,
    }),
    metric({
      ...TEAM_TASK,
      value: longest,
      note: `the longest 'longtask' entry (the browser reports tasks over 50 ms; 0: none) from the report page's start until 300 ms after the roll-up was computed afresh (its numbers open their lists), over ${ours.length} openings: ${tasks} long tasks in all`,
    }),
  ];
}
