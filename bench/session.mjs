// One Chromium for all browser metrics: the built extension plus the floor extension, every
// host mapped to the fixture server, which serves the bench CRM page for any host:
//   acme.lightning.force.com  the product's content script runs (a real manifest match)
//   floor.bench.test          only the floor extension's content script runs
//   plain.bench.test          no extension runs: the same page, for baselines
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/browser.mjs';
import { startFixtureServer } from '../tests/fixtures/demo/server.mjs';
import { benchPages } from '../tests/fixtures/bench/crm-page.mjs';
import { pageOf } from './seed.mjs';

export const FLOOR_HOST = 'floor.bench.test';
export const PLAIN_HOST = 'plain.bench.test';

/**
 * Init script for every frame; does something only in the sidebar frame. It watches the
 * sidebar's DOM from the frame's first moment and timestamps (on the wall clock shared
 * through performance.timeOrigin) when a record is shown with its name and checklist.
 */
function frameWatcher() {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/sidebar.html')) return;
  const now = () => performance.timeOrigin + performance.now();
  let first = null;
  const firstWaiters = [];
  let expected = null;
  const results = new Map();
  const waiters = new Map();

  const check = () => {
    const main = document.querySelector('main.cw-sidebar');
    if (!main) return;
    const key = main.getAttribute('data-record-key');
    const loaded = main.getAttribute('data-loaded') === 'true';
    const name = document.querySelector('[data-testid="record-name"]')?.textContent ?? '';
    const ready = loaded && name !== '' && document.querySelector('[data-criterion]') !== null;
    if (ready && !first) {
      first = { t: now(), key, name };
      firstWaiters.splice(0).forEach((resolve) => resolve(first));
    }
    const e = expected;
    if (e && key === e.key) {
      if (name && name !== e.name && e.wrongName === undefined) e.wrongName = name;
      if (ready && name === e.name) {
        const result = { t: now(), wrongName: e.wrongName };
        results.set(e.id, result);
        expected = null;
        waiters.get(e.id)?.(result);
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // A timeline of what the sidebar does (port messages, database transactions), so a missed
  // budget comes with where the time went. Wrappers only note a time and call through.
  const marks = [];
  const mark = (label) => {
    if (marks.length < 500) marks.push([now(), label]);
  };
  mark('frame init');
  document.addEventListener('DOMContentLoaded', () => mark('frame DOMContentLoaded'));
  try {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      mark('idb open');
      const request = open.apply(this, args);
      request.addEventListener('success', () => mark('idb opened'));
      return request;
    };
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, options) {
      const tx = transaction.call(this, stores, mode, options);
      const what = `${mode === 'readwrite' ? 'write' : 'read'} ${[].concat(stores).join('+')}`;
      mark(`${what} start`);
      tx.addEventListener('complete', () => mark(`${what} done`));
      return tx;
    };
    const tabs = globalThis.chrome?.tabs;
    if (tabs?.connect) {
      const connect = tabs.connect;
      tabs.connect = function (...args) {
        mark('connect');
        const port = connect.apply(this, args);
        const add = port.onMessage.addListener.bind(port.onMessage);
        port.onMessage.addListener = (listener) =>
          add((message, p) => {
            mark(`message ${message?.type}${message?.type === 'record' ? (message.page?.name ? ' named' : ' unnamed') : ''}`);
            return listener(message, p);
          });
        return port;
      };
    }
  } catch {
    // The timeline is a diagnostic: without it the measurements still hold.
  }

  window.__cwBenchFrame = {
    /** The first time this frame showed a record with its checklist. */
    first: () => (first ? Promise.resolve(first) : new Promise((resolve) => firstWaiters.push(resolve))),
    expect(id, key, name) {
      expected = { id, key, name };
      marks.length = 0;
    },
    /** [time, label] pairs noted since the last expect() (or since the frame started). */
    marks: () => marks.slice(),
    wait(id, timeout = 10000) {
      if (results.has(id)) return Promise.resolve(results.get(id));
      return new Promise((resolve, reject) => {
        waiters.set(id, resolve);
        setTimeout(() => reject(new Error(`sidebar did not show navigation ${id} within ${timeout} ms`)), timeout);
      });
    },
    /**
     * Offset of the page's clock against this frame's (page − frame), from the ping with
     * the shortest round trip through postMessage: the page's bench script answers.
     */
    async calibrate(n = 15) {
      let best = null;
      for (let i = 0; i < n; i++) {
        const id = `${i}-${Math.random()}`;
        const t0 = now();
        const tPage = await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no answer from the page to the clock ping')), 2000);
          const on = (event) => {
            if (event.data && event.data.cwBenchPong === id) {
              removeEventListener('message', on);
              clearTimeout(timer);
              resolve(event.data.tPage);
            }
          };
          addEventListener('message', on);
          parent.postMessage({ cwBenchPing: id }, '*');
        });
        const t2 = now();
        if (!best || t2 - t0 < best.rtt) best = { rtt: t2 - t0, offset: tPage - (t0 + t2) / 2 };
      }
      return best;
    },
  };
}

