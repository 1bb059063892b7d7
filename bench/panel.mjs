// How fast the side panel follows the rep: an in-app navigation, a tab switch and a page
// load, each until the panel's record-shown mark for the new record. Times are epoch ms
// (performance.timeOrigin + now) in the page and in the panel, so they share one clock.
import { pageOf } from './seed.mjs';
import { metric } from './stats.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./session.mjs').Session} Session
 * @typedef {import('./seed.mjs').SeedRecord} SeedRecord
 * @typedef {import('./globals').PanelProbe} PanelProbe
 * @typedef {{ targets: SeedRecord[], warmup: number }} Moves the records visited in turn, and how many first moves are not recorded
 */

/** @type {import('./stats.mjs').Descriptor} */
export const NAVIGATION = {
  id: 'panel.navigation',
  name: 'in-app navigation → panel shows record',
  unit: 'ms',
  budget: { on: 'p95', max: 16, text: 'p95 ≤ 16 ms' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const TAB_SWITCH = { id: 'panel.tabSwitch', name: 'tab switch → panel shows record', unit: 'ms', budget: { on: 'p95', max: 16, text: 'p95 ≤ 16 ms' } };
/** @type {import('./stats.mjs').Descriptor} */
export const PAGE_LOAD = {
  id: 'panel.pageLoad',
  name: 'page load → panel shows record (after DOMContentLoaded)',
  unit: 'ms',
  budget: { on: 'p95', max: 50, text: 'p95 ≤ 50 ms' },
};
export const PANEL_METRICS = [NAVIGATION, TAB_SWITCH, PAGE_LOAD];

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long a navigation waits for the panel before it counts as never shown. */
const MISSED_MS = 5000;
const epoch = () => performance.timeOrigin + performance.now();

/**
 * A CRM tab on `record` with the panel open and showing it.
 * @param {Session} session
 * @param {Page} page
 * @param {SeedRecord} record
 */
async function openOn(session, page, record) {
  await page.goto(session.url(new URL(record.url).host, session.register(record)), { waitUntil: 'load' });
  const panel = await session.openPanel(page);
  // Not measured: the panel's first opening does more (its checks of the database and the
  // automatic backup), and one that missed the tab's first report gets the page once more.
  const first = await session.shown(panel, record.key, 0, 30_000).catch(() => null);
  if (!first) {
    await page.reload({ waitUntil: 'load' });
    await session.shown(panel, record.key, 0, 30_000);
  }
  return panel;
}

/**
 * pushState from one seeded record to the next in one tab; baseline: the page's navigatesuccess.
 * @param {Session} session
 * @param {Moves} moves
 */
export async function navigationMetric(session, { targets, warmup }) {
  const page = await session.newPage();
  try {
    const panel = await openOn(session, page, /** @type {SeedRecord} */ (targets[0]));
    /** @type {number[]} */
    const ours = [];
    /** @type {number[]} */
    const base = [];
    let missed = 0;
    for (const [k, record] of targets.slice(1).entries()) {
      const path = session.register(record);
      const { title, heading } = pageOf(record);
      const t0 = await page.evaluate(
        (/** @type {string} */ p, /** @type {string} */ t, /** @type {string} */ h) => window.__bench.navigate(p, t, h),
        path,
        title,
        heading,
      );
      // A record the panel never shows counts as the whole wait: it is the worst a rep sees.
      const shown = await session.shown(panel, record.key, t0, MISSED_MS).catch(() => null);
      const nav = await page.evaluate(() => window.__bench.navigation());
      if (typeof nav?.tNav !== 'number') throw new Error('the page got no navigatesuccess for its pushState (Navigation API)');
      if (k >= warmup) {
        ours.push(shown ? shown.t - t0 : MISSED_MS);
        base.push(nav.tNav - t0);
        if (!shown) missed++;
      }
      await pause(40);
    }
    return metric({
      ...NAVIGATION,
      samples: ours,
      baseline: { name: "the page's navigatesuccess", samples: base },
      note: `${ours.length} pushState moves between seeded Salesforce records (after ${warmup} unrecorded), from the page's pushState to the panel's record-shown mark; the page sets the title and re-renders the record body right after pushState, as a CRM router does${missed ? `; ${missed} of them never shown within ${MISSED_MS / 1000} s, counted as ${MISSED_MS} ms` : ''}`,
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Two CRM tabs; before each switch the tab in the background loads another record, then comes
 * to the front. From the first sign of the switch in the browser (the tab's visibilitychange or
 * tabs.onActivated in the panel, whichever is earlier) to the record-shown mark; baseline: the
 * panel hearing tabs.onActivated and reading the tab's stored record (the least it must do).
 *
 * @param {Session} session
 * @param {Moves} moves
 */
export async function tabSwitchMetric(session, { targets, warmup }) {
  /** @type {[Page, Page]} */
  const pages = [await session.newPage(), await session.newPage()];
  try {
    const [first, second] = /** @type {[SeedRecord, SeedRecord]} */ (targets);
    await pages[1].goto(session.url(new URL(second.url).host, session.register(second)), { waitUntil: 'domcontentloaded' });
    const panel = await openOn(session, pages[0], first);
    /** @type {number[]} */
    const ours = [];
    /** @type {number[]} */
    const base = [];
    let front = 0;
    for (const [k, record] of targets.slice(2).entries()) {
      const back = /** @type {Page} */ (pages[1 - front]);
      const loaded = epoch();
      await back.goto(session.url(new URL(record.url).host, session.register(record)), { waitUntil: 'domcontentloaded' });
      // The background keeps the tab's record in storage.session: wait until it has this one.
      await panel.waitForFunction(
        (/** @type {string} */ key, /** @type {number} */ since) => window.__cwProbe.stored.some((s) => s.key === key && s.t >= since),
        { timeout: 10_000, polling: 10 },
        record.key,
        loaded - 5,
      );
      await pause(30);
      const since = epoch() - 5;
      await back.bringToFront();
      const shown = await session.shown(panel, record.key, since);
      const visible = await back.evaluate(() => window.__bench.visibleAt());
      const heard = await panel
        .waitForFunction(
          (/** @type {string} */ key, /** @type {number} */ s) => window.__cwProbe.activated.find((a) => a.key === key && a.heard >= s),
          { timeout: 5000, polling: 10 },
          record.key,
          since,
        )
        // waitForFunction resolves only on an entry found.
        .then((h) => /** @type {Promise<PanelProbe['activated'][number]>} */ (h.jsonValue()));
      const t0 = typeof visible === 'number' && visible >= since ? Math.min(visible, heard.heard) : heard.heard;
      if (k >= warmup) {
        ours.push(shown.t - t0);
        base.push(heard.read - t0);
      }
      front = 1 - front;
    }
    return metric({
      ...TAB_SWITCH,
      samples: ours,
      baseline: { name: 'panel hears tabs.onActivated and reads storage.session', samples: base },
      note: `${ours.length} switches between two tabs (after ${warmup} unrecorded), each to a record the panel has not shown yet; from the earlier of the tab's visibilitychange and the panel's tabs.onActivated to the record-shown mark`,
    });
  } finally {
    for (const p of pages) await p.close().catch(() => undefined);
  }
}

/**
 * A CRM page loads in the tab the open panel follows; from the page's DOMContentLoaded to the record-shown mark.
 * @param {Session} session
 * @param {Moves} moves
 */
export async function pageLoadMetric(session, { targets, warmup }) {
  const page = await session.newPage();
  try {
    const panel = await openOn(session, page, /** @type {SeedRecord} */ (targets[0]));
    /** @type {number[]} */
    const ours = [];
    /** @type {number[]} */
    const base = [];
    for (const [k, record] of targets.slice(1).entries()) {
      const since = epoch() - 5;
      await page.goto(session.url(new URL(record.url).host, session.register(record)), { waitUntil: 'domcontentloaded' });
      const shown = await session.shown(panel, record.key, since);
      const load = await page.evaluate(() => window.__bench.load());
      const dcl = load.timeOrigin + /** @type {number} */ (load.domContentLoaded);
      const stored = await panel
        .waitForFunction(
          (/** @type {string} */ key, /** @type {number} */ s) => window.__cwProbe.stored.find((x) => x.key === key && x.t >= s),
          { timeout: 5000, polling: 10 },
          record.key,
          since,
        )
        .then((h) => /** @type {Promise<PanelProbe['stored'][number]>} */ (h.jsonValue()));
      if (k >= warmup) {
        ours.push(shown.t - dcl);
        base.push(stored.t - dcl);
      }
      await pause(40);
    }
    return metric({
      ...PAGE_LOAD,
      samples: ours,
      baseline: { name: "the tab's record in storage.session, heard in the panel", samples: base },
      note: `${ours.length} loads of seeded Salesforce record pages (after ${warmup} unrecorded) in the tab the open panel follows, from the page's DOMContentLoaded to the record-shown mark; the baseline is the background's storage.session write for the tab reaching the panel`,
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}
