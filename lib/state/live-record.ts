import { Dexie, liveQuery, rangesOverlap, RangeSet, type ObservabilitySet, type Subscription } from 'dexie';
import type { Settings } from '../model/settings';
import type { ClosewardDb } from '../db/database';
import { readRecordFrom, type RecordSnapshot } from '../db/record-read';
import { readSettings } from '../db/settings';

export type { RecordSnapshot } from '../db/record-read';

export interface LiveHandlers<T> {
  next(value: T): void;
  error(error: unknown): void;
}

/** One read of a record's stores on Dexie's connection (see readRecordFrom). */
export function readRecord(database: ClosewardDb, key: string): Promise<RecordSnapshot> {
  return readRecordFrom(database.backendDB(), key);
}

/** The tables whose rows make up one record's snapshot. */
const RECORD_TABLES = ['records', 'checklists'] as const;
const CHILD_TABLES = ['stakeholders', 'conversations', 'followUps'] as const;

/**
 * Whether a set of mutated parts (Dexie's `storagemutated`: this page's writes, other tabs'
 * through Dexie's channel, an import's signal) can have changed what `readRecord` returns for
 * `key`. The record and its checklist are keyed by the record key, so their primary-key parts
 * say it exactly. A person, conversation or follow-up is keyed by its own id and Dexie does not
 * always say which record a changed or deleted row belonged to: any change to those tables
 * counts. Parts that came through the channel are plain objects, so only `rangesOverlap`.
 */
export function touchesRecord(parts: ObservabilitySet, databaseName: string, key: string): boolean {
  const prefix = `idb://${databaseName}/`;
  let own: RangeSet | undefined;
  for (const [part, ranges] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index = ''] = part.slice(prefix.length).split('/');
    if ((CHILD_TABLES as readonly string[]).includes(table!)) return true;
    if (!(RECORD_TABLES as readonly string[]).includes(table!)) continue;
    if (index !== '' && index !== ':dels') continue;
    own ??= new RangeSet(key);
    if (rangesOverlap(ranges, own)) return true;
  }
  return false;
}

/** How long a prefetched record waits for the rep's click. */
export const PREFETCH_TTL_MS = 10_000;
/** How many prefetched records are kept (the newest). */
export const PREFETCH_MAX = 4;
/** The User Timing mark set when a prefetch read has landed (detail: { key }). */
export const RECORD_PREFETCHED_MARK = 'closeward:record-prefetched';

interface Prefetch {
  at: number;
  value: Promise<RecordSnapshot>;
}
const prefetches = new WeakMap<ClosewardDb, Map<string, Prefetch>>();

/**
 * Reads a record the rep is about to open (the pointer rests on a link to it), so that the
 * switch, if it comes, shows it without waiting for the database: the read leaves the path of
 * the click. Kept for PREFETCH_TTL_MS after the rep last pointed at it, at most PREFETCH_MAX
 * records; a write that touches a record drops its copy (the same test as watchRecord's), so
 * what a switch takes is what a read then would return.
 */
export function prefetchRecord(database: ClosewardDb, key: string, now = Date.now()): void {
  if (!database.isOpen()) return;
  const entries = prefetchesOf(database);
  const existing = entries.get(key);
  if (existing && now - existing.at < PREFETCH_TTL_MS) {
    // Pointed at again: kept longer (writes still drop it), no second read.
    existing.at = now;
    return;
  }
  let value: Promise<RecordSnapshot>;
  try {
    value = readRecord(database, key);
  } catch {
    return; // A read ahead that cannot start is simply not there; the switch reads.
  }
  const entry: Prefetch = { at: now, value };
  entries.delete(key);
  entries.set(key, entry);
  for (const old of entries.keys()) {
    if (entries.size <= PREFETCH_MAX) break;
    entries.delete(old);
  }
  value.then(
    () => {
      if (entries.get(key) !== entry) return;
      performance.clearMarks(RECORD_PREFETCHED_MARK);
      performance.mark(RECORD_PREFETCHED_MARK, { detail: { key } });
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
}

/** A database's read-ahead cache; made on first use, with the listener that drops what writes touch. */
function prefetchesOf(database: ClosewardDb): Map<string, Prefetch> {
  let entries = prefetches.get(database);
  if (!entries) {
    const own = new Map<string, Prefetch>();
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      for (const k of [...own.keys()]) if (touchesRecord(parts, database.name, k)) own.delete(k);
    });
    prefetches.set(database, (entries = own));
  }
  return entries;
}

/** The prefetched read of `key` if one is fresh, taken (each is used once). */
export function takePrefetched(database: ClosewardDb, key: string, now = Date.now()): Promise<RecordSnapshot> | undefined {
  const entries = prefetches.get(database);
  const entry = entries?.get(key);
  if (!entry) return undefined;
  entries!.delete(key);
  return now - entry.at < PREFETCH_TTL_MS ? entry.value : undefined;
}

/**
 * Follows one record across tabs: every write by any page of the extension shows here. Each
 * value is one `readRecord` (what a record switch waits for; the first one may be a prefetch,
 * see prefetchRecord); it runs again after every write that touches the record. Reads never
 * overlap: a change noticed during one is read after it.
 */
export function watchRecord(database: ClosewardDb, key: string, handlers: LiveHandlers<RecordSnapshot>): Subscription {
  let closed = false;
  let reading = false;
  let stale = false;
  // Taken now, with the listener below registered in the same task: a write that lands later
  // is read again after it, one that landed before has already dropped it.
  let prefetched = takePrefetched(database, key);
  const read = () => {
    if (closed) return;
    if (reading) {
      stale = true;
      return;
    }
    reading = true;
    // This read bypasses Dexie, so it follows Dexie's rule itself: a connection the browser
    // closed (another tab upgrading the schema) opens again, one closed on purpose does not.
    const ready = database.isOpen() ? Promise.resolve() : database.hasBeenClosed() ? Promise.reject(new Dexie.DatabaseClosedError()) : database.open();
    const first = prefetched;
    prefetched = undefined;
    ready
      .then(() => (first ? first.catch(() => readRecord(database, key)) : readRecord(database, key)))
      .then(
        (snapshot) => closed || handlers.next(snapshot),
        (error) => closed || handlers.error(error),
      )
      .finally(() => {
        reading = false;
        if (stale) {
          stale = false;
          read();
        }
      });
  };
  // Listening before the first read: a write that lands while it runs is read after it.
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesRecord(parts, database.name, key)) read();
  };
  Dexie.on('storagemutated', onMutated);
  read();
  return {
    get closed() {
      return closed;
    },
    unsubscribe() {
      if (closed) return;
      closed = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}

/** Follows the settings (theme, ladder, staleness) wherever they are changed. */
export function watchSettings(database: ClosewardDb, handlers: LiveHandlers<Settings>): Subscription {
  return liveQuery(() => readSettings(database)).subscribe(handlers);
}
