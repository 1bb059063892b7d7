// Metric 5 without a debugger in the loads. Playwright attaches to every frame as it starts,
// the sidebar's out-of-process frame included, and holds each one until its driver has set
// it up: a cost on exactly the path metric 5 measures, which a rep's browser does not pay.
// Here Chromium runs on its own, driven through --remote-debugging-pipe; a page is attached
// only to be told where to go and detached before it loads, and read only after the sidebar
// has finished. The sidebar says when it showed a record with a User Timing mark (App.tsx,
// RECORD_SHOWN_MARK) set in the same commit that puts the record's checklist in the DOM.
import { spawn } from 'node:child_process';
import { findChromium, chromiumArgs } from '../scripts/browser.mjs';
import { startFixtureServer } from '../tests/fixtures/demo/server.mjs';
import { benchPages } from '../tests/fixtures/bench/crm-page.mjs';

/** The mark's name in entrypoints/sidebar/App.tsx (a wrong name here fails every load). */
export const RECORD_SHOWN_MARK = 'closeward:record-shown';
// What Playwright passes besides our own switches, where it touches timing (so the two
// launches differ in the debugger only).
const LIKE_PLAYWRIGHT = [
  '--headless',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--hide-scrollbars',
  '--mute-audio',
  '--window-size=1400,900',
];

