// Metrics 4 and 5: what the extension does to a CRM page's load.
//  5: navigation start → the sidebar frame shows the record with its checklist, against the
//     page's own DOMContentLoaded (one clock: the frame's times are moved onto the page's).
//  4: main-thread time of the page's renderer spent in the content script during the load,
//     from a Chromium trace (devtools.timeline), against the same page on a host where no
//     extension runs.
import { writeFileSync } from 'node:fs';
import { unattachedLoads } from './unattached.mjs';
import { EMPTY_FLOOR_HOST, FLOOR_DIR, IFRAME_FLOOR_HOST } from './floor.mjs';
import { extensionIdFor } from './seed-cache.mjs';
import { describeStages, PLAIN_HOST, stageTimes } from './session.mjs';
import { metric, summarize } from './stats.mjs';

export const LOAD_READY = { id: 'load.sidebarReady', name: '5 page load → sidebar interactive, after DCL', unit: 'ms', budget: { on: 'p95', max: 150, text: 'p95 ≤ 150 ms' } };
export const LOAD_READY_ABS = { id: 'load.sidebarReadyFromStart', name: '5a page load → sidebar interactive, from nav start', unit: 'ms' };
export const LOAD_READY_ATTACHED = { id: 'load.sidebarReadyAttached', name: '5b … with Playwright attached, after DCL', unit: 'ms' };
export const LOAD_COST = { id: 'load.contentScriptMs', name: '4 content script main-thread time in load', unit: 'ms', budget: { on: 'p95', max: 3, text: 'p95 ≤ 3 ms added' } };
export const LOAD_BUSY = { id: 'load.mainThreadAdded', name: '4a page main thread busy in load, with ext', unit: 'ms' };
export const LOAD_FLOOR = { id: 'load.iframeFloorMs', name: '4b floor: content script only inserting an iframe', unit: 'ms' };
export const LOAD_CPU = { id: 'load.contentScriptCpuMs', name: '4c … CPU time of it (thread time), against the floor\'s', unit: 'ms' };
export const LOAD_EMPTY_FLOOR = { id: 'load.emptyScriptCpuMs', name: '4d floor of any content script: one that only reads where it is (thread time)', unit: 'ms' };
export const PAGE_LOAD_METRICS = [LOAD_READY, LOAD_READY_ABS, LOAD_READY_ATTACHED, LOAD_COST, LOAD_BUSY, LOAD_FLOOR, LOAD_CPU, LOAD_EMPTY_FLOOR];
const FLOOR_WORLD = 'Closeward bench floor';

/** The sidebar frame's way from creation to a shown record, from its timeline. */
const LOAD_STAGES = {
  'frame script': /^frame init/,
  'frame DCL': /^frame DOMContentLoaded/,
  connect: /^connect/,
  'db open': /^idb opened/,
  message: /^message record/,
  'record written': /^write records done/,
  'reads start': /^read (?!.*settings)(.*\+)?checklists(\+.*)? start/,
};

async function loadOnce(session, page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
}

/**
 * Metric 5 as a rep's browser sees it: no debugger attached during the loads
 * (bench/unattached.mjs). The Playwright session must be closed: this opens the profile.
 */
export async function sidebarReadyUnattachedMetrics({ extensionDir, userDataDir, pages, register, records, warmup = 3 }) {
  const { loads, wrongNames } = await unattachedLoads({ extensionDir, userDataDir, pages, records, register, warmup });
  const dcl = loads.map((l) => l.dcl);
  const note =
    (wrongNames ? `WARNING: ${wrongNames} loads first showed another name than the record's; ` : '') +
    `${loads.length} loads of seeded records in Chromium driven over a DevTools pipe with nothing attached while the page and the sidebar load; ` +
    `the sidebar's own User Timing mark (set in the commit that puts the record's name and checklist in the DOM; the name checked), read after the load; ` +
    'page and frame times are taken on one clock without calibration (5b calibrates the same two processes: offsets within a few ms, p50 about 0)';
  return [
    metric({ ...LOAD_READY, samples: loads.map((l) => l.afterDcl), baseline: { name: 'DOMContentLoaded (from nav start)', samples: dcl }, note }),
    metric({ ...LOAD_READY_ABS, samples: loads.map((l) => l.sinceStart), baseline: { name: 'DOMContentLoaded', samples: dcl } }),
  ];
}

/**
 * Metric 5 under Playwright (5b): slower than a rep's browser (Playwright holds the sidebar's
 * frame at its start), but with the frame's timeline, so it says where the time goes.
 * `records`: seeded records, one page load each (the first `warmup` not counted).
 */
