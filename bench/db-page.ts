// Runs in an extension page (chrome-extension://<id>/bench-db.html, written into the bench's
// own build folder before Chromium starts), so it has the extension origin's IndexedDB: the
// same database the side panel opens. The runner drives it through `window.__cwBench`.
//
// Bundled by esbuild from scripts/bench.mjs; imports the product's own database code so the
// queries measured are the ones the panel runs.
import Dexie from 'dexie';
import { ClosewardDb, DB_NAME } from '../lib/db/database';
import { importBackup } from '../lib/backup/db-import';
import type { StoredChecklist } from '../lib/model/checklist';
import { EXPORT_TABLES, type ExportData } from '../lib/backup/format';
import { checklistsOf } from '../lib/backup/checklists';
import { exportCsv, exportJson, readExportData } from '../lib/backup/db-export';
import { patchCriterion } from '../lib/db/criteria';
import * as live from '../lib/state/live-record';
import { dayApi } from './day-page';
import { checkRows, seedModel, type Row } from './model';
import { dropTeam, writeTeam } from './team-page';
import { planTables, recordAt, rngFor, rowsFor, type ConversationProfile } from './seed.mjs';

const now = () => performance.now();
const model = seedModel();
const criterionIds = model.criterionIds;

/** Throws if generated rows no longer match the product's schemas (the model moved on). */
function validate(rows: Record<string, Row[]>): string[] {
  const { problem, unchecked } = checkRows(rows);
  if (problem) throw new Error(`seed ${problem}; update bench/seed.mjs`);
  return unchecked;
}

let database: ClosewardDb | undefined;
let raw: IDBDatabase | undefined;

function dexie(): ClosewardDb {
  database ??= new ClosewardDb();
  return database;
}

/** A plain IndexedDB connection to the same database, for the baselines. */
function rawDb(): Promise<IDBDatabase> {
  if (raw) return Promise.resolve(raw);
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => resolve((raw = open.result));
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('raw open blocked'));
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/**
 * Seeds records [0, n) and measures the baseline of the import metric on the
 * way, so a run that has to seed writes the rows twice, not three times. Dexie opens the
 * database (the product's schema and populate run as in real use) and every row is
 * generated (not timed). Then, timed: plain IndexedDB puts of all the rows, unchecked
 * (rawPuts), into this empty database, as importRawOnce() puts them into its own. A
 * database that is not empty is dropped first.
 */
async function seed({ n, conversations }: { n: number; conversations?: ConversationProfile }) {
  let db = dexie();
  await db.open();
  if ((await db.records.count()) > 0) {
    db.close();
    database = undefined;
    await Dexie.delete(DB_NAME);
    db = dexie();
    await db.open();
  }
  const plan = planTables(db.tables.map((t) => t.name));
  const unwritten = plan.seeded.filter((t) => !(STORES as readonly string[]).includes(t) && t !== 'visits');
  if (unwritten.length) throw new Error(`seed: add ${unwritten.join(', ')} to STORES in bench/db-page.ts (what an export reads and an import writes)`);
  const g = now();
  const rows = rowsFor(0, n, plan.seeded, { ...model, conversations }) as Record<string, Row[]>;
  const generateMs = now() - g;
  const unchecked = validate(rowsFor(0, Math.min(n, 200), plan.seeded, { ...model, conversations }) as Record<string, Row[]>);
  // The settings rows too, as importRawOnce puts the backup's (populate made them).
  const raw = await rawPuts(db.backendDB(), { ...rows, settings: await db.table('settings').toArray() });
  // The visit list is not part of a backup: put apart, outside the timed baseline.
  if (rows.visits?.length) await db.table('visits').bulkPut(rows.visits);
  const counts = Object.fromEntries(plan.seeded.map((t) => [t, rows[t]?.length ?? 0]));
  const stored = Object.fromEntries(await Promise.all(plan.seeded.map(async (t) => [t, await db.table(t).count()] as const)));
  if (stored.records !== n) throw new Error(`seed: ${stored.records} records stored, ${n} expected`);
  return { ms: raw.ms, generateMs, counts, stored, unchecked, ...plan, raw: { ...raw, stored: stored.records } };
}

