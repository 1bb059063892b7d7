// Metric 9: JS heap. The CRM tab's renderer with the extension (page + the content script's
// isolated world, which shares the page's V8 isolate) against the same page where no
// extension runs; and the sidebar frame, an out-of-process iframe in the extension's
// renderer, measured through a CDP session on that frame. Heaps are read after forced GC.
import { PLAIN_HOST } from './session.mjs';
import { metric, summarize } from './stats.mjs';

export const MEM_PAGE = { id: 'mem.pageAdded', name: '9 CRM tab JS heap added', unit: 'MB', budget: { on: 'p50', max: 1, text: '≤ 1 MB added' } };
export const MEM_FRAME = { id: 'mem.frame', name: '9a sidebar frame JS heap', unit: 'MB', budget: { on: 'p50', max: 10, text: '≤ 10 MB' } };
export const MEMORY_METRICS = [MEM_PAGE, MEM_FRAME];

const MB = 1024 * 1024;

/** Used JS heap of the isolate behind a page or frame, after two full GCs. */
async function heapUsed(session, target) {
  const cdp = await session.context.newCDPSession(target);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function memoryMetrics(session, { records }) {
  const page = await session.context.newPage();
  // Only this tab: other tabs' sidebar frames would share the extension renderer's heap.
  for (const p of session.context.pages()) if (p !== page) await p.close();
  const withExt = [];
  const without = [];
  const frames = [];
  for (const [k, record] of records.entries()) {
    const path = session.register(record);
    const runs = k % 2 ? ['without', 'with'] : ['with', 'without'];
    for (const run of runs) {
      await page.goto('about:blank');
      if (run === 'with') {
        await page.goto(session.url(new URL(record.url).host, path), { waitUntil: 'load' });
        const frame = await session.sidebarFrame(page);
        await session.firstReady(frame);
        await page.waitForTimeout(300);
        withExt.push(await heapUsed(session, page));
        frames.push(await heapUsed(session, frame));
      } else {
        await page.goto(session.url(PLAIN_HOST, path), { waitUntil: 'load' });
        await page.waitForTimeout(300);
        without.push(await heapUsed(session, page));
      }
    }
  }
  await page.close();
  // Added heap per pair: the two loads of one record, next to each other in time.
  const added = withExt.map((w, i) => (w - without[i]) / MB);
  const w = summarize(withExt.map((x) => x / MB));
  const wo = summarize(without.map((x) => x / MB));
  return [
    metric({
      ...MEM_PAGE,
      samples: added,
      baseline: { name: 'page heap, no extension (MB)', samples: without.map((x) => x / MB) },
      note: `${records.length} pairs; heap with the extension p50 ${w.p50.toFixed(2)} MB, without ${wo.p50.toFixed(2)} MB (Runtime.getHeapUsage after HeapProfiler.collectGarbage)`,
    }),
    metric({
      ...MEM_FRAME,
      samples: frames.map((x) => x / MB),
      note: 'the extension renderer\'s isolate with one sidebar frame open and no other extension page',
    }),
  ];
}
