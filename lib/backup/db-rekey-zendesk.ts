import type { ExportData } from './format';
import { OLD_ZENDESK_PREFIX, zendeskTarget } from '../db/upgrade-v6';

/**
 * A backup written before Zendesk Sell keys named the account carries `zendesk-sell:sell:…`
 * keys. Its rows move to the keys the database uses now, found from each record's stored URL,
 * the way the schema upgrade moves stored rows; rows whose account cannot be found keep their
 * key. Everything else is returned as it is (the same object when nothing is old).
 */
export function rekeyOldZendesk(data: ExportData): ExportData {
  const targets = new Map<string, { key: string; instance: string }>();
  for (const record of data.records) {
    if (!record.key.startsWith(OLD_ZENDESK_PREFIX)) continue;
    const target = zendeskTarget(record.key, record.url);
    if (target) targets.set(record.key, target);
  }
  if (!targets.size) return data;
  const moved = <T extends { recordKey: string }>(rows: T[]): T[] =>
    rows.map((row) => {
      const target = targets.get(row.recordKey);
      return target ? { ...row, recordKey: target.key } : row;
    });
  return {
    ...data,
    records: data.records.map((record) => {
      const target = targets.get(record.key);
      return target ? { ...record, key: target.key, instance: target.instance } : record;
    }),
    criteria: moved(data.criteria),
    stakeholders: moved(data.stakeholders),
    conversations: moved(data.conversations),
    followUps: moved(data.followUps),
  };
}
