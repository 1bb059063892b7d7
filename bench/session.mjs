// One Chromium (puppeteer-core) for the browser metrics: the built extension plus the floor
// extension, every host mapped to the fixture server, which serves the bench CRM page for any
// host:
//   acme.lightning.force.com  Closeward's Salesforce content script runs (a real manifest match)
//   floor.bench.test          only the floor extension's content script runs
//   plain.bench.test          no extension runs: the same page, for baselines
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, openPanel, PANEL_FILE } from '../scripts/browser.mjs';
import { startFixtureServer } from '../tests/fixtures/demo/server.mjs';
import { benchPages } from '../tests/fixtures/bench/crm-page.mjs';
import { ROOT } from './build.mjs';
import { extensionIdFor } from './seed-cache.mjs';
import { pageOf } from './seed.mjs';

export const FLOOR_DIR = join(ROOT, 'bench', 'floor-extension');
export const FLOOR_HOST = 'floor.bench.test';
/** A side panel that only puts one line in its DOM: the least any extension's panel takes to show something. */
export const FLOOR_PANEL_DIR = join(ROOT, 'bench', 'floor-panel');
export const PLAIN_HOST = 'plain.bench.test';
/** The panel's User Timing mark when a record's data reaches its DOM (entrypoints/sidepanel/App.tsx). */
export const RECORD_SHOWN_MARK = 'closeward:record-shown';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./seed.mjs').SeedRecord} SeedRecord
 * @typedef {import('./globals').PanelProbe} PanelProbe
 * @typedef {Awaited<ReturnType<typeof startSession>>} Session Chromium with the extension, the fixture server, and helpers.
 */

/** A new, empty Chromium profile folder for one bench run (removed when the run ends). */
export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'closeward-bench-profile-'));
}

/**
 * Runs in the panel: keeps every record-shown mark (the panel clears the last one before it
 * sets the next) on the epoch clock, and notes when the panel itself could first know of a
 * tab switch or of a tab's stored record: the floors the tab-switch and page-load metrics
 * compare with. Other `closeward:` marks (the day view's, search's) are kept on the panel's
 * own clock, with the key presses.
 *
 * @param {string} markName
 */
function panelProbe(markName) {
  if (window.__cwProbe) return;
  const now = () => performance.timeOrigin + performance.now();
  /** @type {PanelProbe['shown']} */
  const shown = [];
  /** @type {PanelProbe['marks']} */
  const marks = [];
  /** @type {PanelProbe['keys']} */
  const keys = [];
  /** @type {PanelProbe['activated']} */
  const activated = [];
  /** @type {PanelProbe['stored']} */
  const stored = [];
  new PerformanceObserver((list) => {
    for (const e of /** @type {PerformanceMark[]} */ (list.getEntries())) {
      if (e.name === markName) shown.push({ t: performance.timeOrigin + e.startTime, key: e.detail?.key, name: e.detail?.name });
      else if (e.name.startsWith('closeward:')) marks.push({ name: e.name, at: e.startTime, detail: e.detail ?? null });
    }
  }).observe({ type: 'mark', buffered: true });
  // When each key was pressed (panel clock), for "keystroke → search results".
  addEventListener(
    'keydown',
    (e) => {
      /** @type {PanelProbe['keys'][number]} */
      const entry = { key: e.key, at: e.timeStamp };
      keys.push(entry);
      requestAnimationFrame((frame) => (entry.frame = frame));
    },
    true,
  );
  // The least a panel can do on a tab switch: hear of it and read the tab's stored record.
  chrome.tabs.onActivated.addListener(({ tabId }) => {
    const heard = now();
    void chrome.storage.session
      .get(`tab:${tabId}`)
      .then((all) => activated.push({ tabId, heard, read: now(), key: /** @type {{ key?: string } | undefined} */ (all[`tab:${tabId}`])?.key }));
  });
  chrome.storage.session.onChanged.addListener((changes) => {
    for (const [k, change] of Object.entries(changes)) {
      const key = /** @type {{ key?: string } | undefined} */ (change.newValue)?.key;
      if (k.startsWith('tab:') && key) stored.push({ t: now(), key });
    }
  });
  window.__cwProbe = { shown, marks, keys, activated, stored };
}

