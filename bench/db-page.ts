// Runs in an extension page (chrome-extension://<id>/bench-db.html, written into the bench's
// own build folder before Chromium starts), so it has the extension origin's IndexedDB: the
// same database the sidebar opens. The runner drives it through `window.__cwBench`.
//
// Bundled by esbuild from scripts/bench.mjs; imports the product's own database code so the
// queries measured are the ones the sidebar runs.
import { ClosewardDb, DB_NAME } from '../lib/db/database';
import { criteriaOf, patchCriterion } from '../lib/db/criteria';
import * as live from '../lib/state/live-record';
import { checkRows, seedModel, type Row } from './model';
import { planTables, recordAt, rngFor, rowsFor, TABLES } from './seed.mjs';

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
 * Seeds records [0, n) in chunks. Dexie opens the database (so the product's schema and
 * populate run as in real use); the rows then go in with plain IndexedDB puts, one
 * transaction per chunk, the next chunk generated while the previous one commits. Dexie's
 * bulkPut measured about 1.6× slower here, and seeding is setup, not a measurement.
 */
async function seed({ n, chunk = 2000, tables }: { n: number; chunk?: number; tables?: string[] }) {
  const db = dexie();
  await db.open();
  const plan = planTables(
    db.tables.map((t) => t.name),
    tables ?? Object.keys(TABLES),
  );
  const idb = db.backendDB();
  const counts: Record<string, number> = Object.fromEntries(plan.seeded.map((t) => [t, 0]));
  const started = now();
  let generateMs = 0;
  let previous: Promise<void> | undefined;
  let unchecked: string[] = [];
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    const g = now();
    const rows = rowsFor(from, to, plan.seeded, model) as Record<string, Row[]>;
    generateMs += now() - g;
    if (from === 0) unchecked = validate(rows);
    await previous;
    const tx = idb.transaction(plan.seeded, 'readwrite', { durability: 'relaxed' });
    for (const table of plan.seeded) {
      const store = tx.objectStore(table);
      const list = rows[table] ?? [];
      counts[table] = (counts[table] ?? 0) + list.length;
      for (const row of list) store.put(row);
    }
    previous = committed(tx);
  }
  await previous;
  const ms = now() - started;
  const check = await Promise.all(plan.seeded.map(async (t) => [t, await db.table(t).count()] as const));
  return { ms, generateMs, counts, stored: Object.fromEntries(check), unchecked, ...plan };
}

/** Reads the first `count` records' rows of every seeded table back and checks them. */
async function checkSeed({ n, count = 200 }: { n: number; count?: number }) {
  const db = dexie();
  await db.open();
  const plan = planTables(db.tables.map((t) => t.name));
  const expected = rowsFor(0, Math.min(n, count), plan.seeded, model) as Record<string, Row[]>;
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

async function openDexie(key: string) {
  const db = dexie();
  const t = now();
  const [record, rows] = await Promise.all([db.records.get(key), criteriaOf(db, key)]);
  const ms = now() - t;
  if (!record || rows.length !== criterionIds.length) throw new Error(`open ${key}: record ${!!record}, ${rows.length} criteria`);
  return ms;
}

async function openRaw(key: string) {
  const idb = await rawDb();
  const t = now();
  const tx = idb.transaction(['records', 'criteria'], 'readonly');
  const [record, rows] = await Promise.all([
    request(tx.objectStore('records').get(key)),
    request(tx.objectStore('criteria').index('recordKey').getAll(key)),
  ]);
  const ms = now() - t;
  if (!record || (rows as unknown[]).length !== criterionIds.length) throw new Error(`raw open ${key}: ${(rows as unknown[]).length} criteria`);
  return ms;
}

/** The sidebar's real read: the first value of its liveQuery over the record. */
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

/** Metric 6: interleaved Dexie / raw reads of random records (order alternates). */
async function openSamples({ n, count = 200, warmup = 20 }: { n: number; count?: number; warmup?: number }) {
  await dexie().open();
  await rawDb();
  const dexieMs: number[] = [];
  const rawMs: number[] = [];
  const liveMs: number[] = [];
  const indices = sampleIndices(n, count + warmup, 1);
  for (const [k, i] of indices.entries()) {
    const key = recordAt(i).key;
    const order = k % 2 === 0 ? [openDexie, openRaw] : [openRaw, openDexie];
    const a = await order[0]!(key);
    const b = await order[1]!(key);
    if (k < warmup) continue;
    dexieMs.push(order[0] === openDexie ? a : b);
    rawMs.push(order[0] === openRaw ? a : b);
  }
  // The liveQuery read on other records, so it does not profit from the reads above.
  for (const [k, i] of sampleIndices(n, Math.min(count, 100) + 5, 2).entries()) {
    const ms = await openLive(recordAt(i).key);
    if (k >= 5) liveMs.push(ms);
  }
  return { dexieMs, rawMs, liveMs };
}

/** Metric 7: patchCriterion (get + merge + put, committed) vs a raw put committed. */
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
    const viaRaw = async () => {
      const row = { recordKey: key, criterionId, status: 'confirmed', evidence: text, verifiedAt: Date.now(), fieldTimes: { evidence: Date.now() } };
      const t = now();
      const tx = idb.transaction('criteria', 'readwrite');
      tx.objectStore('criteria').put(row);
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

// Later: export of all records, import of several reps' files, team roll-up. They will read
// the same seeded database; add them here and a group in scripts/bench.mjs.
const api = { seed, checkSeed, openSamples, saveSamples, close, ready: true };
(globalThis as unknown as { __cwBench: typeof api }).__cwBench = api;
