import type { Table, Transaction } from 'dexie';
import type { CriterionState } from '../model/checklist';
import type { Setting, SettingKey } from '../model/settings';
import { emptyRecordFields, type StoredRecord } from '../model/stored-record';
import { seedSettings } from './settings';

/**
 * v1 → v2: records gain the rep's workflow fields (empty, with per-field times),
 * criteria are made sure to carry fieldTimes and a verifiedAt where an answer was given,
 * and the settings table is seeded with the defaults (staleness, ladder, theme).
 */
export async function upgradeToV2(tx: Transaction, now = Date.now()): Promise<void> {
  const records: Table<Partial<StoredRecord>> = tx.table('records');
  await records.toCollection().modify((row) => {
    const defaults = emptyRecordFields();
    row.nextMicroConversion ??= defaults.nextMicroConversion;
    row.callPurpose ??= defaults.callPurpose;
    row.targetDate ??= defaults.targetDate;
    row.source ??= defaults.source;
    row.problems ??= defaults.problems;
    row.fieldTimes ??= defaults.fieldTimes;
  });

  const criteria: Table<Partial<CriterionState>> = tx.table('criteria');
  await criteria.toCollection().modify((row) => {
    row.fieldTimes ??= {};
    if (row.verifiedAt === undefined && row.status !== undefined && row.status !== 'unknown') {
      // The last time status or evidence was written is the best evidence of a check.
      const written = Math.max(row.fieldTimes.status ?? 0, row.fieldTimes.evidence ?? 0);
      if (written > 0) row.verifiedAt = written;
    }
  });

  const settings: Table<Setting, SettingKey> = tx.table('settings');
  await seedSettings(settings, now);
}