/**
 * @param {{ extensionDir: string, userDataDir?: string, pages?: Map<string, { title: string, heading: string, sub?: string }> }} options
 *   userDataDir: a profile made by newProfileDir (e.g. with a restored seed); a new one otherwise.
 */
export async function startSession({ extensionDir, userDataDir = newProfileDir(), pages = new Map() }) {
  // pages: path → what the page shows; filled by the metric groups before they load a path.
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  const extensionId = extensionIdFor(extensionDir);
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      pipe: true,
      enableExtensions: [extensionDir, FLOOR_DIR, FLOOR_PANEL_DIR],
      userDataDir,
      acceptInsecureCerts: true,
      defaultViewport: null,
      // Seeding 100,000 records is one call into the bench page that takes minutes.
      protocolTimeout: 900_000,
      args: chromiumArgs({ port: server.port }),
    });
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 15_000 });
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    throw error;
  }
  /** @type {string[]} */
  const errors = [];
  /** @param {unknown} e what the page threw (an Error, or any value) */
  const messageOf = (e) => (e instanceof Error ? e.message : String(e));
  const recentErrors = () => (errors.length ? ` (uncaught errors: ${[...new Set(errors.slice(-5))].join(' | ')})` : '');

  const session = {
    browser,
    extensionId,
    userDataDir,
    port: server.port,
    pages,
    recentErrors,
    /**
     * Makes the fixture server title `path` like the CRM page of this seeded record.
     * @param {SeedRecord} record
     */
    register(record) {
      const path = new URL(record.url).pathname;
      pages.set(path, pageOf(record));
      return path;
    },
    /**
     * @param {string} host
     * @param {string} path
     */
    url(host, path) {
      return `https://${host}${path}`;
    },
    async newPage() {
      const page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(`${page.url().slice(0, 60)}: ${messageOf(e)}`));
      return page;
    },
    /**
     * Opens the side panel from the toolbar icon with `page`'s tab in front, with the probe in it.
     * @param {Page} page
     */
    async openPanel(page) {
      // An open panel stays open across tabs: bring the tab forward in either case.
      await page.bringToFront();
      const panel = await openPanel(browser, extensionId, page);
      panel.on('pageerror', (e) => errors.push(`panel: ${messageOf(e)}`));
      await panel.waitForFunction(() => document.readyState !== 'loading');
      await panel.evaluate(panelProbe, RECORD_SHOWN_MARK);
      return panel;
    },
    /**
     * The panel's first record-shown mark for `key` at or after `since` (epoch ms): { t, key, name }.
     * @param {Page} panel
     * @param {string} key
     * @param {number} since
     * @returns {Promise<PanelProbe['shown'][number]>}
     */
    async shown(panel, key, since, timeout = 10_000) {
      const hit = await panel
        .waitForFunction((k, s) => window.__cwProbe.shown.find((m) => m.key === k && m.t >= s), { timeout, polling: 'raf' }, key, since)
        .catch(() => null);
      if (!hit) throw new Error(`the panel set no ${RECORD_SHOWN_MARK} mark for ${key} within ${timeout} ms${recentErrors()}`);
      // waitForFunction resolves only on a mark found.
      return /** @type {Promise<PanelProbe['shown'][number]>} */ (hit.jsonValue());
    },
    /** @param {Page} panel */
    probe: (panel) => panel.evaluate(() => ({ activated: window.__cwProbe.activated.slice(), stored: window.__cwProbe.stored.slice() })),
    panelUrl: `chrome-extension://${extensionId}${PANEL_FILE}`,
    /** Closes every tab but a blank one, and the side panels left open, so memory and traces see only their own. */
    async closePages() {
      const keep = await browser.newPage();
      for (const p of await browser.pages()) if (p !== keep) await p.close().catch(() => undefined);
      // A side panel is no tab: browser.pages() leaves it out.
      for (const t of browser.targets()) {
        if (t.url().endsWith(PANEL_FILE))
          await t.asPage().then(
            (p) => p.close(),
            () => undefined,
          );
      }
      return keep;
    },
    /** Ends the browser and the server; the profile is deleted unless kept for a relaunch. */
    async close({ keepProfile = false } = {}) {
      await browser.close().catch(() => undefined);
      await server.close();
      if (!keepProfile && userDataDir.includes('closeward-bench-profile-')) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}
