// `npm run bench`: builds the extension, measures it in Node and in Debian's Chromium
// (puppeteer-core, the real side panel), prints a table and writes bench/results.json (one
// entry per metric). Each group of metrics runs on its own: one that fails is reported as
// failed with its error and the run goes on. docs/performance.md describes every metric.
//
// Options: --records N (seeded records, default 100000), --only a,b (groups: sizes,
// recognizer, storage, day, panel, dayview, cost, memory, team; and backup, export and import
// of a backup, which runs only when named), --skip-build (reuse the last bench build in
// .output/bench-chrome-mv3), --fresh-seed (seed even if bench/.seed/ has this seed),
// --conversations every|worked (the seed's conversations: 1–5 on every record, the default,
// or 1–3 on one record in four; see bench/seed.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BACKUP_METRICS, backupMetrics } from '../bench/backup.mjs';
import { addDbPage, BENCH_EXTENSION_DIR, buildExtension, importTs, ROOT } from '../bench/build.mjs';
import { DAY_METRICS, dayMetrics } from '../bench/day.mjs';
import { DAY_VIEW_METRICS, dayViewMetrics } from '../bench/day-view.mjs';
import { CONTENT_SCRIPT_TIME, contentScriptMetric, PAGE_HEAP, pageHeapMetric } from '../bench/page-cost.mjs';
import { NAVIGATION, navigationMetric, PAGE_LOAD, pageLoadMetric, PANEL_METRICS, TAB_SWITCH, tabSwitchMetric } from '../bench/panel.mjs';
import { RECOGNIZER, recognizerMetric } from '../bench/recognizer.mjs';
import { CONVERSATION_PROFILES, DEFAULT_SEED, pickRecords, planTables, rowsFor } from '../bench/seed.mjs';
import { dropSeed, extensionIdFor, restoreSeed, saveSeed, seedKey, waitForQuietIndexedDb } from '../bench/seed-cache.mjs';
import { newProfileDir, startSession } from '../bench/session.mjs';
import { contentScriptSize, panelBundleSizes, SIZE_METRICS } from '../bench/sizes.mjs';
import { failed, formatTable, metric } from '../bench/stats.mjs';
import { openDbPage, reusedSeedEntry, seedDatabase, STORAGE_METRICS, storageMetrics } from '../bench/storage.mjs';
import { TEAM_METRICS, teamMetrics } from '../bench/team.mjs';
import { findChromium } from './browser.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('../bench/session.mjs').Session} Session
 * @typedef {import('../bench/stats.mjs').Descriptor} Descriptor
 * @typedef {import('../bench/stats.mjs').Entry} Entry
 * @typedef {import('../bench/stats.mjs').Unmeasured} Unmeasured
 * @typedef {import('../bench/seed.mjs').ConversationProfile} ConversationProfile
 */

/** @type {import('../bench/stats.mjs').Descriptor} */
const RUN = { id: 'run.total', name: 'whole benchmark run', unit: 's', budget: { on: 'value', max: 360, text: '≤ 6 min' } };

/**
 * @param {string} name
 * @param {string | number | boolean} [fallback]
 * @returns {string | number | boolean | undefined}
 */
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = process.argv[i + 1];
  return value === undefined || value.startsWith('--') ? true : value;
}
const records = Number(option('records', DEFAULT_SEED.records));
const only = option('only', '') ? String(option('only')).split(',') : null;
// Opt-in groups run only when named in --only (each of their runs takes tens of seconds).
const OPT_IN = ['backup'];
/** @param {string} group */
const wanted = (group) => (only ? only.includes(group) : !OPT_IN.includes(group));
const skipBuild = option('skip-build', false) === true;
const freshSeed = option('fresh-seed', false) === true;
// Checked right below.
const conversations = /** @type {ConversationProfile} */ (String(option('conversations', DEFAULT_SEED.conversations)));
if (!CONVERSATION_PROFILES.includes(conversations)) {
  console.error(`--conversations ${conversations}: use one of ${CONVERSATION_PROFILES.join(', ')}`);
  process.exit(2);
}