/** Reads the first `count` records' rows of every seeded table back and checks them. */
async function checkSeed({ n, count = 200, conversations }: { n: number; count?: number; conversations?: ConversationProfile }) {
  const db = dexie();
  await db.open();
  const plan = planTables(db.tables.map((t) => t.name));
  const expected = rowsFor(0, Math.min(n, count), plan.seeded, { ...model, conversations }) as Record<string, Row[]>;
  const stored: Record<string, Row[]> = {};
  for (const table of plan.seeded) {
    const keyPath = db.table(table).schema.primKey.keyPath;
    const keys = (expected[table] ?? []).map((row) => (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath as string]));
    const rows = (await db.table(table).bulkGet(keys as never[])) as (Row | undefined)[];
    const missing = rows.findIndex((r) => r === undefined);
    if (missing !== -1) return { ok: false, problem: `table ${table} lacks seeded rows` };
    stored[table] = rows as Row[];
  }
  const { problem } = checkRows(stored);
  const total = await db.records.count();
  if (total < n) return { ok: false, problem: `${total} records stored, ${n} expected` };
  return problem ? { ok: false, problem } : { ok: true };
}

/** Which record keys to read: spread over the whole seed, deterministic. */
function sampleIndices(n: number, count: number, stream: number): number[] {
  const rnd = rngFor(count, 900 + stream);
  return Array.from({ length: count }, () => Math.floor(rnd() * n));
}

/** The panel's read of a record (lib/state/live-record.ts readRecord): its five stores in one transaction. */
async function openSidebar(key: string) {
  const read = (live as { readRecord?: typeof live.readRecord }).readRecord;
  if (!read) throw new Error('lib/state/live-record.ts has no readRecord');
  const db = dexie();
  const t = now();
  const { record, criteria } = await read(db, key);
  const ms = now() - t;
  if (!record || criteria.length !== criterionIds.length) throw new Error(`open ${key}: record ${!!record}, ${criteria.length} criteria`);
  return ms;
}

async function openRaw(key: string) {
  const idb = await rawDb();
  const t = now();
  const tx = idb.transaction(['records', 'checklists'], 'readonly');
  const [record, checklist] = await Promise.all([
    request(tx.objectStore('records').get(key)),
    request(tx.objectStore('checklists').get(key) as IDBRequest<StoredChecklist | undefined>),
  ]);
  const ms = now() - t;
  if (!record || checklist?.answers.length !== criterionIds.length) throw new Error(`raw open ${key}: ${checklist?.answers.length} criteria`);
  return ms;
}

/** The panel's real read: the first value of its liveQuery over the record. */
async function openLive(key: string) {
  const watch = (live as { watchRecord?: typeof live.watchRecord }).watchRecord;
  if (!watch) throw new Error('lib/state/live-record.ts has no watchRecord');
  const db = dexie();
  const t = now();
  let subscription: { unsubscribe(): void } | undefined;
  await new Promise<void>((resolve, reject) => {
    subscription = watch(db, key, { next: () => resolve(), error: reject });
  });
  const ms = now() - t;
  subscription?.unsubscribe();
  return ms;
}

/** Open record: interleaved Dexie / raw reads of random records (order alternates). */
async function openSamples({ n, count = 200, warmup = 20 }: { n: number; count?: number; warmup?: number }) {
  await dexie().open();
  await rawDb();
  const dexieMs: number[] = [];
  const rawMs: number[] = [];
  const liveMs: number[] = [];
  const indices = sampleIndices(n, count + warmup, 1);
  for (const [k, i] of indices.entries()) {
    const key = recordAt(i).key;
    const order = k % 2 === 0 ? [openSidebar, openRaw] : [openRaw, openSidebar];
    const a = await order[0]!(key);
    const b = await order[1]!(key);
    if (k < warmup) continue;
    dexieMs.push(order[0] === openSidebar ? a : b);
    rawMs.push(order[0] === openRaw ? a : b);
  }
  // The liveQuery read on other records, so it does not profit from the reads above.
  for (const [k, i] of sampleIndices(n, Math.min(count, 100) + 5, 2).entries()) {
    const ms = await openLive(recordAt(i).key);
    if (k >= 5) liveMs.push(ms);
  }
  return { dexieMs, rawMs, liveMs };
}

