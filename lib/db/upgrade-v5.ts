import type { Transaction } from 'dexie';
import type { StoredRecord } from '../model/stored-record';
import { VISITS_MAX, type Visit } from '../model/visit';

/** v4 → v5: the newest stored records become the first visits (the "recent records" list). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const records = await tx.table<StoredRecord, string>('records').orderBy('lastVisited').reverse().limit(VISITS_MAX).toArray();
  const visits: Visit[] = records.map((r) => ({
    key: r.key,
    crm: r.crm,
    instance: r.instance,
    kind: r.kind,
    recordId: r.recordId,
    url: r.url,
    ...(r.name ? { name: r.name } : {}),
    firstSeen: r.firstSeen,
    lastVisited: r.lastVisited,
  }));
  await tx.table<Visit, string>('visits').bulkPut(visits);
}
