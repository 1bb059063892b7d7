// What Closeward costs the CRM page itself: its content script's thread time during the page's
// load (from a trace), and the JS heap it adds to the page's renderer.
import { writeFileSync } from 'node:fs';
import { FLOOR_HOST, PLAIN_HOST } from './session.mjs';
import { metric, summarize } from './stats.mjs';
import { analyzeTrace, TRACE_CATEGORIES } from './trace.mjs';
import { extensionIdFor } from './seed-cache.mjs';
import { FLOOR_DIR } from './session.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./session.mjs').Session} Session
 * @typedef {import('./seed.mjs').SeedRecord} SeedRecord
 */

/** @type {import('./stats.mjs').Descriptor} */
export const CONTENT_SCRIPT_TIME = {
  id: 'page.contentScript',
  name: 'content script thread time during page load',
  unit: 'ms',
  budget: { on: 'p95', max: 1, text: 'p95 ≤ 1 ms' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const PAGE_HEAP = { id: 'page.heapAdded', name: 'heap added to the CRM page', unit: 'MB', budget: { on: 'p50', max: 0.5, text: '≤ 0.5 MB' } };
export const FLOOR_WORLD = 'Closeward bench floor';

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads each record's page on its CRM host (Closeward's content script runs) and on the floor
 * host (only the floor's script runs), alternating, in one trace; the thread time (tdur) in
 * each script's isolated world per load.
 *
 * @param {Session} session
 * @param {{ records: SeedRecord[], warmup: number, worldName: string }} options worldName: the extension's name, its isolated world's
 */
export async function contentScriptMetric(session, { records, warmup, worldName }) {
  const page = await session.newPage();
  const planned = [];
  for (const [k, record] of records.entries()) {
    const path = session.register(record);
    const kinds = k % 2 ? ['floor', 'ours'] : ['ours', 'floor'];
    for (const kind of kinds) planned.push({ kind, counted: k >= warmup, url: session.url(kind === 'ours' ? new URL(record.url).host : FLOOR_HOST, path) });
  }
  /** @type {{ traceEvents?: import('./trace.mjs').TraceEvent[] } | import('./trace.mjs').TraceEvent[]} */
  let trace;
  try {
    await page.goto('about:blank');
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    try {
      for (const { url } of planned) {
        await page.goto(url, { waitUntil: 'load' });
        // The content script's reply to its first message still belongs to the load.
        await pause(60);
      }
      await page.goto('about:blank');
    } finally {
      trace = JSON.parse(Buffer.from(/** @type {Uint8Array} */ (await page.tracing.stop())).toString('utf8'));
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  // For profiling by hand: CLOSEWARD_BENCH_TRACE=file.json keeps the trace (DevTools' Performance panel opens it).
  if (process.env.CLOSEWARD_BENCH_TRACE) writeFileSync(process.env.CLOSEWARD_BENCH_TRACE, JSON.stringify({ traceEvents: events }));
  const loads = analyzeTrace(events, {
    extensions: [
      { extensionId: session.extensionId, worldName },
      { extensionId: extensionIdFor(FLOOR_DIR), worldName: FLOOR_WORLD },
    ],
  });
  const windows = [];
  let cursor = 0;
  for (const p of planned) {
    while (cursor < loads.length && loads[cursor]?.url !== p.url) cursor++;
    const load = loads[cursor++];
    if (!load) throw new Error(`no trace of the load of ${p.url}`);
    windows.push({ ...load, ...p });
  }
  const counted = windows.filter((w) => w.counted);
  /** @param {string} kind */
  const of = (kind) => counted.filter((w) => w.kind === kind);
  for (const kind of ['ours', 'floor'])
    if (of(kind).some((w) => w.extEvents === 0)) throw new Error(`a load (${kind}) shows no content script events in the trace`);
  /** @param {string} kind */
  const cpu = (kind) => of(kind).map((w) => w.extCpuMs);
  if ([...cpu('ours'), ...cpu('floor')].some((v) => v === undefined)) throw new Error('this Chromium gives no thread time (tdur) for script events');
  const wall = summarize(of('ours').map((w) => w.extMs));
  // Every thread time is known (checked above); the loads of either kind are not none.
  const [ours, floor] = /** @type {[number[], number[]]} */ ([cpu('ours'), cpu('floor')]);
  const [wallP50, wallP95] = /** @type {[number, number]} */ ([wall.p50, wall.p95]);
  return metric({
    ...CONTENT_SCRIPT_TIME,
    samples: ours,
    baseline: { name: 'a content script that only reads where it is (bench/floor-extension)', samples: floor },
    note: `${of('ours').length} traced loads each of seeded Salesforce record pages (after ${warmup} unrecorded pairs), alternating with the same page where only the floor script runs; thread time (tdur) of the outermost events in each script's isolated world on the page's renderer main thread; our wall time p50 ${wallP50.toFixed(2)} ms, p95 ${wallP95.toFixed(2)} ms`,
  });
}

const MB = 1024 * 1024;

/**
 * Used JS heap of the page's isolate (the page and every isolated world in it), after two full GCs.
 * @param {Page} page
 */
async function heapUsed(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The page's heap with Closeward's content script against the same page where no extension runs, in pairs.
 * @param {Session} session
 * @param {{ records: SeedRecord[] }} options
 */
export async function pageHeapMetric(session, { records }) {
  const page = await session.newPage();
  /** @type {number[]} */
  const withExt = [];
  /** @type {number[]} */
  const without = [];
  try {
    for (const [k, record] of records.entries()) {
      const path = session.register(record);
      for (const run of k % 2 ? ['without', 'with'] : ['with', 'without']) {
        await page.goto('about:blank');
        await page.goto(session.url(run === 'with' ? new URL(record.url).host : PLAIN_HOST, path), { waitUntil: 'load' });
        await pause(300);
        (run === 'with' ? withExt : without).push((await heapUsed(page)) / MB);
      }
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  // The two lists run in pairs: as long as each other.
  const added = withExt.map((w, i) => w - /** @type {number} */ (without[i]));
  const w = summarize(withExt);
  const withP50 = /** @type {number} */ (w.p50);
  return metric({
    ...PAGE_HEAP,
    samples: added,
    baseline: { name: 'page heap, no extension (MB)', samples: without },
    note: `${records.length} pairs of loads of one record page with and without Closeward; heap with it p50 ${withP50.toFixed(2)} MB (Runtime.getHeapUsage after HeapProfiler.collectGarbage; the content script's isolated world shares the page's heap)`,
  });
}
