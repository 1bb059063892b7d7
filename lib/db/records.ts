import type { RecordPage } from '../model/record';
import type { StoredRecord } from '../model/stored-record';
import type { ClosewardDb } from './database';

/**
 * Notes that the rep opened a record: creates it on first sight (firstSeen starts the
 * speed-to-lead clock), otherwise refreshes lastVisited, url and a newly read name.
 */
export async function touchRecord(database: ClosewardDb, page: RecordPage, url: string, now = Date.now()): Promise<StoredRecord> {
  return database.transaction('rw', database.records, async () => {
    const existing = await database.records.get(page.key);
    const next: StoredRecord = existing
      ? { ...existing, url, lastVisited: now, ...(page.name ? { name: page.name } : {}) }
      : {
          key: page.key,
          crm: page.crm,
          instance: page.instance,
          kind: page.kind,
          recordId: page.recordId,
          url,
          firstSeen: now,
          lastVisited: now,
          ...(page.name ? { name: page.name } : {}),
        };
    await database.records.put(next);
    return next;
  });
}

export function getRecord(database: ClosewardDb, key: string): Promise<StoredRecord | undefined> {
  return database.records.get(key);
}