/** Save edit: patchCriterion (get + merge + put, committed) vs a raw put committed. */
async function saveSamples({ n, count = 200, warmup = 20 }: { n: number; count?: number; warmup?: number }) {
  const db = dexie();
  await db.open();
  const idb = await rawDb();
  const dexieMs: number[] = [];
  const rawMs: number[] = [];
  const indices = sampleIndices(n, count + warmup, 3);
  const rnd = rngFor(7, 77);
  for (const [k, i] of indices.entries()) {
    const key = recordAt(i).key;
    const criterionId = criterionIds[k % criterionIds.length]!;
    const text = `Edited in the benchmark, sample ${k}: ${'budget confirmed by the CFO '.repeat(1 + Math.floor(rnd() * 6))}`;
    const viaDexie = async () => {
      const t = now();
      await patchCriterion(db, key, criterionId, { evidence: text });
      return now() - t;
    };
    // The same write without the product's read-merge: the record's checklist row as it
    // would be after the edit, put as a whole (built before the clock starts).
    const viaRaw = async () => {
      const answers = Array.from(criterionIds, (id) => ({
        criterionId: id,
        status: 'confirmed',
        evidence: id === criterionId ? text : '',
        verifiedAt: Date.now(),
        fieldTimes: { evidence: Date.now() },
      }));
      const row = { recordKey: key, answers };
      const t = now();
      const tx = idb.transaction('checklists', 'readwrite');
      tx.objectStore('checklists').put(row);
      await committed(tx);
      return now() - t;
    };
    const first = k % 2 === 0;
    const a = await (first ? viaDexie : viaRaw)();
    const b = await (first ? viaRaw : viaDexie)();
    if (k < warmup) continue;
    dexieMs.push(first ? a : b);
    rawMs.push(first ? b : a);
  }
  return { dexieMs, rawMs };
}

/** Closes both connections, so other extension pages measure their own memory alone. */
async function close() {
  database?.close();
  database = undefined;
  raw?.close();
  raw = undefined;
}

// --- export, import of a backup, team roll-up ----------------------------------------------------
// Each call measures once and returns its time, so the runner interleaves product and
// baseline and logs as it goes. Long tasks are watched for the whole life of the page.

const longTasks: { start: number; end: number }[] = [];
let longTasksSupported = false;
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  longTasksSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
} catch {
  longTasksSupported = false;
}

/** The longest long task (> 50 ms, as the browser reports them) that overlaps [from, to]. */
async function longestTask(from: number, to: number): Promise<number> {
  return (await longestTaskEntry(from, to)).ms;
}

/** The same, with when it started (page clock), to tell where in a run it fell. */
async function longestTaskEntry(from: number, to: number): Promise<{ ms: number; start: number }> {
  // Entries arrive in a later task: give the observer a turn first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  let longest = { ms: 0, start: 0 };
  for (const t of longTasks) if (t.end >= from && t.start <= to && t.end - t.start > longest.ms) longest = { ms: t.end - t.start, start: t.start };
  return longest;
}

const textSize = (out: string | Blob) => (typeof out === 'string' ? out.length : out.size);

/** Export: the product's JSON export of the whole database. */
async function exportJsonOnce() {
  const db = dexie();
  await db.open();
  const t = now();
  const out = await exportJson(db);
  const ms = now() - t;
  return { ms, size: textSize(out), blob: typeof out !== 'string' };
}

/** Export: the product's CSV export. */
async function exportCsvOnce() {
  const db = dexie();
  await db.open();
  const t = now();
  const out = await exportCsv(db);
  return { ms: now() - t, size: out.length };
}