const started = performance.now();
/** The one-minute load average (os.loadavg() always gives three). */
const load1 = () => /** @type {number} */ (loadavg()[0]);
const loadBefore = load1();
/** @type {Entry[]} */
const results = [];
/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** @param {string} text */
const log = (text) => console.log(`[bench ${seconds(performance.now() - started).padStart(7)}] ${text}`);

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]);
}

/**
 * Runs one group; on error each of its metrics is reported failed with the error.
 * @param {string} name
 * @param {Descriptor[]} descriptors
 * @param {() => Entry | Entry[] | Promise<Entry | Entry[]>} run
 */
async function group(name, descriptors, run, timeoutMs = 120_000) {
  if (!wanted(name)) return undefined;
  const t = performance.now();
  log(`${name}…`);
  try {
    const entries = [await withTimeout(Promise.resolve().then(run), timeoutMs, name)].flat();
    results.push(...entries);
    log(`${name} done in ${seconds(performance.now() - t)}`);
    return entries;
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error);
    for (const d of descriptors) results.push(failed(d, error));
    return undefined;
  }
}

// --- build ------------------------------------------------------------------------------------------
/** @type {{ manifest: { name: string } } | null} */
let built = null;
/** @type {unknown} */
let buildError = null;
try {
  findChromium();
} catch (error) {
  buildError = error;
}
try {
  if (!skipBuild) {
    log('wxt build (chrome-mv3 → .output/bench-chrome-mv3)…');
    const b = buildExtension();
    log(`built in ${seconds(b.ms)}`);
  }
  await addDbPage(BENCH_EXTENSION_DIR);
  built = { manifest: JSON.parse(readFileSync(join(BENCH_EXTENSION_DIR, 'manifest.json'), 'utf8')) };
} catch (error) {
  console.error('[bench] build failed:', error);
  buildError ??= error;
  built = null;
}
/** @param {Descriptor[]} descriptors */
const needsBuild = (descriptors) => (built ? null : descriptors.map((d) => failed(d, buildError)));

/**
 * Entries of a group that measured part of its metrics: { descriptor, error } become failed rows.
 * @param {(Entry | Unmeasured)[]} entries
 */
const settle = (entries) => entries.map((e) => ('descriptor' in e ? failed(e.descriptor, e.error) : e));

// --- Node-only metrics ------------------------------------------------------------------------------
await group('sizes', SIZE_METRICS, async () => {
  // Without a build, needsBuild gives the failed rows.
  if (!built) return /** @type {Entry[]} */ (needsBuild(SIZE_METRICS));
  return [contentScriptSize(BENCH_EXTENSION_DIR), ...(await panelBundleSizes(BENCH_EXTENSION_DIR))];
});
await group('recognizer', [RECOGNIZER], () => recognizerMetric());

