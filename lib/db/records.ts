import type { RecordPage } from '../model/record';
import { emptyRecordFields, type RecordFields, type StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from './database';
import { newerWinsEditOnTie } from './merge';
import { ensureRecord } from './visits';

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
 * Writes only the rep's fields that changed, each with its own timestamp: two tabs
 * editing different fields of one record both keep their edit. A record that was never
 * neither stored nor visited cannot be patched: that is an error for the rep to see, not a
 * silent loss. The first write to a visited record stores it (ensureRecord).
 */
export async function patchRecord(database: ClosewardDb, key: string, changes: Partial<RecordFields>, at = Date.now()): Promise<StoredRecord> {
  return database.transaction('rw', database.records, database.visits, async () => {
    const row = await ensureRecord(database, key);
    const next = newerWinsEditOnTie(row, changes, at);
    if (next) await database.records.put(next);
    return next ?? row;
  });
}