export async function sidebarReadyMetrics(session, { records, warmup = 3 }) {
  const page = await session.context.newPage();
  const afterDcl = [];
  const dcl = [];
  const offsets = [];
  const stages = [];
  for (const [k, record] of records.entries()) {
    const path = session.register(record);
    await loadOnce(session, page, session.url(new URL(record.url).host, path));
    const frame = await session.sidebarFrame(page);
    const ready = await session.firstReady(frame);
    if (ready.key !== record.key) throw new Error(`sidebar showed ${ready.key}, expected ${record.key}`);
    const clock = await session.calibrate(frame, 6);
    const load = await page.evaluate(() => window.__bench.load());
    if (k < warmup) continue;
    const since = ready.t + clock.offset - load.timeOrigin;
    const marks = await frame.evaluate(() => window.__cwBenchFrame.marks());
    stages.push({ DCL: load.domContentLoaded, ...stageTimes(marks, { t0: load.timeOrigin, offset: clock.offset }, LOAD_STAGES), shown: since });
    dcl.push(load.domContentLoaded);
    afterDcl.push(since - load.domContentLoaded);
    offsets.push(clock.offset);
  }
  await page.close();
  const off = summarize(offsets);
  return [
    metric({
      ...LOAD_READY_ATTACHED,
      samples: afterDcl,
      baseline: { name: 'DOMContentLoaded (from nav start)', samples: dcl },
      note:
        `${afterDcl.length} loads of seeded records; checklist committed in the frame; ` +
        `stages p50 (ms from navigation start): ${describeStages(stages, ['DCL', ...Object.keys(LOAD_STAGES), 'shown'])}; ` +
        `frame clock offset p50 ${off.p50.toFixed(2)} ms (min ${off.min.toFixed(2)}, max ${off.max.toFixed(2)})`,
      extra: { stages },
    }),
  ];
}

// --- metric 4: trace analysis ------------------------------------------------------------------

const SCRIPT_EVENTS = new Set([
  'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'FunctionCall', 'v8.callFunction',
  'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback',
]);
const RENDER_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);

/** Sum of durations of the outermost events that satisfy `match` (nested ones not counted twice). */
function outermost(events, match) {
  let end = -Infinity;
  let total = 0;
  let cpu = 0;
  let cpuKnown = true;
  const picked = [];
  for (const e of events) {
    if (!match(e)) continue;
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    total += e.dur;
    // tdur: the thread's CPU time inside the event (wall time minus the time the OS ran
    // something else on that core).
    if (typeof e.tdur === 'number') cpu += e.tdur;
    else cpuKnown = false;
    picked.push(e);
  }
  return { ms: total / 1000, cpuMs: cpuKnown ? cpu / 1000 : undefined, picked };
}

function urlOf(e) {
  const a = e.args ?? {};
  return a.data?.url ?? a.fileName ?? a.data?.scriptName ?? '';
}

/**
 * Splits a trace into main-frame page loads and measures each: time in the extensions'
 * code (their worlds or their script URLs: Closeward's, and the floor extension's on its
 * own host), forced layout inside it, the page's own script time and the renderer main
 * thread's busy time.
 */
export function analyzeTrace(events, { extensions }) {
  const origins = extensions.map((x) => `chrome-extension://${x.extensionId}/`);
  const worlds = new Set(extensions.map((x) => x.worldName));
  const mainThread = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThread.set(e.pid, e.tid);
  const commits = events
    .filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame)
    .sort((a, b) => a.ts - b.ts);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || mainThread.get(e.pid) !== e.tid) continue;
    let list = byThread.get(e.pid);
    if (!list) byThread.set(e.pid, (list = []));
    list.push(e);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const isExt = (e) => {
    const url = urlOf(e);
    return worlds.has(e.args?.worldName) || origins.some((o) => url.startsWith(o));
  };
  const loads = [];
  for (const [i, c] of commits.entries()) {
    const url = c.args.data.url;
    if (!url.startsWith('https://')) continue;
    const pid = c.args.data.processId;
    const end = commits[i + 1]?.ts ?? Infinity;
    const list = (byThread.get(pid) ?? []).filter((e) => e.ts >= c.ts && e.ts < end);
    const ext = outermost(list, isExt);
    // Forced style and layout inside the extension's code: page work the script caused.
    let forced = 0;
    for (const x of ext.picked) {
      forced += outermost(
        list.filter((e) => e.ts >= x.ts && e.ts + e.dur <= x.ts + x.dur && RENDER_EVENTS.has(e.name)),
        () => true,
      ).ms;
    }
    const compile = ext.picked.length
      ? list.filter((e) => (e.name === 'v8.compile' || e.name === 'v8.parseOnBackground') && isExt(e)).reduce((a, e) => a + e.dur / 1000, 0)
      : 0;
    const pageScript = outermost(list, (e) => SCRIPT_EVENTS.has(e.name) && !isExt(e)).ms;
    const busy = outermost(list, (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').ms;
    loads.push({ url, host: new URL(url).host, extMs: ext.ms, extCpuMs: ext.cpuMs, forcedMs: forced, compileMs: compile, pageScriptMs: pageScript, busyMs: busy, extEvents: ext.picked.length });
  }
  return loads;
}

async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const x of e.value) events.push(x);
  });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'],
      recordMode: 'recordContinuously',
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * Loads each planned URL in one trace ({ url, kind, counted }; `kind` 'ext' waits for the
 * sidebar to show its record) and pairs each with its trace window (analyzeTrace), in order.
 */
