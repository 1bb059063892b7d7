// Metric 1: the CRM page moves to another record with pushState; how long until
// #closeward-root carries the new key, and until the sidebar frame shows the new record's
// name and checklist. Baselines in the same browser: the floor extension's navigatesuccess
// (and currententrychange), and when a 250 ms polling loop noticed the change.
import { writeFileSync } from 'node:fs';
import { POLL_INTERVAL_MS } from './floor.mjs';
import { rngFor } from './seed.mjs';
import { describeStages, FLOOR_HOST, stageTimes } from './session.mjs';
import { metric, summarize } from './stats.mjs';
import { STORED_RECORDS } from './unattached.mjs';

export const NAV_SIDEBAR = { id: 'nav.sidebar', name: '1 in-app nav → sidebar shows record', unit: 'ms', budget: { on: 'p95', max: 16, text: 'p95 ≤ 16 ms' } };
export const NAV_SIDEBAR_ATTACHED = { id: 'nav.sidebarAttached', name: '1d … with Playwright attached', unit: 'ms' };
export const NAV_ROOT = { id: 'nav.root', name: '1a in-app nav → #closeward-root has key', unit: 'ms' };
export const NAV_FLOOR = { id: 'nav.floor', name: '1b floor: navigatesuccess in a content script', unit: 'ms' };
export const NAV_POLL = { id: 'nav.poll', name: `1c old fallback: ${POLL_INTERVAL_MS} ms polling noticed`, unit: 'ms' };
export const NAVIGATION_METRICS = [NAV_SIDEBAR, NAV_ROOT, NAV_FLOOR, NAV_POLL];
export const NAV_HOVER = { id: 'nav.sidebarAfterHover', name: '1e … pointer on the link first (read ahead)', unit: 'ms' };

/**
 * Metric 1e (opt-in group `hover`): moves whose pointer rested on the record's link first,
 * against plain pushState moves alternating with them in the same browser, both without a
 * debugger attached (bench/unattached.mjs unattachedHoverNavigations).
 */
export function hoverMetric({ plain, hovered, missed, leadMs, warmup }) {
  return metric({
    ...NAV_HOVER,
    samples: hovered,
    baseline: { name: 'plain pushState moves, alternating', samples: plain },
    note:
      (missed ? `WARNING: ${missed} hovered moves found no read ahead of their record; ` : '') +
      `${hovered.length} moves with a trusted mouse move onto a link to the next record ${leadMs} ms before the pushState (a click's worth, longer than the content script's dwell before it reads ahead), ` +
      `alternating with ${plain.length} plain moves as in metric 1; the first ${warmup} moves after the browser started not counted`,
  });
}

/** Where the time of one navigation goes, from the sidebar frame's timeline. */
const NAV_STAGES = {
  message: /^message record/,
  'record written': /^write records done/,
  // The record's one read transaction (criteria rows until database v2, checklists since v3).
  'reads start': /^read (?!.*settings)(.*\+)?(criteria|checklists)(\+.*)? start/,
  'reads done': /^read (?!.*settings)(.*\+)?(criteria|checklists)(\+.*)? done/,
};

