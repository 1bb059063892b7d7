import type { RecordPage } from '../model/record';
import { emptyRecordFields, type RecordFields, type StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from './database';
import { mergeFields } from './merge';

/** A record as first seen: the page's identity, the clock for speed to lead, no answers yet. */
export function recordFromPage(page: RecordPage, url: string, now: number): StoredRecord {
  return {
    key: page.key,
    crm: page.crm,
    instance: page.instance,
    kind: page.kind,
    recordId: page.recordId,
    url,
    firstSeen: now,
    lastVisited: now,
    ...(page.name ? { name: page.name } : {}),
    ...emptyRecordFields(),
  };
}

/**
 * Notes that the rep opened a record: creates it on first sight (firstSeen starts the
 * speed-to-lead clock), otherwise refreshes lastVisited, url and a newly read name.
 * The rep's fields are left as they are.
 */
export async function touchRecord(database: ClosewardDb, page: RecordPage, url: string, now = Date.now()): Promise<StoredRecord> {
  return database.transaction('rw', database.records, async () => {
    const existing = await database.records.get(page.key);
    const next: StoredRecord = existing
      ? { ...existing, url, lastVisited: now, ...(page.name ? { name: page.name } : {}) }
      : recordFromPage(page, url, now);
    await database.records.put(next);
    return next;
  });
}

/**
 * Writes only the rep's fields that changed, each with its own timestamp: two tabs
 * editing different fields of one record both keep their edit. A record that was never
 * touched cannot be patched: that is an error for the rep to see, not a silent loss.
 */
export async function patchRecord(
  database: ClosewardDb,
  key: string,
  changes: Partial<RecordFields>,
  at = Date.now(),
): Promise<StoredRecord> {
  return database.transaction('rw', database.records, async () => {
    const row = await database.records.get(key);
    if (!row) throw new Error(`record ${key} is not in the database`);
    const next = mergeFields(row, changes, at);
    if (next) await database.records.put(next);
    return next ?? row;
  });
}