async function tracedLoads(session, planned, { worldName }) {
  const page = await session.context.newPage();
  await page.goto('about:blank');
  const cdp = await session.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  let events;
  try {
    for (const { url, kind } of planned) {
      await loadOnce(session, page, url);
      if (kind === 'ext') {
        const frame = await session.sidebarFrame(page);
        await session.firstReady(frame);
      }
      // Trailing work (storage callbacks, the port's first messages) still belongs to the load.
      await page.waitForTimeout(50);
    }
    await page.goto('about:blank');
  } finally {
    events = await stop();
    // For profiling by hand: CLOSEWARD_BENCH_TRACE=file.json keeps the whole trace (open it in
    // the DevTools Performance panel).
    if (process.env.CLOSEWARD_BENCH_TRACE) writeFileSync(process.env.CLOSEWARD_BENCH_TRACE, JSON.stringify({ traceEvents: events }));
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
  const extensions = [
    { extensionId: session.extensionId, worldName },
    { extensionId: extensionIdFor(FLOOR_DIR), worldName: FLOOR_WORLD },
  ];
  const loads = analyzeTrace(events, { extensions });
  const windows = [];
  let cursor = 0;
  for (const p of planned) {
    while (cursor < loads.length && loads[cursor].url !== p.url) cursor++;
    if (cursor >= loads.length) throw new Error(`no trace window for ${p.url}`);
    windows.push({ ...loads[cursor++], ...p });
  }
  return windows;
}

/** Where each kind of load runs: the record's CRM host (Closeward) or a bench host. */
const HOST_OF = {
  ext: (record) => new URL(record.url).host,
  plain: () => PLAIN_HOST,
  floor: () => IFRAME_FLOOR_HOST,
  empty: () => EMPTY_FLOOR_HOST,
};

/** One load of each kind per record (the record's page on that kind's host), the order rotating from record to record. */
function rotation(session, records, warmup, kinds) {
  const planned = [];
  for (const [k, record] of records.entries()) {
    const path = session.register(record);
    const order = [...kinds.slice(k % kinds.length), ...kinds.slice(0, k % kinds.length)];
    for (const kind of order) planned.push({ url: session.url(HOST_OF[kind](record), path), kind, counted: k >= warmup });
  }
  return planned;
}

/**
 * Metric 4. Loads rotate: a record on the CRM host (extension runs), the same page on the
 * plain host (no extension) and on the iframe-floor host (only the floor extension's
 * iframe), `records.length` of each, in one trace.
 */
export async function loadCostMetrics(session, { records, worldName, warmup = 2 }) {
  const windows = await tracedLoads(session, rotation(session, records, warmup, ['ext', 'plain', 'floor']), { worldName });
  const counted = windows.filter((w) => w.counted);
  const withExt = counted.filter((w) => w.kind === 'ext');
  const without = counted.filter((w) => w.kind === 'plain');
  const floor = counted.filter((w) => w.kind === 'floor');
  if (withExt.some((w) => w.extEvents === 0)) throw new Error('a load with the extension shows no content-script events in the trace');
  if (floor.some((w) => w.extEvents === 0)) throw new Error('a load on the iframe-floor host shows no floor content-script events in the trace');
  const strayExt = without.filter((w) => w.extEvents > 0).length;
  const ext = withExt.map((w) => w.extMs);
  const s = (list, f) => summarize(list.map(f));
  const extS = summarize(ext);
  const floorS = s(floor, (w) => w.extMs);
  const forced = s(withExt, (w) => w.forcedMs);
  const compile = s(withExt, (w) => w.compileMs);
  const busyWith = s(withExt, (w) => w.busyMs);
  const busyWithout = s(without, (w) => w.busyMs);
  return [
    metric({
      ...LOAD_COST,
      samples: ext,
      baseline: { name: 'page\'s own scripting, no extension', samples: without.map((w) => w.pageScriptMs) },
      note:
        `${ext.length} traced loads each way; of it forced style/layout p50 ${forced.p50.toFixed(2)} ms / p95 ${forced.p95.toFixed(2)} ms, ` +
        `compile p50 ${compile.p50.toFixed(2)} ms; over the iframe floor (4b) p50 +${(extS.p50 - floorS.p50).toFixed(2)} ms, p95 +${(extS.p95 - floorS.p95).toFixed(2)} ms` +
        (strayExt ? `; ${strayExt} loads without the extension showed extension events (check host mapping)` : ''),
      extra: { windows },
    }),
    metric({
      ...LOAD_BUSY,
      samples: withExt.map((w) => w.busyMs),
      baseline: { name: 'same page, no extension', samples: without.map((w) => w.busyMs) },
      note: `renderer main thread busy from commit to the next navigation; added p50 ${(busyWith.p50 - busyWithout.p50).toFixed(2)} ms (includes style/layout/paint the sidebar causes)`,
    }),
    metric({
      ...LOAD_FLOOR,
      samples: floor.map((w) => w.extMs),
      baseline: { name: 'page\'s own scripting, no extension', samples: without.map((w) => w.pageScriptMs) },
      note:
        `the same pages on ${IFRAME_FLOOR_HOST}, where only bench/floor-extension/iframe-floor.js runs: a host element, a closed shadow root and an extension-page iframe in it, nothing else. ` +
        'Any sidebar the page cannot read costs at least this; most of it is Chromium creating the child frame and its first document inside the script',
    }),
    cpuMetric(withExt, floor),
  ];
}

/**
 * Metric 4c: the same events as metric 4 in thread time (the trace's tdur), against the
 * floor's. On 2 cores the renderer's main thread is often descheduled inside our script while
 * the browser starts the sidebar frame: wall time (metric 4) counts that wait, thread time
 * does not.
 */
function cpuMetric(withExt, floor) {
  const ours = withExt.map((w) => w.extCpuMs);
  const floors = floor.map((w) => w.extCpuMs);
  if (ours.some((v) => v === undefined) || floors.some((v) => v === undefined)) {
    return metric({ ...LOAD_CPU, samples: [], note: 'this Chromium gives no thread time (tdur) for these trace events' });
  }
  const wall = summarize(withExt.map((w) => w.extMs));
  const cpu = summarize(ours);
  return metric({
    ...LOAD_CPU,
    samples: ours,
    baseline: { name: 'the floor\'s thread time (4b)', samples: floors },
    note: `thread time is ${((cpu.p50 / wall.p50) * 100).toFixed(0)}% of metric 4's wall time at p50, ${((cpu.p95 / wall.p95) * 100).toFixed(0)}% at p95: the rest is the page's main thread waiting for a core inside our script`,
  });
}

/**
 * Metric 4d (opt-in group `floors`): what any content script costs before it does anything
 * (bench/floor-extension/empty.js reads the page's URL and root element, nothing else).
 * Loads rotate between Closeward's CRM host, the iframe-floor host (4b) and a host where the
 * floor extension runs that script, in one trace, all in thread time (tdur): the
 * empty script is the isolated world, the script's start and its window and document, the iframe floor adds an
 * extension frame to it, and ours adds the sidebar's work to that.
 */
export async function emptyScriptFloorMetric(session, { records, worldName, warmup = 2 }) {
  const counted = (await tracedLoads(session, rotation(session, records, warmup, ['ext', 'floor', 'empty']), { worldName })).filter((w) => w.counted);
  const of = (kind) => counted.filter((w) => w.kind === kind);
  for (const kind of ['ext', 'floor', 'empty']) {
    if (of(kind).some((w) => w.extEvents === 0)) throw new Error(`a '${kind}' load shows no content-script events in the trace`);
  }
  const cpu = (kind) => of(kind).map((w) => w.extCpuMs);
  if ([...cpu('ext'), ...cpu('floor'), ...cpu('empty')].some((v) => v === undefined)) {
    return [metric({ ...LOAD_EMPTY_FLOOR, samples: [], note: 'this Chromium gives no thread time (tdur) for these trace events' })];
  }
  const [ours, frame, empty] = ['ext', 'floor', 'empty'].map((kind) => summarize(cpu(kind)));
  const wall = summarize(of('empty').map((w) => w.extMs));
  return [
    metric({
      ...LOAD_EMPTY_FLOOR,
      samples: cpu('empty'),
      baseline: { name: 'the iframe floor\'s thread time (4b)', samples: cpu('floor') },
      note:
        `${cpu('empty').length} traced loads each of bench/floor-extension/empty.js, the iframe floor and Closeward, rotating; ` +
        `the empty script's wall time p50 ${wall.p50.toFixed(2)} ms, p95 ${wall.p95.toFixed(2)} ms. In thread time, p50: ` +
        `inserting an extension frame adds ${(frame.p50 - empty.p50).toFixed(2)} ms to the empty script, ` +
        `Closeward's content script (${ours.p50.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)}) ${(ours.p50 - frame.p50).toFixed(2)} ms to the iframe floor`,
    }),
  ];
}
