import type { RecordPage } from '../model/record';
import { emptyRecordFields, type StoredRecord } from '../model/stored-record';
import { clampText, NAME_MAX, URL_MAX } from '../model/limits';
import { VISITS_MAX, type Visit } from '../model/visit';
import type { ClosewardDb } from './database';

/**
 * Notes that the rep opened a record page: the visit keeps its first sight, the latest URL and
 * name. Only the newest VISITS_MAX visits are kept. Stored records are not touched: a page
 * that navigates on its own can fill this list, never the rep's records.
 */
export async function noteVisit(database: ClosewardDb, page: RecordPage, url: string, now = Date.now()): Promise<Visit> {
  return database.transaction('rw', database.visits, async () => {
    const existing = await database.visits.get(page.key);
    // Names from the page are capped by the recognizer already; the limits hold for any caller.
    const name = page.name ? clampText(page.name, NAME_MAX) : existing?.name;
    const visit: Visit = {
      key: page.key,
      crm: page.crm,
      instance: page.instance,
      kind: page.kind,
      recordId: page.recordId,
      url: clampText(url, URL_MAX),
      ...(name ? { name } : {}),
      firstSeen: existing?.firstSeen ?? now,
      lastVisited: now,
    };
    await database.visits.put(visit);
    if (!existing) await trimVisits(database);
    return visit;
  });
}

async function trimVisits(database: ClosewardDb, max = VISITS_MAX): Promise<void> {
  const extra = (await database.visits.count()) - max;
  if (extra > 0) await database.visits.orderBy('lastVisited').limit(extra).delete();
}

/** The records the rep opened most recently, newest first. */
export function recentVisits(database: ClosewardDb, limit = 20): Promise<Visit[]> {
  return database.visits.orderBy('lastVisited').reverse().limit(limit).toArray();
}

/** A record as it becomes stored: the visit's identity and clock, no answers yet. */
export function recordFromVisit(visit: Visit): StoredRecord {
  return {
    key: visit.key,
    crm: visit.crm,
    instance: visit.instance,
    kind: visit.kind,
    recordId: visit.recordId,
    url: visit.url,
    firstSeen: visit.firstSeen,
    lastVisited: visit.lastVisited,
    ...(visit.name ? { name: visit.name } : {}),
    ...emptyRecordFields(),
  };
}

/**
 * Makes sure the record `key` is stored before the rep's write to it: created from its visit
 * on the first write, and given the visit's newer URL and name on later ones. Call inside a
 * transaction that includes `records` and `visits`. Throws if the record was neither stored
 * nor visited (nothing to write to).
 */
export async function ensureRecord(database: ClosewardDb, key: string): Promise<StoredRecord> {
  const [row, visit] = await Promise.all([database.records.get(key), database.visits.get(key)]);
  if (!row) {
    if (!visit) throw new Error(`record ${key} is not in the database`);
    const created = recordFromVisit(visit);
    await database.records.put(created);
    return created;
  }
  if (visit && visit.lastVisited > row.lastVisited) {
    const next: StoredRecord = { ...row, url: visit.url, lastVisited: visit.lastVisited, ...(visit.name ? { name: visit.name } : {}) };
    await database.records.put(next);
    return next;
  }
  return row;
}
