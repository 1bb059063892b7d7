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

/** The mark's name in entrypoints/sidepanel/App.tsx (a wrong name here fails every load). */
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

async function evaluate(browser, sessionId, expression, { awaitPromise = false } = {}) {
  const { result, exceptionDetails } = await browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise }, sessionId);
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * The fixture server and a bare Chromium on the profile, the tab found and the extension
 * given a second to start; `run({ browser, tab })` does the measuring, then both close.
 */
async function bareSession({ extensionDir, userDataDir, pages }, run) {
  const server = await startFixtureServer({ extraPage: benchPages(pages) });
  const browser = await launchBare({ extensionDir, userDataDir, port: server.port });
  try {
    const tab = await waitFor(async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page'), 15_000, 'a tab');
    // The extension's service worker and first database open, before anything is timed.
    await sleep(1000);
    return await run({ browser, tab });
  } finally {
    await browser.close();
    await server.close();
  }
}

const navigate = (browser, tab, url) => attached(browser, tab.targetId, (s) => browser.send('Page.navigate', { url }, s));

/** The sidebar frame's target, other than `except` (the frame of the page before). */
const sidebarFrame = (browser, what, except) =>
  waitFor(
    async () => (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'iframe' && t.url.includes('/sidebar.html') && t.targetId !== except),
    10_000,
    `the sidebar frame on ${what}`,
  );

/**
 * The sidebar's latest mark once it is for `record`: when (wall clock, ms) and the name its
 * header showed in that commit.
 */
const markFor = (browser, frame, record) =>
  waitFor(
    async () => {
      const mark = await attached(browser, frame.targetId, (s) =>
        evaluate(browser, s, `(() => { const m = performance.getEntriesByName(${JSON.stringify(RECORD_SHOWN_MARK)}).at(-1); return m ? { t: performance.timeOrigin + m.startTime, ...m.detail } : null; })()`),
      );
      return mark?.key === record.key ? mark : null;
    },
    10_000,
    `the sidebar's mark for ${record.key}`,
    50,
  );

/**
 * Loads each record's page in one tab, unattached, and returns per load the time from
 * navigation start to the sidebar's mark, after the page's DOMContentLoaded, and that
 * DOMContentLoaded; `wrongNames`: loads whose first commit showed another name than the
 * record's. The profile must not be open in another browser.
 *
 * @param {{ extensionDir: string, userDataDir: string, pages: Map<string, object>, records: { url: string, key: string, name: string }[], register: (record: object) => string, warmup?: number }} options
 */
export function unattachedLoads({ records, register, warmup = 3, ...where }) {
  return bareSession(where, async ({ browser, tab }) => {
    const out = [];
    let wrongNames = 0;
    let frame;
    for (const [k, record] of records.entries()) {
      const url = `https://${new URL(record.url).host}${register(record)}`;
      await navigate(browser, tab, 'about:blank');
      await sleep(50);
      await navigate(browser, tab, url);
      // Nothing is attached while the page and the sidebar load (about 100–150 ms here); the
      // polling below attaches only after that.
      await sleep(250);
      frame = await sidebarFrame(browser, url, frame?.targetId);
      const shown = await markFor(browser, frame, record);
      const load = await attached(browser, tab.targetId, (s) =>
        evaluate(browser, s, `(() => { const n = performance.getEntriesByType('navigation')[0]; return { timeOrigin: performance.timeOrigin, dcl: n.domContentLoadedEventStart, href: location.href }; })()`),
      );
      if (load.href !== url) throw new Error(`the tab is on ${load.href}, expected ${url}`);
      if (k < warmup) continue;
      if (shown.name !== record.name) wrongNames++;
      const sinceStart = shown.t - load.timeOrigin;
      out.push({ afterDcl: sinceStart - load.dcl, sinceStart, dcl: load.dcl });
    }
    return { loads: out, wrongNames };
  });
}

/**
 * How many records the sidebar frame's database holds (-1 if it cannot be read): a seed
 * restored for another build folder (another extension id) is invisible to the frame, and
 * moving between records it does not have measures an empty database.
 */
export const STORED_RECORDS = `new Promise((resolve) => {
  const open = indexedDB.open('closeward');
  open.onerror = () => resolve(-1);
  open.onsuccess = () => {
    const db = open.result;
    try {
      const count = db.transaction('records').objectStore('records').count();
      count.onsuccess = () => { resolve(count.result); db.close(); };
      count.onerror = () => resolve(-1);
    } catch {
      resolve(-1);
    }
  };
})`;

/**
 * Metric 1 without a debugger in the moves: the bench page is told to pushState to the next
 * record 30 ms later and everything detaches; after the move the page's pushState time, when
 * `#closeward-root` carried the new key, and the sidebar's mark for the new record are read.
 * Returns ms from pushState to the mark, per move: `cold`, the first `warmup` moves after the
 * browser started, and `samples`, the rest; `root`, ms from pushState to the new key on
 * `#closeward-root` (counted moves, metric 1a); `wrongNames`: counted moves whose first commit
 * showed another name than the record's; `stored`: the records in the sidebar's database.
 * The first moves after a start read the database's files cold (Chromium opens each of the
 * store's table files and its index on first use), several times slower than later ones.
 *
 * @param {{ extensionDir: string, userDataDir: string, pages: Map<string, object>, targets: { url: string, key: string, name: string }[], register: (record: object) => string, warmup?: number, pauseMs?: number }} options
 */
export function unattachedNavigations({ warmup = 5, ...options }) {
  const out = [];
  const cold = [];
  let wrongNames = 0;
  const root = [];
  let stored;
  return moves(options, undefined, async ({ k, target, ms, shown, moved, browser, frame }) => {
    if (moved.tRoot === undefined) throw new Error(`#closeward-root never carried ${target.key}`);
    if (k === 0) stored = await attached(browser, frame.targetId, (s) => evaluate(browser, s, STORED_RECORDS, { awaitPromise: true }));
    (k >= warmup ? out : cold).push(ms);
    if (k < warmup) return;
    root.push(moved.tRoot - moved.t0);
    if (shown.name !== target.name) wrongNames++;
  }).then(() => ({ samples: out, root, cold, wrongNames, stored }));
}

/** The frame's latest read-ahead mark (lib/state/live-record.ts RECORD_PREFETCHED_MARK): its key. */
export const RECORD_PREFETCHED_MARK = 'closeward:record-prefetched';

/**
 * The read ahead, measured as a rep uses it: moves alternate between a plain pushState (as
 * metric 1) and a pointer that first rests on a link to the next record (a trusted mouse move
 * from the DevTools Input domain onto a link the bench page shows at the top left), with the
 * pushState `leadMs` later, as a click would come. Returns both kinds of moves (ms from
 * pushState to the sidebar's mark) and how many hovered moves found no read ahead for their
 * record when the move came.
 */
export function unattachedHoverNavigations({ warmup = 15, leadMs = 150, ...options }) {
  const plain = [];
  const hovered = [];
  let missed = 0;
  const hover = (k) => k % 2 === 1;
  return moves(
    options,
    async ({ k, path, browser, session }) => {
      if (!hover(k)) return undefined;
      await evaluate(
        browser,
        session,
        `(() => { let a = document.getElementById('bench-next'); if (!a) { a = document.createElement('a'); a.id = 'bench-next'; a.textContent = 'Next record'; ` +
          `a.style.cssText = 'position:fixed;left:0;top:0;width:120px;height:24px;z-index:2147483647;background:#fff'; document.body.append(a); } a.href = ${JSON.stringify(path)}; return true; })()`,
      );
      await browser.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 300, y: 300 }, session);
      await browser.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 20, y: 12 }, session);
      return leadMs;
    },
    async ({ k, target, ms, browser, frame }) => {
      if (k < warmup) return;
      if (!hover(k)) return void plain.push(ms);
      hovered.push(ms);
      const ahead = await attached(browser, frame.targetId, (s) =>
        evaluate(browser, s, `performance.getEntriesByName(${JSON.stringify(RECORD_PREFETCHED_MARK)}).at(-1)?.detail?.key ?? null`),
      );
      if (ahead !== target.key) missed++;
    },
  ).then(() => ({ plain, hovered, missed }));
}

