// Export of every record (JSON, CSV) and import of a JSON backup (merge), in the extension page
// bench-db.html on the seeded database (bench/db-page.ts). Product and baseline alternate, each
// measured in this run. Each run takes tens of seconds: the group runs only when named.
import { metric } from './stats.mjs';
import { callBench as call } from './storage.mjs';

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./globals').BenchFn} BenchFn
 * @typedef {import('./stats.mjs').Descriptor} Descriptor
 * @typedef {import('./stats.mjs').Entry} Entry
 * @typedef {import('./stats.mjs').Unmeasured} Unmeasured
 * @typedef {import('./globals').BenchResult<'seed'>['raw']} SeededRaw the raw puts of a run's seeding
 */

/** @type {import('./stats.mjs').Descriptor} */
export const EXPORT_JSON = {
  id: 'report.exportJson',
  name: 'export all records (JSON)',
  unit: 'ms',
  budget: { on: 'ratio', max: 1.5, text: '≤ 1.5× baseline' },
};
/** @type {import('./stats.mjs').Descriptor} */
export const EXPORT_CSV = { id: 'report.exportCsv', name: 'export all records (CSV)', unit: 'ms', budget: { on: 'ratio', max: 1.5, text: '≤ 1.5× baseline' } };
/** @type {import('./stats.mjs').Descriptor} */
export const IMPORT = { id: 'report.importBackup', name: 'import backup (merge)', unit: 'ms', budget: { on: 'ratio', max: 1.5, text: '≤ 1.5× baseline' } };
export const BACKUP_METRICS = [EXPORT_JSON, EXPORT_CSV, IMPORT];

/** @param {number} ms */
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
/** @param {number[]} values */
const list = (values) => values.map(fmt).join(', ');

/**
 * Runs one measurement after another; one that throws becomes that metric's failure and
 * the others go on.
 *
 * @param {Descriptor} descriptor
 * @param {() => Promise<Entry | Entry[]>} run
 * @param {(Entry | Unmeasured)[]} out
 */
async function attempt(descriptor, run, out) {
  try {
    out.push(...[await run()].flat());
  } catch (error) {
    out.push({ descriptor, error });
  }
}

/**
 * Returns the entries (or { descriptor, error } for a metric that failed; the runner turns
 * those into failed rows). `log` reports progress. `seededRaw`: the import's baseline when this
 * run seeded (seedDatabase measures it); without it the raw puts run here too.
 *
 * @param {Page} page
 * @param {{ records: number, seededRaw?: SeededRaw | undefined, exportReps?: number, importRecords?: number, importReps?: number, reps?: number, log?: (text: string) => void }} options
 */
