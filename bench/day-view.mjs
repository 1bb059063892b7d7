// The rep's day in the side panel, on a tab that is not a record: the day view appearing when
// the panel opens, and search results after a keystroke, from the User Timing marks the panel
// sets (DAY_SHOWN_MARK, SEARCH_RESULTS_MARK) as it does for a record. Without them, these
// metrics report that they could not be measured.
import { extensionIdFor } from './seed-cache.mjs';
import { FLOOR_PANEL_DIR, PLAIN_HOST } from './session.mjs';
import { metric } from './stats.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./globals').ProbeMark} ProbeMark
 */

/**
 * Set by the panel when the day view's rows are in its DOM: by its first paint (detail
 * { kept: true }: the picture of the day it kept from its last opening today), and by its code.
 */
export const DAY_SHOWN_MARK = 'closeward:day-shown';
/** Set by the panel when the results for the search box's current text are in its DOM; detail { query }. */
export const SEARCH_RESULTS_MARK = 'closeward:search-results';

/** @type {import('./stats.mjs').Descriptor} */
export const DAY_VIEW = {
  id: 'panel.dayView',
  name: 'panel opens on a non-record tab → day view shown (kept picture or drawn)',
  unit: 'ms',
  budget: { on: 'p95', max: 100, text: 'p95 ≤ 100 ms' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const SEARCH_VIEW = { id: 'panel.search', name: 'keystroke → search results shown', unit: 'ms', budget: { on: 'p95', max: 30, text: 'p95 ≤ 30 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const DAY_VIEW_LIVE = { id: 'panel.dayViewLive', name: 'panel opens on a non-record tab → day view drawn by its code (takes input)', unit: 'ms' };
export const DAY_VIEW_METRICS = [DAY_VIEW, DAY_VIEW_LIVE, SEARCH_VIEW];

const TYPED = ['north', 'jane', 'garcia', 'hooli', 'tanaka', 'vikram'];

/**
 * The first mark named `name` set at or after `after` (panel clock) that `accept` takes, or null after `timeout`.
 * @param {Page} panel
 * @param {string} name
 * @param {number} after
 * @param {number} timeout
 * @param {string} [query]
 * @returns {Promise<ProbeMark | null>}
 */
async function nextMark(panel, name, after, timeout, query) {
  const handle = await panel
    .waitForFunction(
      (/** @type {string} */ n, /** @type {number} */ a, /** @type {string | null} */ q) =>
        window.__cwProbe.marks.find((m) => m.name === n && m.at >= a && (q === null || m.detail?.query === undefined || m.detail.query === q)),
      { timeout, polling: 10 },
      name,
      after,
      query ?? null,
    )
    .catch(() => null);
  // waitForFunction resolves only on a mark found.
  return handle ? /** @type {Promise<ProbeMark>} */ (handle.jsonValue()) : null;
}

/**
 * Opens the floor extension's side panel from its toolbar icon with `page`'s tab in front, and
 * resolves to the time its one line was in the DOM (from the start of its navigation); closes it.
 * @param {import('./session.mjs').Session} session
 * @param {Page} page
 */
async function floorPanelShown(session, page) {
  const id = extensionIdFor(FLOOR_PANEL_DIR);
  const extension = (await session.browser.extensions()).get(id);
  if (!extension) throw new Error('the floor panel extension (bench/floor-panel) is not loaded');
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await session.browser.waitForTarget((t) => t.url() === `chrome-extension://${id}/panel.html`, { timeout: 10_000 });
  const floor = /** @type {Page} */ (await target.asPage());
  try {
    await floor.waitForFunction(() => performance.getEntriesByName('floor:shown').length > 0, { timeout: 10_000 });
    return await floor.evaluate(() => performance.getEntriesByName('floor:shown')[0]?.startTime ?? NaN);
  } finally {
    await floor.close();
  }
}

/**
 * @param {import('./session.mjs').Session} session
 * @param {{ opens: number, warmup: number }} options
 * @returns {Promise<(import('./stats.mjs').Entry | import('./stats.mjs').Unmeasured)[]>}
 */
export async function dayViewMetrics(session, { opens, warmup }) {
  // Alone in the browser, as the rep's panel opens in one window: the tabs and the panel other
  // groups left open go first.
  const page = await session.closePages();
  /** @type {(import('./stats.mjs').Entry | import('./stats.mjs').Unmeasured)[]} */
  const out = [];
  try {
    await page.goto(session.url(PLAIN_HOST, '/lightning/o/Lead/list'), { waitUntil: 'domcontentloaded' });
    /** @type {number[]} */
    const ours = [];
    /** @type {number[]} */
    const base = [];
    /** @type {number[]} */
    const dcls = [];
    /** @type {number[]} */
    const lives = [];
    /** @type {number[]} */
    const looks = [];
    let kept = 0;
    /** @type {Page | undefined} */
    let panel;
    for (let k = 0; k < opens + warmup; k++) {
      await panel?.close();
      // The floor's panel first, closed again; then ours, left open for the search that follows.
      const floor = await floorPanelShown(session, page);
      panel = await session.openPanel(page);
      const mark = await nextMark(panel, DAY_SHOWN_MARK, 0, 15_000);
      if (!mark) throw new Error(`the panel set no ${DAY_SHOWN_MARK} mark on a tab without a record${session.recentErrors()}`);
      const live = mark.detail?.kept ? await nextMark(panel, DAY_SHOWN_MARK, mark.at + 0.001, 15_000) : mark;
      if (!live) throw new Error(`the panel's code set no ${DAY_SHOWN_MARK} mark after its first paint's${session.recentErrors()}`);
      const dcl = await panel.evaluate(
        () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]).domContentLoadedEventStart,
      );
      const look = await panel.evaluate(() => performance.getEntriesByName('closeward:first-look')[0]?.startTime ?? NaN);
      if (k >= warmup) {
        looks.push(look);
        ours.push(mark.at);
        lives.push(live.at);
        base.push(floor);
        dcls.push(dcl);
        if (mark.detail?.kept) kept++;
      }
    }
    const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    out.push(
      metric({
        ...DAY_VIEW,
        samples: ours,
        baseline: { name: 'a side panel that only shows one line (bench/floor-panel), opened the same way', samples: base },
        note: `${ours.length} openings of the panel from the toolbar icon on a list view (after ${warmup} unrecorded), with the seeded database; from the start of the panel document's navigation to its first ${DAY_SHOWN_MARK} mark; in ${kept} of them the first paint showed the day as kept from the opening before, in the others the panel's code drew it first (the first look's answer: ${median(looks).toFixed(1)} ms p50; the panel's own DOMContentLoaded: ${median(dcls).toFixed(1)} ms p50)`,
      }),
      metric({
        ...DAY_VIEW_LIVE,
        samples: lives,
        baseline: { name: 'a side panel that only shows one line (bench/floor-panel), opened the same way', samples: base },
        note: `the same openings, to the ${DAY_SHOWN_MARK} mark the panel's code sets when it has drawn the day (the view then takes input)`,
      }),
    );
    // opens + warmup ≥ 1: the loop opened a panel.
    out.push(await searchMetric(/** @type {Page} */ (panel)));
    return out;
  } catch (error) {
    // What was measured stays; what was not is reported failed by the runner.
    if (out.length) out.push({ descriptor: SEARCH_VIEW, error });
    else throw error;
    return out;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Types into the search box ('/' focuses it) one key at a time; from each keydown to the results' mark for that text.
 * @param {Page} panel
 */
async function searchMetric(panel) {
  /** @type {number[]} */
  const ours = [];
  /** @type {number[]} */
  const base = [];
  let unchanged = 0;
  for (const word of TYPED) {
    if (!(await panel.evaluate(() => document.activeElement?.matches('input[type="search"]')))) await panel.keyboard.press('/');
    if (!(await panel.evaluate(() => document.activeElement?.matches('input[type="search"]')))) throw new Error("'/' does not focus a search box in the panel");
    await panel.keyboard.down('Control');
    await panel.keyboard.press('a');
    await panel.keyboard.up('Control');
    await panel.keyboard.press('Backspace');
    for (let i = 0; i < word.length; i++) {
      const char = /** @type {string} */ (word[i]);
      const listBefore = await panel.evaluate(() => document.querySelector('[role="listbox"]')?.outerHTML ?? null);
      const before = await panel.evaluate(() => performance.now());
      await panel.keyboard.type(char);
      let mark = await nextMark(panel, SEARCH_RESULTS_MARK, before, 3000, word.slice(0, i + 1));
      if (!mark) {
        // Read from the DOM, a keystroke whose hits equal the last ones changes nothing to time.
        const listNow = await panel.evaluate(() => document.querySelector('[role="listbox"]')?.outerHTML ?? null);
        if (listBefore !== null && listNow === listBefore) {
          unchanged++;
          continue;
        }
        mark = await nextMark(panel, SEARCH_RESULTS_MARK, before, 15_000, word.slice(0, i + 1));
        if (!mark) throw new Error(`the panel set no ${SEARCH_RESULTS_MARK} mark for "${word.slice(0, i + 1)}" within 15 s`);
      }
      const pressed = await panel.evaluate(
        (/** @type {number} */ b, /** @type {string} */ key) => window.__cwProbe.keys.find((x) => x.at >= b && x.key === key),
        before,
        char,
      );
      if (!pressed) throw new Error(`the panel recorded no keydown of "${char}"`);
      ours.push(mark.at - pressed.at);
      if (typeof pressed.frame === 'number') base.push(pressed.frame - pressed.at);
    }
  }
  return metric({
    ...SEARCH_VIEW,
    samples: ours,
    baseline: base.length ? { name: 'the next animation frame after the keydown', samples: base } : undefined,
    note: `${ours.length} keystrokes typing ${TYPED.map((w) => `"${w}"`).join(', ')} into the panel's search box ('/' focuses it), from each keydown to the ${SEARCH_RESULTS_MARK} mark for that text${unchanged ? ` (${unchanged} keystrokes left the same hits, nothing to time)` : ''}; the query's own time is "search, first results of a keystroke"`,
  });
}
