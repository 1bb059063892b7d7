// One Chromium for all browser metrics: the built extension plus the floor extension, every
// host mapped to the fixture server, which serves the bench CRM page for any host:
//   acme.lightning.force.com  the product's content script runs (a real manifest match)
//   floor.bench.test          only the floor extension's content script runs
//   plain.bench.test          no extension runs: the same page, for baselines
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

  window.__cwBenchFrame = {
    /** The first time this frame showed a record with its checklist. */
    first: () => (first ? Promise.resolve(first) : new Promise((resolve) => firstWaiters.push(resolve))),
    expect(id, key, name) {
      expected = { id, key, name };
    },
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

/**
 * @param {{ extensionDir: string, floorDir: string }} options
 */
export async function startSession({ extensionDir, floorDir }) {
  /** path → what the page shows; filled by the metric groups before they load a path. */
  const pages = new Map();
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  let launched;
  try {
    launched = await launchWithExtension({ port: server.port, extensionDir: `${extensionDir},${floorDir}` });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context, extensionId, userDataDir } = launched;
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
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
    },
  };
  return session;
}