/** The object stores an export reads and an import writes (criteria live in checklists). */
const STORES = ['records', 'checklists', 'stakeholders', 'conversations', 'followUps', 'settings'] as const;

/** Baseline of the export: getAll of the stores an export reads, in one transaction, one JSON.stringify. */
async function exportRawOnce() {
  const idb = await rawDb();
  const t = now();
  const tx = idb.transaction([...STORES], 'readonly');
  const lists = await Promise.all(STORES.map((table) => request(tx.objectStore(table).getAll())));
  const rows = Object.fromEntries(STORES.map((table, i) => [table, lists[i]]));
  const text = JSON.stringify(rows);
  const ms = now() - t;
  return { ms, size: text.length, rows: lists.reduce((n, l) => n + l.length, 0) };
}

let data: ExportData | undefined;
let importInput: ExportData | undefined;
let sources: ExportData[] | undefined;

/**
 * Reads the seeded database once (the product's readExportData) and makes what the import
 * and roll-up measure: a backup of the first `importRecords` records with their rows, and
 * `reps` exports that split all records between reps by position.
 */
async function prepareReport({ importRecords, reps }: { importRecords: number; reps: number }) {
  const db = dexie();
  await db.open();
  const t = now();
  data = await readExportData(db);
  const readMs = now() - t;
  const n = data.records.length;
  const repOf = new Map<string, number>();
  const perRep = Math.ceil(n / reps);
  data.records.forEach((r, i) => repOf.set(r.key, Math.floor(i / perRep)));
  const empty = (i: number): ExportData => ({
    ...data!,
    rep: { id: `bench-rep-${String(i).padStart(2, '0')}`, name: `Bench rep ${i + 1}` },
    records: [],
    criteria: [],
    stakeholders: [],
    conversations: [],
    followUps: [],
  });
  sources = Array.from({ length: reps }, (_, i) => empty(i));
  for (const r of data.records) sources[repOf.get(r.key)!]!.records.push(r);
  for (const table of ['criteria', 'stakeholders', 'conversations', 'followUps'] as const) {
    for (const row of data[table]) {
      const rep = repOf.get(row.recordKey);
      if (rep !== undefined) (sources[rep]![table] as unknown[]).push(row);
    }
  }
  const keep = new Set(data.records.slice(0, importRecords).map((r) => r.key));
  const mine = <T extends { recordKey: string }>(rows: T[]) => rows.filter((row) => keep.has(row.recordKey));
  importInput = {
    ...data,
    records: data.records.filter((r) => keep.has(r.key)),
    criteria: mine(data.criteria),
    stakeholders: mine(data.stakeholders),
    conversations: mine(data.conversations),
    followUps: mine(data.followUps),
  };
  return {
    readMs,
    all: countRows(data),
    importRows: countRows(importInput),
    reps: sources.map((s) => s.records.length),
    longTasksSupported,
  };
}

/** Rows per table of an export. */
const countRows = (d: ExportData) => Object.fromEntries(EXPORT_TABLES.map((table) => [table, d[table].length]));

const IMPORT_DB = 'closeward-bench-import';
const RAW_IMPORT_DB = 'closeward-bench-import-raw';

/** Import: importBackup (check in slices, then merge in one transaction) into a new, empty database. */
async function importOnce({ chunkSize }: { chunkSize?: number } = {}) {
  if (!importInput) throw new Error('prepareReport first');
  await Dexie.delete(IMPORT_DB);
  const target = new ClosewardDb(IMPORT_DB);
  await target.open();
  let progress = 0;
  const phases: Record<string, number> = {};
  const calls: [number, number, string][] = [];
  let total = 0;
  const t = now();
  const result = await importBackup(target, importInput, {
    chunkSize,
    onProgress: (done, all, phase) => {
      progress++;
      phases[phase] = (phases[phase] ?? 0) + 1;
      calls.push([now(), done, phase]);
      total = all;
    },
  });
  const end = now();
  const entry = await longestTaskEntry(t, end);
  const longest = entry.ms;
  // Where the longest task fell: after which progress call (or before the first).
  const before = calls.filter(([at]) => at <= entry.start).pop();
  const longestAt = !longest
    ? ''
    : before
      ? `${(entry.start - t).toFixed(0)} ms in, after ${before[2]} ${before[1]} of ${total} rows`
      : `${(entry.start - t).toFixed(0)} ms in, before the first progress call`;
  const stored = await target.records.count();
  target.close();
  await Dexie.delete(IMPORT_DB);
  if (!result.ok) throw new Error(`importBackup failed at ${result.stage}: ${result.message}`);
  return { ms: end - t, progress, phases, longest, longestAt, stored };
}

