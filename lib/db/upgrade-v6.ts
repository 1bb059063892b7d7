import type { Table, Transaction } from 'dexie';
import { zendeskSell } from '../crm/adapters/zendesk-sell';
import { recordKey } from '../model/vocabulary';

/**
 * v6: same stores as v5 (spelled out: this module cannot read database.ts, which imports it).
 * The upgrade moves Zendesk Sell rows to keys that name the account.
 */
export const SCHEMA_V6 = {
  records: 'key, crm, kind, lastVisited, firstSeen',
  criteria: null,
  stakeholders: 'id, recordKey',
  conversations: 'id, recordKey, at',
  followUps: 'id, recordKey, dueAt, [status+dueAt], conversationId',
  settings: 'key',
  checklists: 'recordKey',
  visits: 'key, lastVisited, firstSeen',
} as const;

/** Zendesk Sell keys before v6 named no account: `zendesk-sell:sell:{kind}:{id}`. */
export const OLD_ZENDESK_PREFIX = 'zendesk-sell:sell:';

interface KeyedRow {
  key: string;
  instance: string;
  url: string;
}
interface Target {
  key: string;
  instance: string;
}

/**
 * The key a stored row should have, read from the URL it was stored with: the account is the
 * Zendesk subdomain of that URL. Undefined when the URL does not show the same record.
 */
export function zendeskTarget(oldKey: string, url: unknown): Target | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const found = zendeskSell.detect(parsed);
  if (!found || `${OLD_ZENDESK_PREFIX}${found.kind}:${found.recordId}` !== oldKey) return undefined;
  return { key: recordKey('zendesk-sell', found.instance, found.kind, found.recordId), instance: found.instance };
}

function oldRows<T>(table: Table<T, string>, index: string): Promise<T[]> {
  return table.where(index).startsWith(OLD_ZENDESK_PREFIX).toArray();
}

/**
 * v5 → v6. For every old Zendesk Sell key, the account comes from the record's stored URL, or the
 * visit's when there is no record row (or its URL does not show the record); every table's rows
 * under that key move to the new one together. Rows whose account cannot be found keep their key.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const records = tx.table<KeyedRow, string>('records');
  const hasVisits = tx.storeNames.includes('visits');
  const visits = hasVisits ? tx.table<KeyedRow, string>('visits') : undefined;
  const oldRecords = await oldRows(records, 'key');
  const oldVisits = visits ? await oldRows(visits, 'key') : [];

  const moves = new Map<string, Target>();
  for (const row of [...oldRecords, ...oldVisits]) {
    if (moves.has(row.key)) continue;
    const target = zendeskTarget(row.key, row.url);
    if (target) moves.set(row.key, target);
  }
  if (!moves.size) return;

  for (const [table, rows] of [
    [records, oldRecords],
    [visits, oldVisits],
  ] as const) {
    if (!table) continue;
    const moved = rows.flatMap((row) => {
      const target = moves.get(row.key);
      return target ? [{ ...row, key: target.key, instance: target.instance }] : [];
    });
    await table.bulkPut(moved);
    await table.bulkDelete(rows.filter((row) => moves.has(row.key)).map((row) => row.key));
  }

  const checklists = tx.table<{ recordKey: string }, string>('checklists');
  const oldChecklists = (await oldRows(checklists, 'recordKey')).filter((row) => moves.has(row.recordKey));
  await checklists.bulkPut(oldChecklists.map((row) => ({ ...row, recordKey: moves.get(row.recordKey)!.key })));
  await checklists.bulkDelete(oldChecklists.map((row) => row.recordKey));

  for (const name of ['stakeholders', 'conversations', 'followUps']) {
    await tx
      .table<{ recordKey: string }, string>(name)
      .where('recordKey')
      .startsWith(OLD_ZENDESK_PREFIX)
      .modify((row) => {
        const target = moves.get(row.recordKey);
        if (target) row.recordKey = target.key;
      });
  }
}
