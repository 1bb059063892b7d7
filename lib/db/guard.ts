import Dexie, { type ObservabilitySet } from 'dexie';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { COUNT_CAP } from '../model/day';
import type { ClosewardDb } from './database';

/**
 * A browser may throw an extension's IndexedDB away (a backing store it could not open
 * after write errors on a full disk) and hand back an empty one. Nothing inside IndexedDB
 * can tell that from a new install, so a small marker lives outside it, in storage.local:
 * how many records the database held, and when. An empty database under a marker that
 * says it held records was lost.
 */
export const MARKER_KEY = 'closeward:database-marker';

export const DatabaseMarker = z.object({
  records: z.number(),
  updatedAt: z.number(),
  /** When a loss was noticed; until the rep has dealt with it, later writes do not hide it. */
  lostAt: z.optional(z.number()),
});
export type DatabaseMarker = z.infer<typeof DatabaseMarker>;

/**
 * Records are counted up to this many: enough to say how much was lost ("1,000+"), and a count
 * of every row of a large database would cost the panel a good part of a second.
 */
export const MARKER_COUNT_CAP = COUNT_CAP;

/** How many records the database holds, up to MARKER_COUNT_CAP (keys only). */
export async function countRecords(database: ClosewardDb): Promise<number> {
  return (await database.records.limit(MARKER_COUNT_CAP).primaryKeys()).length;
}

export async function readMarker(): Promise<DatabaseMarker | undefined> {
  const stored = (await browser.storage.local.get(MARKER_KEY))[MARKER_KEY];
  const parsed = DatabaseMarker.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

async function writeMarker(marker: DatabaseMarker): Promise<void> {
  await browser.storage.local.set({ [MARKER_KEY]: marker });
}

/**
 * Brings the marker up to the database's record count. Leaves it while a loss is
 * unresolved, and never lets an empty database overwrite a marker that says it held
 * records (that is the loss checkDatabaseLost reports).
 */
export async function noteRecordCount(database: ClosewardDb, now = Date.now()): Promise<void> {
  const [records, marker] = await Promise.all([countRecords(database), readMarker()]);
  if (marker?.lostAt !== undefined) return;
  if (records === 0 && (marker?.records ?? 0) > 0) return;
  if (marker?.records === records) return;
  await writeMarker({ records, updatedAt: now });
}

/**
 * Keeps the marker current while a page is open: after the records table changes (in any
 * tab), at most once per `delayMs`. Returns the function that stops it.
 */
export function keepDatabaseMarker(database: ClosewardDb, delayMs = 2000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const note = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void noteRecordCount(database).catch(() => {});
    }, delayMs);
  };
  // Any write to the records table, here or in another page (Dexie's storagemutated says which
  // tables changed), wakes this; the count itself waits for a quiet moment.
  const prefix = `idb://${database.name}/records`;
  const onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part === prefix || part.startsWith(`${prefix}/`))) note();
  };
  Dexie.on('storagemutated', onMutated);
  note();
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}

/**
 * Whether the database was lost: empty, while the marker says it held `expected` records
 * (or a loss noticed earlier is not yet dealt with). The first notice is kept in the
 * marker, so the rep's first write to the new, empty database does not hide it.
 */
export async function checkDatabaseLost(database: ClosewardDb, now = Date.now()): Promise<{ lost: boolean; expected: number }> {
  const [records, marker] = await Promise.all([
    database.records
      .limit(1)
      .primaryKeys()
      .then((keys) => keys.length),
    readMarker(),
  ]);
  const expected = marker?.records ?? 0;
  if (marker?.lostAt !== undefined) return { lost: true, expected };
  if (records > 0 || expected === 0) return { lost: false, expected };
  await writeMarker({ ...marker!, lostAt: now });
  return { lost: true, expected };
}

/** The rep has restored a backup or chosen to start afresh: the marker follows the database again. */
export async function settleDatabaseLoss(database: ClosewardDb, now = Date.now()): Promise<void> {
  await writeMarker({ records: await countRecords(database), updatedAt: now });
}