/** Chromium over a CDP pipe (fd 3 in, fd 4 out, NUL-separated JSON). */
async function launchBare({ extensionDir, userDataDir, port }) {
  const child = spawn(
    findChromium(),
    [...chromiumArgs({ port, extensionDir, extraArgs: LIKE_PLAYWRIGHT }), `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let id = 0;
  const pending = new Map();
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiter = message.id !== undefined ? pending.get(message.id) : undefined;
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id: n, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const close = async () => {
    await send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    child.kill('SIGKILL');
  };
  return { send, close };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn(sessionId)` attached to a target, then detaches. */
async function attached(browser, targetId, fn) {
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    return await fn(sessionId);
  } finally {
    await browser.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

async function evaluate(browser, sessionId, expression) {
  const { result, exceptionDetails } = await browser.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * Loads each record's page in one tab, unattached, and returns per load the time from
 * navigation start to the sidebar's mark, after the page's DOMContentLoaded, and that
 * DOMContentLoaded. The profile must not be open in another browser.
 *
 * @param {{ extensionDir: string, userDataDir: string, pages: Map<string, object>, records: { url: string, key: string }[], register: (record: object) => string, warmup?: number }} options
 */
export async function unattachedLoads({ extensionDir, userDataDir, pages, records, register, warmup = 3 }) {
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  const browser = await launchBare({ extensionDir, userDataDir, port: server.port });
  try {
    const page = await waitFor(async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page'), 15_000, 'a tab');
    // The extension's service worker and first database open, before anything is timed.
    await sleep(1000);
    const out = [];
    let previousFrame;
    for (const [k, record] of records.entries()) {
      const path = register(record);
      const url = `https://${new URL(record.url).host}${path}`;
      await attached(browser, page.targetId, async (s) => {
        await browser.send('Page.navigate', { url: 'about:blank' }, s);
      });
      await sleep(50);
      await attached(browser, page.targetId, (s) => browser.send('Page.navigate', { url }, s));
      // Nothing is attached while the page and the sidebar load (about 100–150 ms here); the
      // polling below attaches only after that.
      await sleep(250);
      const frame = await waitFor(
        async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'iframe' && t.url.includes('/sidebar.html') && t.targetId !== previousFrame),
        10_000,
        `the sidebar frame on ${url}`,
      );
      previousFrame = frame.targetId;
      const shown = await waitFor(
        () =>
          attached(browser, frame.targetId, (s) =>
            evaluate(browser, s, `(() => { const m = performance.getEntriesByName(${JSON.stringify(RECORD_SHOWN_MARK)}).at(-1); return m ? { timeOrigin: performance.timeOrigin, at: m.startTime, key: m.detail } : null; })()`),
          ),
        10_000,
        `the sidebar's mark on ${url}`,
        100,
      );
      if (shown.key !== record.key) throw new Error(`the sidebar marked ${shown.key}, expected ${record.key}`);
      const load = await attached(browser, page.targetId, (s) =>
        evaluate(browser, s, `(() => { const n = performance.getEntriesByType('navigation')[0]; return { timeOrigin: performance.timeOrigin, dcl: n.domContentLoadedEventStart, href: location.href }; })()`),
      );
      if (load.href !== url) throw new Error(`the tab is on ${load.href}, expected ${url}`);
      if (k < warmup) continue;
      const sinceStart = shown.timeOrigin + shown.at - load.timeOrigin;
      out.push({ afterDcl: sinceStart - load.dcl, sinceStart, dcl: load.dcl });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

const markOf = (browser, frameId) =>
  attached(browser, frameId, (s) =>
    evaluate(browser, s, `(() => { const m = performance.getEntriesByName(${JSON.stringify(RECORD_SHOWN_MARK)}).at(-1); return m ? { t: performance.timeOrigin + m.startTime, key: m.detail } : null; })()`),
  );

/**
 * Metric 1 without a debugger in the moves: the bench page is told to pushState to the next
 * record 30 ms later and everything detaches; after the move the page's pushState time and
 * the sidebar's mark for the new record are read. Returns ms from pushState to the mark, per
 * move: `cold`, the first `warmup` moves after the browser started, and `samples`, the rest.
 * The first moves after a start read the database's files cold (Chromium opens each of the
 * store's table files and its index on first use), several times slower than later ones.
 *
 * @param {{ extensionDir: string, userDataDir: string, pages: Map<string, object>, targets: { url: string, key: string }[], register: (record: object) => string, warmup?: number, pauseMs?: number }} options
 */
export async function unattachedNavigations({ extensionDir, userDataDir, pages, targets, register, warmup = 5, pauseMs = 150 }) {
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  const browser = await launchBare({ extensionDir, userDataDir, port: server.port });
  try {
    const page = await waitFor(async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page'), 15_000, 'a tab');
    await sleep(1000);
    const [start, ...rest] = targets;
    const startUrl = `https://${new URL(start.url).host}${register(start)}`;
    await attached(browser, page.targetId, (s) => browser.send('Page.navigate', { url: startUrl }, s));
    const frame = await waitFor(
      async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'iframe' && t.url.includes('/sidebar.html')),
      10_000,
      `the sidebar frame on ${startUrl}`,
    );
    await waitFor(async () => (await markOf(browser, frame.targetId))?.key === start.key, 10_000, `the sidebar's mark on ${startUrl}`, 50);
    const out = [];
    const cold = [];
    for (const [k, target] of rest.entries()) {
      const path = register(target);
      const { title, heading } = pages.get(path);
      await attached(browser, page.targetId, (s) =>
        evaluate(browser, s, `setTimeout(() => window.__bench.navigate(${JSON.stringify(path)}, ${JSON.stringify(title)}, ${JSON.stringify(heading)}, ${JSON.stringify(target.key)}), 30), true`),
      );
      await sleep(pauseMs);
      const shown = await waitFor(
        async () => {
          const mark = await markOf(browser, frame.targetId);
          return mark?.key === target.key ? mark : null;
        },
        10_000,
        `the sidebar's mark for ${target.key}`,
        50,
      );
      const moved = await attached(browser, page.targetId, (s) => evaluate(browser, s, 'window.__bench.result(true)'));
      if (!moved || moved.key !== target.key) throw new Error(`the page did not move to ${target.key}`);
      (k >= warmup ? out : cold).push(shown.t - moved.t0);
    }
    return { samples: out, cold };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function waitFor(probe, timeout, what, every = 25) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`no ${what} within ${timeout} ms`);
    await sleep(every);
  }
}