export async function backupMetrics(page, { records, seededRaw, exportReps = 1, importRecords = records, importReps = 1, reps = 20, log = () => {} }) {
  /** @type {(Entry | Unmeasured)[]} */
  const out = [];

  // Export: JSON, CSV and the raw read + stringify, interleaved (the order rotates).
  await attempt(
    EXPORT_JSON,
    async () => {
      /** @type {number[]} */
      const json = [];
      /** @type {number[]} */
      const csv = [];
      /** @type {number[]} */
      const raw = [];
      // Each run writes its size (exportReps ≥ 1).
      const sizes = /** @type {Record<'json' | 'csv' | 'raw', number>} */ ({});
      /** @type {['json' | 'csv' | 'raw', 'exportJsonOnce' | 'exportCsvOnce' | 'exportRawOnce', number[]][]} */
      const runs = [
        ['json', 'exportJsonOnce', json],
        ['csv', 'exportCsvOnce', csv],
        ['raw', 'exportRawOnce', raw],
      ];
      // No warm-up run (each takes ~10 s): the order rotates, so no side always goes first.
      for (let k = 0; k < exportReps; k++) {
        for (let j = 0; j < runs.length; j++) {
          const [what, fn, into] = /** @type {(typeof runs)[number]} */ (runs[(j + k) % runs.length]);
          const r = await call(page, fn);
          into.push(r.ms);
          sizes[what] = r.size;
          log(`export ${what} ${k + 1}/${exportReps}: ${fmt(r.ms)}`);
        }
      }
      const baseline = { name: 'raw IDB getAll (6 tables) + JSON.stringify', samples: raw };
      /** @param {number} chars */
      const mb = (chars) => `${(chars / 1e6).toFixed(0)} M chars`;
      return [
        metric({
          ...EXPORT_JSON,
          samples: json,
          baseline,
          note: `exportJson() of ${records} records: ${list(json)} (baseline ${list(raw)}); ${mb(sizes.json)} of JSON, baseline ${mb(sizes.raw)}; ${exportReps} runs each, interleaved`,
        }),
        metric({
          ...EXPORT_CSV,
          samples: csv,
          baseline,
          note: `exportCsv() of ${records} records: ${list(csv)}; ${mb(sizes.csv)} of CSV; baseline as for JSON`,
        }),
      ];
    },
    out,
  );
  const exported = out.at(-1);
  if (exported && 'descriptor' in exported && exported.descriptor === EXPORT_JSON) out.push({ descriptor: EXPORT_CSV, error: exported.error });

  // The data for the import: read once, a backup of the first records.
  let prepared;
  try {
    prepared = await call(page, 'prepareReport', { importRecords, reps });
    log(`read ${records} records for the import in ${fmt(prepared.readMs)}; backup rows ${JSON.stringify(prepared.importRows)}`);
  } catch (error) {
    out.push({ descriptor: IMPORT, error });
    return out;
  }

  // Import of a backup into a new empty database (a second database name), vs raw puts
  // of the same rows into another. A run that seeded has the raw puts already (`seededRaw`).
  await attempt(
    IMPORT,
    async () => {
      /** @type {number[]} */
      const ms = [];
      /** @type {number[]} */
      const raw = [];
      /** @type {{ progress: number, phases: Record<string, number>, longest: number, longestAt: string }} */
      const runs = { progress: 0, phases: {}, longest: 0, longestAt: '' };
      let rawLongest = 0;
      if (seededRaw) {
        if (seededRaw.stored !== importRecords) throw new Error(`seeding stored ${seededRaw.stored} records, ${importRecords} expected`);
        raw.push(seededRaw.ms);
        rawLongest = seededRaw.longest;
      }
      for (let k = 0; k < importReps; k++) {
        /** @type {('importOnce' | 'importRawOnce')[]} */
        const order = seededRaw ? ['importOnce'] : k % 2 === 0 ? ['importOnce', 'importRawOnce'] : ['importRawOnce', 'importOnce'];
        for (const fn of order) {
          const r = await call(page, fn);
          if (r.stored !== importRecords) throw new Error(`${fn}: ${r.stored} records stored, ${importRecords} expected`);
          if (fn === 'importOnce') {
            const imported = /** @type {import('./globals').BenchResult<'importOnce'>} */ (r);
            ms.push(imported.ms);
            runs.progress = imported.progress;
            runs.phases = imported.phases;
            if (imported.longest > runs.longest) runs.longestAt = imported.longestAt;
            runs.longest = Math.max(runs.longest, imported.longest);
          } else {
            raw.push(r.ms);
            rawLongest = Math.max(rawLongest, r.longest);
          }
          log(`import ${fn === 'importOnce' ? 'importBackup' : 'raw puts'} ${k + 1}/${importReps}: ${fmt(r.ms)}`);
        }
      }
      const rows = Object.values(prepared.importRows).reduce((a, b) => a + b, 0);
      const how = seededRaw
        ? "the baseline is this run's seeding, at its start: the same rows put into the extension's own database while the origin's IndexedDB held nothing " +
          '(the import went, as in runs with a kept seed, into a store holding the seed)'
        : 'alternating, import first';
      return metric({
        ...IMPORT,
        samples: ms,
        baseline: { name: 'raw IDB puts, unchecked, 2,000 records a transaction', samples: raw },
        note:
          `${importRecords} records (${rows} rows in the file)${importRecords < records ? `, not all ${records}` : ''}; ${importReps} run${importReps > 1 ? 's' : ''} each (each takes tens of seconds); ${how}. ` +
          `importBackup() of the parsed backup (JSON.parse not timed on either side) into a new empty database 'closeward-bench-import': ${list(ms)} (baseline ${list(raw)}); ` +
          `progress reported ${runs.progress} times per import (${Object.entries(runs.phases)
            .map(([p, c]) => `${p} ${c}`)
            .join(', ')}); ` +
          `longest task ${prepared.longTasksSupported ? `${fmt(runs.longest)}${runs.longestAt ? ` (${runs.longestAt})` : ''} (raw puts: ${fmt(rawLongest)}; tasks under 50 ms show as 0)` : 'not measured (no longtask entries)'}`,
        extra: {
          progressCalls: runs.progress,
          phases: runs.phases,
          longestTaskMs: runs.longest,
          rawLongestTaskMs: rawLongest,
          importRows: prepared.importRows,
          baselineFromSeeding: Boolean(seededRaw),
        },
      });
    },
    out,
  );

  await call(page, 'dropReport').catch(() => {});
  return out;
}