/** A new, empty Chromium profile folder for one bench run (removed when the run ends). */
export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'closeward-bench-profile-'));
}

/**
 * @param {{ extensionDir: string, floorDir: string, userDataDir?: string, pages?: Map<string, object> }} options
 *   userDataDir: a profile made by newProfileDir (e.g. with a restored seed); a new one otherwise.
 */
export async function startSession({ extensionDir, floorDir, userDataDir = newProfileDir(), pages = new Map() }) {
  // pages: path → what the page shows; filled by the metric groups before they load a path.
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  let launched;
  try {
    launched = await launchWithExtension({ port: server.port, extensionDir: `${extensionDir},${floorDir}`, userDataDir });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context, extensionId } = launched;
  await context.addInitScript(frameWatcher);
  // Uncaught errors of any page or frame (the sidebar's too), quoted when a wait times out.
  const errors = [];
  const watch = (page) => page.on('pageerror', (e) => errors.push(`${page.url().slice(0, 60)}: ${e.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  const recentErrors = () => (errors.length ? ` (uncaught errors: ${[...new Set(errors.slice(-5))].join(' | ')})` : '');
  const sidebarPrefix = `chrome-extension://${extensionId}/sidebar.html`;

  const session = {
    context,
    extensionId,
    userDataDir,
    port: server.port,
    pages,
    /** Makes the fixture server title `path` like the CRM page of this seeded record. */
    register(record) {
      const path = new URL(record.url).pathname;
      pages.set(path, pageOf(record));
      return path;
    },
    url(host, path) {
      return `https://${host}${path}`;
    },
    async sidebarFrame(page, timeout = 15000) {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const frame = page.frames().find((f) => f.url().startsWith(sidebarPrefix));
        if (frame) return frame;
        await page.waitForTimeout(10);
      }
      throw new Error(`no sidebar frame on ${page.url()} after ${timeout} ms`);
    },
    /** Waits until the sidebar first showed a record; returns { t, key, name } (frame clock). */
    async firstReady(frame, timeout = 15000) {
      const ready = await frame.evaluate(
        (ms) =>
          Promise.race([
            window.__cwBenchFrame.first(),
            new Promise((resolve) => setTimeout(() => resolve(null), ms)),
          ]),
        timeout,
      );
      if (!ready) throw new Error(`the sidebar showed no record with its checklist within ${timeout} ms${recentErrors()}`);
      return ready;
    },
    recentErrors,
    calibrate(frame, n = 15) {
      return frame.evaluate((count) => window.__cwBenchFrame.calibrate(count), n);
    },
    /** Closes every tab (extension pages too), so memory and tracing see only their own. */
    async closePages() {
      for (const p of context.pages()) await p.close().catch(() => undefined);
    },
    /** Ends the browser and the server; the profile is deleted unless kept for a relaunch. */
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      await server.close();
      if (!keepProfile && userDataDir.includes('closeward-bench-profile-')) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Times (ms after `t0`, page clock) of the first frame mark matching each stage, e.g.
 * { message: /^message record/ } → { message: 8.6 }. `offset` moves frame times onto the page clock.
 */
export function stageTimes(marks, { t0, offset }, stages) {
  const out = {};
  for (const [name, pattern] of Object.entries(stages)) {
    const hit = marks.find(([t, label]) => t + offset >= t0 && pattern.test(label));
    if (hit) out[name] = hit[0] + offset - t0;
  }
  return out;
}

/** "message 8.6 → write done 15.6 → shown 30.7" from lists of stage times (p50 of each). */
export function describeStages(list, order) {
  const parts = [];
  for (const name of order) {
    const values = list.map((x) => x[name]).filter((v) => typeof v === 'number').sort((a, b) => a - b);
    if (values.length) parts.push(`${name} ${values[Math.ceil(values.length / 2) - 1].toFixed(1)}`);
  }
  return parts.join(' → ');
}