/** Records per transaction of the raw puts (the import's baseline and the seed). */
const RAW_CHUNK_RECORDS = 2000;

/**
 * Plain puts of rows as the database stores them, unchecked, in transactions of about
 * RAW_CHUNK_RECORDS records' rows (each a slice of every table), all queued at once (the
 * browser commits them one after another); timed from the first put to the last commit.
 * Waiting for each commit before the next puts measured 95 s instead of 83. Not one
 * transaction: seeding with one transaction of all 620,199 rows left a store of 372 MB
 * instead of 260 MB, and the metrics after it slow (save p95 33 ms instead of 1.5, in runs
 * that reused that seed too), as if Chromium's LevelDB were still cleaning up after it. The
 * product's import pays for being all or nothing; the baseline does not.
 */
async function rawPuts(idb: IDBDatabase, input: Partial<Record<(typeof STORES)[number], readonly object[]>>) {
  const chunks = Math.max(1, Math.ceil((input.records?.length ?? 0) / RAW_CHUNK_RECORDS));
  const t = now();
  const commits: Promise<void>[] = [];
  for (let c = 0; c < chunks; c++) {
    const tx = idb.transaction([...STORES], 'readwrite', { durability: 'relaxed' });
    for (const table of STORES) {
      const rows = input[table] ?? [];
      const store = tx.objectStore(table);
      const to = Math.round(((c + 1) * rows.length) / chunks);
      for (let i = Math.round((c * rows.length) / chunks); i < to; i++) store.put(rows[i]);
    }
    commits.push(committed(tx));
  }
  await Promise.all(commits);
  const end = now();
  return { ms: end - t, longest: await longestTask(t, end), transactions: chunks };
}

/** Baseline of the import: plain puts of the same rows, unchecked (rawPuts), into an empty database. */
async function importRawOnce() {
  if (!importInput) throw new Error('prepareReport first');
  await Dexie.delete(RAW_IMPORT_DB);
  const target = new ClosewardDb(RAW_IMPORT_DB);
  await target.open();
  // The same rows as the database stores them: the backup's criteria grouped into their
  // records' checklist rows before the clock starts (the product's import groups them inside).
  const { ms, longest, transactions } = await rawPuts(target.backendDB(), { ...importInput, checklists: checklistsOf(importInput.criteria) });
  const stored = await target.records.count();
  target.close();
  await Dexie.delete(RAW_IMPORT_DB);
  return { ms, longest, transactions, stored };
}

/** The team report's data: the reps' exports of prepareReport, each with `weeks` earlier weekly exports. */
async function fillTeam({ weeks }: { weeks: number }) {
  if (!sources) throw new Error('prepareReport first');
  return writeTeam(sources, weeks);
}

/** Frees the data the report metrics held. */
function dropReport() {
  data = undefined;
  importInput = undefined;
  sources = undefined;
}

const api = {
  seed,
  checkSeed,
  openSamples,
  saveSamples,
  close,
  exportJsonOnce,
  exportCsvOnce,
  exportRawOnce,
  prepareReport,
  importOnce,
  importRawOnce,
  ...dayApi(dexie, rawDb),
  fillTeam,
  dropTeam,
  dropReport,
  ready: true,
};
/** What the runner calls through `window.__cwBench` (bench/globals.d.ts). */
export type BenchApi = typeof api;
(globalThis as unknown as { __cwBench: BenchApi }).__cwBench = api;