/** Product: pushState on a CRM host, the real content script and sidebar react. */
async function productRuns(session, targets, warmup) {
  const { context } = session;
  const page = await context.newPage();
  const [start, ...rest] = targets;
  await page.goto(session.url(new URL(start.url).host, session.register(start)));
  const frame = await session.sidebarFrame(page);
  await session.firstReady(frame);
  const stored = await frame.evaluate(STORED_RECORDS);
  await page.evaluate(() => window.__bench.instrument());
  const before = await session.calibrate(frame, 20);
  // For profiling by hand: CLOSEWARD_BENCH_NAV_TRACE=file.json keeps a Chromium trace (with
  // CPU samples) of the navigations; open it in the DevTools Performance panel.
  const traceFile = process.env.CLOSEWARD_BENCH_NAV_TRACE;
  const cdp = traceFile ? await session.context.newCDPSession(page) : null;
  const traced = [];
  if (cdp) {
    cdp.on('Tracing.dataCollected', (e) => traced.push(...e.value));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'IndexedDB'],
        recordMode: 'recordContinuously',
      },
      transferMode: 'ReportEvents',
    });
  }
  const root = [];
  const sidebar = [];
  const stages = [];
  const messages = [];
  let staleNames = 0;
  let staleExample;
  let otherNames = 0;
  let otherExample;
  for (const [k, target] of rest.entries()) {
    const path = session.register(target);
    const { title, heading } = session.pages.get(path);
    await frame.evaluate(([id, key, name]) => window.__cwBenchFrame.expect(id, key, name), [k, target.key, target.name]);
    const shown = frame.evaluate((id) => window.__cwBenchFrame.wait(id, 10000), k);
    shown.catch(() => undefined);
    await page.evaluate(([p, t, h, key]) => window.__bench.navigate(p, t, h, key), [path, title, heading, target.key]);
    const inFrame = await shown.catch((error) => {
      throw new Error(`${error.message}${session.recentErrors()}`);
    });
    const onPage = await page.evaluate(() => window.__bench.result(true));
    if (onPage.tRoot === undefined) throw new Error(`#closeward-root never carried ${target.key}`);
    if (k >= warmup) {
      root.push(onPage.tRoot - onPage.t0);
      sidebar.push(inFrame.t + before.offset - onPage.t0);
      const marks = await frame.evaluate(() => window.__cwBenchFrame.marks());
      stages.push({
        ...stageTimes(marks, { t0: onPage.t0, offset: before.offset }, NAV_STAGES),
        shown: inFrame.t + before.offset - onPage.t0,
      });
      messages.push(marks.filter(([, label]) => label.startsWith('message record')).length);
      // What the header said under the new key before the right name: the previous record's
      // name (the page title had not changed yet) or a placeholder such as the record id.
      const previous = k === 0 ? start : rest[k - 1];
      if (inFrame.wrongName !== undefined && inFrame.wrongName === previous.name) {
        staleNames++;
        staleExample ??= `"${inFrame.wrongName}" shown for ${target.name}`;
      } else if (inFrame.wrongName !== undefined) {
        otherNames++;
        otherExample ??= `"${inFrame.wrongName}"`;
      }
    }
    // Let touchRecord and the liveQuery of this record finish before the next move.
    await page.waitForTimeout(40);
  }
  const after = await session.calibrate(frame, 20);
  if (cdp) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    writeFileSync(traceFile, JSON.stringify({ traceEvents: traced }));
  }
  await page.close();
  return { root, sidebar, stages, messages, staleNames, staleExample, otherNames, otherExample, stored, clock: { before, after } };
}

/** Floor: the same page and moves on a host where only the floor extension runs. */
async function floorRuns(session, targets, warmup) {
  const page = await session.context.newPage();
  const [start, ...rest] = targets;
  await page.goto(session.url(FLOOR_HOST, session.register(start)));
  await page.evaluate(() => window.__bench.instrument());
  const nav = [];
  const cec = [];
  const poll = [];
  // A pause before each move, so moves do not fall in step with the polling timer (the next
  // move would otherwise always start just after a tick): evenly spread over one interval,
  // in shuffled order, so 50 moves sample the timer's phase evenly.
  const rnd = rngFor(rest.length, 600);
  const pauses = rest.map((_, k) => ((k + 0.5) / rest.length) * POLL_INTERVAL_MS);
  for (let i = pauses.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pauses[i], pauses[j]] = [pauses[j], pauses[i]];
  }
  for (const [k, target] of rest.entries()) {
    const path = session.register(target);
    const { title, heading } = session.pages.get(path);
    await page.waitForTimeout(Math.round(pauses[k]));
    await page.evaluate(([p, t, h]) => window.__bench.navigate(p, t, h, ''), [path, title, heading]);
    await page.waitForFunction(
      () => {
        const r = window.__bench.result();
        return r && r.tFloorNav !== undefined && r.tFloorCec !== undefined && r.tFloorPoll !== undefined;
      },
      null,
      { timeout: 5000, polling: 10 },
    );
    const r = await page.evaluate(() => window.__bench.result(true));
    if (k >= warmup) {
      nav.push(r.tFloorNav - r.t0);
      cec.push(r.tFloorCec - r.t0);
      poll.push(r.tFloorPoll - r.t0);
    }
  }
  await page.close();
  return { nav, cec, poll };
}