// --- browser metrics --------------------------------------------------------------------------------
const BROWSER_GROUPS = {
  storage: STORAGE_METRICS,
  day: DAY_METRICS,
  panel: PANEL_METRICS,
  dayview: DAY_VIEW_METRICS,
  cost: [CONTENT_SCRIPT_TIME],
  memory: [PAGE_HEAP],
  team: TEAM_METRICS,
  backup: BACKUP_METRICS,
};
const browserWanted = /** @type {(keyof typeof BROWSER_GROUPS)[]} */ (Object.keys(BROWSER_GROUPS)).filter(wanted);
let chromiumVersion = '';
if (browserWanted.length) {
  /** @type {Session | undefined} */
  let session;
  /** The running session: the groups run only once it has started (the storage group may relaunch it). */
  const running = () => {
    if (!session) throw new Error('Chromium is not running');
    return session;
  };
  const profile = newProfileDir();
  const extensionId = extensionIdFor(BENCH_EXTENSION_DIR);
  /** @type {string | undefined} */
  let seedKeyValue;
  /** @type {import('../bench/seed-cache.mjs').RestoredSeed | null} */
  let restored = null;
  // The import's baseline when this run seeds: the seeding measures it.
  /** @type {import('../bench/backup.mjs').SeededRaw | undefined} */
  let seededRaw;
  /**
   * Seeds in the bench page and waits until Chromium's LevelDB has stopped compacting after
   * those writes, so the metrics (and a kept copy) start on a settled database.
   *
   * @param {Page} page
   */
  const seedHere = async (page) => {
    const seeding = await seedDatabase(page, records, { conversations });
    seededRaw = seeding.seededRaw;
    log(seeding.entry.note ?? '');
    const settled = await waitForQuietIndexedDb({ userDataDir: profile, extensionId });
    log(`IndexedDB files ${settled.quiet ? 'quiet' : 'still changing'} after ${seconds(settled.waitedMs)} (${(settled.bytes / 1e6).toFixed(0)} MB)`);
    return seeding;
  };
  /** The bench page on a seeded database: seeds it if the storage group did not run. */
  const seededDbPage = async () => {
    const page = await openDbPage(running());
    if (!wanted('storage')) {
      const check = await page.evaluate((n, c) => window.__cwBench.checkSeed({ n, conversations: c }), records, conversations);
      if (!check.ok) {
        log(`no usable seed (${check.problem}): seeding ${records} records…`);
        await page.evaluate(() => window.__cwBench.close());
        await seedHere(page);
      }
    }
    return page;
  };
  /** @param {Page} page */
  const closeDbPage = async (page) => {
    await page.evaluate(() => window.__cwBench.close()).catch(() => {});
    await page.close().catch(() => {});
  };
  try {
    if (!built) throw buildError;
    chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
    try {
      // The key of the seed this code would make now: the product's schema and model as they are.
      const product = /** @type {typeof import('../bench/model')} */ (await importTs('bench/model.ts'));
      const schema = product.databaseSchema();
      const sample = rowsFor(0, 200, planTables(schema.tables.map((t) => t.name)).seeded, { ...product.seedModel(), conversations });
      seedKeyValue = seedKey({ n: records, chromiumVersion, schema, sample, extensionId });
    } catch (error) {
      log(`no seed cache this run (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
    }
    if (seedKeyValue && !freshSeed) restored = restoreSeed({ key: seedKeyValue, userDataDir: profile, extensionId });
    log(
      restored
        ? `reusing the seed ${seedKeyValue} from bench/.seed/ (seeded ${restored.savedAt})`
        : `no seed ${seedKeyValue ?? ''} in bench/.seed/: seeding in this run`,
    );
    log(`starting ${chromiumVersion} with the extension and the floor extension…`);
    session = await startSession({ extensionDir: BENCH_EXTENSION_DIR, userDataDir: profile });
  } catch (error) {
    console.error('[bench] could not start Chromium:', error);
    for (const g of browserWanted) for (const d of BROWSER_GROUPS[g]) results.push(failed(d, error));
    rmSync(profile, { recursive: true, force: true });
  }
  if (session) {
    try {
      // Seeded once (or restored from bench/.seed/); every later group opens seeded records.
      await group(
        'storage',
        STORAGE_METRICS,
        async () => {
          let page = await openDbPage(running());
          /** @param {() => void} between */
          const relaunch = async (between) => {
            await page.evaluate(() => window.__cwBench.close());
            await running().close({ keepProfile: true });
            between();
            session = await startSession({ extensionDir: BENCH_EXTENSION_DIR, userDataDir: profile, pages: running().pages });
            page = await openDbPage(running());
          };
          let seedEntry;
          if (restored) {
            const check = await page.evaluate((n, c) => window.__cwBench.checkSeed({ n, conversations: c }), records, conversations);
            if (check.ok) seedEntry = reusedSeedEntry(restored);
            else {
              log(`the cached seed does not fit the product any more (${check.problem}): seeding anew`);
              await relaunch(() => dropSeed({ userDataDir: profile, extensionId }));
            }
          }
          if (!seedEntry) {
            log(`seeding ${records} records (the import metric's baseline)…`);
            const { entry, seeded } = await seedHere(page);
            seedEntry = entry;
            if (seedKeyValue) {
              // Kept as it is now, before the benchmarks write to it.
              await relaunch(() =>
                saveSeed({ key: seedKeyValue, userDataDir: profile, extensionId, meta: { seconds: entry.value, note: entry.note, counts: seeded.counts } }),
              );
              log('seed kept in bench/.seed/');
            }
          }
          const measured = await storageMetrics(page, records);
          await closeDbPage(page);
          return [seedEntry, ...measured];
        },
        420_000,
      );
      await group(
        'day',
        DAY_METRICS,
        async () => {
          const page = await seededDbPage();
          try {
            return await dayMetrics(page, { records });
          } finally {
            await closeDbPage(page);
          }
        },
        240_000,
      );
      await group('panel', PANEL_METRICS, async () => {
        /** @type {Entry[]} */
        const out = [];
        /** @type {[Descriptor, () => Promise<Entry>][]} */
        const runs = [
          [NAVIGATION, () => navigationMetric(running(), { targets: pickRecords({ n: records, count: 46, stream: 1 }), warmup: 5 })],
          [TAB_SWITCH, () => tabSwitchMetric(running(), { targets: pickRecords({ n: records, count: 32, stream: 2 }), warmup: 3 })],
          [PAGE_LOAD, () => pageLoadMetric(running(), { targets: pickRecords({ n: records, count: 34, stream: 3 }), warmup: 3 })],
        ];
        for (const [descriptor, run] of runs) {
          try {
            out.push(await run());
          } catch (error) {
            console.error(`[bench] ${descriptor.name}:`, error);
            out.push(failed(descriptor, error));
          }
        }
        return out;
      });
      await group('dayview', DAY_VIEW_METRICS, async () => settle(await dayViewMetrics(running(), { opens: 20, warmup: 2 })), 240_000);
      await group('cost', [CONTENT_SCRIPT_TIME], () =>
        contentScriptMetric(running(), {
          records: pickRecords({ n: records, count: 33, stream: 4 }),
          warmup: 3,
          worldName: /** @type {NonNullable<typeof built>} */ (built).manifest.name,
        }),
      );
      await group('memory', [PAGE_HEAP], () => pageHeapMetric(running(), { records: pickRecords({ n: records, count: 5, stream: 5 }) }));
      await group(
        'team',
        TEAM_METRICS,
        async () => {
          const page = await seededDbPage();
          try {
            return await teamMetrics(running(), page, { log: (text) => log(`  ${text}`) });
          } finally {
            await closeDbPage(page);
          }
        },
        240_000,
      );
      // Last: the import writes into databases of its own, the export reads every row.
      await group(
        'backup',
        BACKUP_METRICS,
        async () => {
          const page = await seededDbPage();
          try {
            return settle(await backupMetrics(page, { records, seededRaw, log: (text) => log(`  ${text}`) }));
          } finally {
            await closeDbPage(page);
          }
        },
        conversations === 'every' ? 660_000 : 330_000,
      );
    } finally {
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}

// --- report -----------------------------------------------------------------------------------------
const totalMs = performance.now() - started;
results.push(
  metric({
    ...RUN,
    value: totalMs / 1000,
    note:
      `${chromiumVersion || 'no browser run'}; ${records} seeded records (conversations: ${conversations})${only ? `; only ${only.join(', ')}` : ''}; ` +
      `machine load average ${loadBefore.toFixed(1)} at the start, ${load1().toFixed(1)} at the end on ${cpus().length} cores (other work on the machine makes every figure noisier)`,
    extra: { measuredAt: new Date().toISOString() },
  }),
);
const file = join(ROOT, 'bench', 'results.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\n${formatTable(results)}\n\nWrote ${file} (${results.length} entries) in ${seconds(totalMs)}; \`node scripts/performance-table.mjs\` puts it in docs/performance.md and the README.`,
);
process.exitCode = results.some((r) => r.error) ? 1 : 0;
