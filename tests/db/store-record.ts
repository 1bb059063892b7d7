import { ensureRecord, noteVisit } from '../../lib/db/visits';
import type { ClosewardDb } from '../../lib/db/database';
import type { RecordPage } from '../../lib/model/record';

/** A record the rep opened and wrote to: its visit, then the stored row made from it. */
export async function touchRecord(database: ClosewardDb, page: RecordPage, url: string, now = Date.now()) {
  await noteVisit(database, page, url, now);
  return database.transaction('rw', database.records, database.visits, () => ensureRecord(database, page.key));
}