/**
 * @param {object} session from startSession
 * @param {{ floorTargets: object[], warmup?: number, unattached: () => Promise<object> }} options
 *   floorTargets: seeded Salesforce records for the floor's moves, the first one is where the
 *   page starts; unattached: runs the budgeted moves (bench/unattached.mjs unattachedNavigations).
 */
export async function navigationMetrics(session, { floorTargets, warmup = 5, unattached }) {
  const floor = await floorRuns(session, floorTargets, warmup);
  // The budgeted figures: moves with no debugger attached (bench/unattached.mjs).
  const { samples: bare, root, cold, wrongNames, stored } = await unattached();
  const coldStats = summarize(cold);
  const floorBaseline = { name: 'floor navigatesuccess', samples: floor.nav };
  const expectedPoll = POLL_INTERVAL_MS / 2;
  const pollStats = summarize(floor.poll);
  return [
    metric({
      ...NAV_SIDEBAR,
      samples: bare,
      baseline: floorBaseline,
      note:
        (wrongNames ? `WARNING: ${wrongNames} moves first showed another name than the record's; ` : '') +
        (stored < 1000 ? `WARNING: the sidebar's database holds ${stored} records (a seed restored for another build folder is invisible to it), so these moves read records that are not there; ` : '') +
        `${bare.length} navigations between seeded records (${stored} stored) in Chromium driven over a DevTools pipe, nothing attached during a move: ` +
        "the bench page's pushState time against the sidebar's own User Timing mark for the new record (the commit with its name and checklist; the name checked), both read after the move; " +
        `moves about 150 ms apart (the visit write and its re-read finish within it); the floor below ran under Playwright; not counted: the first ${cold.length} moves after the browser started, ` +
        `which read the database's files cold (p50 ${coldStats.p50.toFixed(1)} ms, max ${coldStats.max.toFixed(1)} ms)`,
    }),
    metric({
      ...NAV_ROOT,
      samples: root,
      baseline: floorBaseline,
      note: "the same moves: the bench page notes when #closeward-root carries the new key, read right after its pushState returns and on every change of the attribute (the content script reacts inside pushState, on the Navigation API's navigate event)",
    }),
    metric({
      ...NAV_FLOOR,
      samples: floor.nav,
      note: `under Playwright; currententrychange in the same content script: p50 ${summarize(floor.cec).p50.toFixed(2)} ms, p95 ${summarize(floor.cec).p95.toFixed(2)} ms`,
    }),
    metric({
      ...NAV_POLL,
      samples: floor.poll,
      baseline: floorBaseline,
      note: `expected uniform over the interval: mean ${expectedPoll} ms, p95 ${(POLL_INTERVAL_MS * 0.95).toFixed(0)} ms; measured mean ${pollStats.mean.toFixed(1)} ms`,
    }),
  ];
}

/**
 * Metric 1d (opt-in group `attached`): the same moves with Playwright attached, slower than a
 * rep's browser, but with the sidebar frame's timeline: where a navigation's time goes.
 */
export async function attachedNavigationMetric(session, { targets, warmup = 5 }) {
  const product = await productRuns(session, targets, warmup);
  const { before, after } = product.clock;
  return [
    metric({
      ...NAV_SIDEBAR_ATTACHED,
      samples: product.sidebar,
      baseline: { name: '#closeward-root carries the key (same moves)', samples: product.root },
      extra: { stages: product.stages },
      note:
        (product.stored < 1000 ? `WARNING: the sidebar's database holds ${product.stored} records (a seed restored for another build folder is invisible to it), so these navigations read records that are not there; ` : '') +
        `${product.sidebar.length} navigations between seeded records (${product.stored} stored); DOM committed in the frame (a paint follows within a frame); ` +
        `stages p50 (ms after pushState): ${describeStages(product.stages, [...Object.keys(NAV_STAGES), 'shown'])}; ` +
        `record messages per navigation p50 ${summarize(product.messages).p50}; ` +
        `frame clock offset ${before.offset.toFixed(2)} ms (rtt ${before.rtt.toFixed(2)}) before, ${after.offset.toFixed(2)} ms after` +
        (product.staleNames ? `; ${product.staleNames} navigations first showed the previous record's name under the new key, e.g. ${product.staleExample}` : '') +
        (product.otherNames ? `; ${product.otherNames} first showed a placeholder name, e.g. ${product.otherExample}` : ''),
    }),
  ];
}