/**
 * Opens the first target's page, then moves the tab to each next target with the bench
 * page's pushState, nothing attached during a move, about `pauseMs` apart. `prepare({ k, path,
 * browser, session })` runs attached before each move and may return the delay before its
 * pushState (30 ms otherwise); `measured({ k, target, ms, shown, moved, browser, frame })` gets
 * each move's time from the pushState to the sidebar's mark for the target (`moved`: the bench
 * page's record of the move, window.__bench.result).
 */
function moves({ targets, register, pauseMs = 150, ...where }, prepare, measured) {
  return bareSession(where, async ({ browser, tab }) => {
    const [start, ...rest] = targets;
    const startUrl = `https://${new URL(start.url).host}${register(start)}`;
    await navigate(browser, tab, startUrl);
    const frame = await sidebarFrame(browser, startUrl);
    await markFor(browser, frame, start);
    for (const [k, target] of rest.entries()) {
      const path = register(target);
      const { title, heading } = where.pages.get(path);
      let delay = 30;
      await attached(browser, tab.targetId, async (session) => {
        delay = (await prepare?.({ k, path, browser, session })) ?? 30;
        await evaluate(browser, session, `setTimeout(() => window.__bench.navigate(${JSON.stringify(path)}, ${JSON.stringify(title)}, ${JSON.stringify(heading)}, ${JSON.stringify(target.key)}), ${delay}), true`);
      });
      await sleep(pauseMs + delay - 30);
      const shown = await markFor(browser, frame, target);
      const moved = await attached(browser, tab.targetId, (s) => evaluate(browser, s, 'window.__bench.result(true)'));
      if (!moved || moved.key !== target.key) throw new Error(`the page did not move to ${target.key}`);
      await measured({ k, target, ms: shown.t - moved.t0, shown, moved, browser, frame });
    }
  });
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
