// Content script thread time during a page load, from a Chromium trace (puppeteer's
// page.tracing): the renderer main thread's time inside an extension's isolated world or its
// script URLs, per main-frame load.

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.run', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'TimerFire', 'EventDispatch']);
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

/**
 * One event of a Chromium trace (the fields read here).
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} ph phase: 'X' complete event, 'M' metadata
 * @property {number} ts start, µs
 * @property {number} dur wall time, µs
 * @property {number} [tdur] thread time, µs
 * @property {number} pid
 * @property {number} tid
 * @property {{ name?: string, worldName?: string, fileName?: string, data?: { url?: string, scriptName?: string, isOutermostMainFrame?: boolean, processId?: number } }} [args]
 */

/**
 * Durations (wall and thread time, ms) of the outermost events that satisfy `match`.
 * @param {TraceEvent[]} events
 * @param {(e: TraceEvent) => boolean} match
 */
function outermost(events, match) {
  let end = -Infinity;
  let wall = 0;
  let cpu = 0;
  let cpuKnown = true;
  let count = 0;
  for (const e of events) {
    if (!match(e) || e.ts < end) continue;
    end = e.ts + e.dur;
    wall += e.dur;
    // tdur: the thread's CPU time inside the event (wall time minus time the OS ran something else).
    if (typeof e.tdur === 'number') cpu += e.tdur;
    else cpuKnown = false;
    count++;
  }
  return { wallMs: wall / 1000, cpuMs: cpuKnown ? cpu / 1000 : undefined, count };
}

/** @param {TraceEvent} e */
const urlOf = (e) => {
  const a = e.args ?? {};
  return a.data?.url ?? a.fileName ?? a.data?.scriptName ?? '';
};

/**
 * Splits a trace into https main-frame loads (from one commit to the next) and measures each:
 * time in the given extensions' code (their isolated worlds by name, or their script URLs) and
 * the page's own script time, on the renderer main thread of the page.
 *
 * @param {TraceEvent[]} events traceEvents
 * @param {{ extensions: { extensionId: string, worldName: string }[] }} options
 */
export function analyzeTrace(events, { extensions }) {
  const origins = extensions.map((x) => `chrome-extension://${x.extensionId}/`);
  /** @type {Set<string | undefined>} */
  const worlds = new Set(extensions.map((x) => x.worldName));
  /** @type {Map<number, number>} */
  const mainThread = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThread.set(e.pid, e.tid);
  const commits = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame).sort((a, b) => a.ts - b.ts);
  /** @type {Map<number | undefined, TraceEvent[]>} */
  const byProcess = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || mainThread.get(e.pid) !== e.tid) continue;
    let list = byProcess.get(e.pid);
    if (!list) byProcess.set(e.pid, (list = []));
    list.push(e);
  }
  for (const list of byProcess.values()) list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @param {TraceEvent} e */
  const isExtension = (e) => worlds.has(e.args?.worldName) || origins.some((o) => urlOf(e).startsWith(o));
  const loads = [];
  for (const [i, c] of commits.entries()) {
    // The filter above kept only commits with this data.
    const data = /** @type {{ url: string, processId?: number }} */ (c.args?.data);
    const url = data.url;
    if (!url.startsWith('https://')) continue;
    const end = commits[i + 1]?.ts ?? Infinity;
    const list = (byProcess.get(data.processId) ?? []).filter((e) => e.ts >= c.ts && e.ts < end);
    const ext = outermost(list, isExtension);
    const page = outermost(list, (e) => SCRIPT_EVENTS.has(e.name) && !isExtension(e));
    loads.push({ url, extMs: ext.wallMs, extCpuMs: ext.cpuMs, extEvents: ext.count, pageScriptMs: page.wallMs });
  }
  return loads;
}
